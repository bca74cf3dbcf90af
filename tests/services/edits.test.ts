import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ExtractModule from '../../electron/extract/index';
import {
  createNewslineService,
  userDataPaths,
  type NewslineServiceOptions,
} from '../../electron/services/index';
import { article, sampleLibrary } from './sample-library';
import type { NewsEvent } from '../../electron/shared/model';

vi.mock('../../electron/extract/index', async (importOriginal) => {
  const { fakeExtractFile } = await import('./fake-extractor');
  return {
    ...(await importOriginal<typeof ExtractModule>()),
    EXTRACTOR_VERSION: 'test-1',
    extractFile: vi.fn(fakeExtractFile),
    mergeEvents: <T>(events: T[]): T[] => events,
  };
});

let root: string;
let options: NewslineServiceOptions;

beforeEach(async () => {
  ({ root, options } = await sampleLibrary('newsline-edits-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const open = async () => {
  const service = await createNewslineService(options);
  return { service, snapshot: await service.getSnapshot() };
};
const byTitle = (events: NewsEvent[], start: string) => {
  const event = events.find((e) => e.title.startsWith(start));
  if (!event) throw new Error(`no event ${start}`);
  return event;
};
const editsFile = () => join(userDataPaths(options.userDataDir).library, 'edits.json');

describe('edits by hand', () => {
  it('changes a title, marks the event with the machine version, and keeps it after a restart', async () => {
    const { service, snapshot } = await open();
    const lavrov = byTitle(snapshot.events, 'Lavrov');
    const after = await service.editEvent(lavrov.id, { title: 'Lavrov proposes talks with Washington' });
    const edited = after.events.find((e) => e.id === lavrov.id);
    expect(edited?.title).toBe('Lavrov proposes talks with Washington');
    expect(edited?.edited?.fields).toEqual(['title']);
    expect(edited?.edited?.machine?.title).toBe('Lavrov offered talks');
    expect(after.history).toEqual({ undo: 'Change title', redo: null, edits: 1 });

    const again = await open();
    expect(byTitle(again.snapshot.events, 'Lavrov').title).toBe('Lavrov proposes talks with Washington');
  });

  it('changes date with precision, actors and kind; revert gives the machine version back', async () => {
    const { service, snapshot } = await open();
    const biden = byTitle(snapshot.events, 'Biden');
    const after = await service.editEvent(biden.id, {
      start: '2025-01',
      precision: 'month',
      actors: [
        { name: 'Joe Biden', kind: 'person', role: 'source' },
        { name: 'Vladimir Putin', kind: 'person', role: 'target' },
      ],
      cameo: '04',
    });
    const edited = byTitle(after.events, 'Biden');
    expect([edited.start, edited.precision, edited.cameo]).toEqual(['2025-01', 'month', '04']);
    expect(edited.edited?.fields.sort()).toEqual(['actors', 'cameo', 'date']);
    expect(after.actors.map((a) => a.name)).toContain('Vladimir Putin');

    const reverted = await service.revertEvent(biden.id);
    expect(byTitle(reverted.events, 'Biden')).toEqual(biden);
    expect(reverted.actors.map((a) => a.name)).not.toContain('Vladimir Putin');
  });

  it('refuses invalid changes and unknown events', async () => {
    const { service } = await open();
    await expect(service.editEvent('nope', { title: 'x' })).rejects.toThrow(/no longer exists/);
  });

  it('hides and shows an event again', async () => {
    const { service, snapshot } = await open();
    const zelensky = byTitle(snapshot.events, 'Zelensky');
    const hidden = await service.hideEvent(zelensky.id, true);
    expect(hidden.events.map((e) => e.id)).not.toContain(zelensky.id);
    expect(hidden.hiddenEvents?.map((e) => e.id)).toEqual([zelensky.id]);
    expect(hidden.actors.map((a) => a.name)).not.toContain('Zelensky');
    const shown = await service.hideEvent(zelensky.id, false);
    expect(shown.events.map((e) => e.id)).toContain(zelensky.id);
    expect(shown.hiddenEvents).toEqual([]);
  });

  it('merges two events into one with both sources, and splits them apart again', async () => {
    const { service, snapshot } = await open();
    const lavrov = byTitle(snapshot.events, 'Lavrov');
    const zelensky = byTitle(snapshot.events, 'Zelensky');
    const merged = await service.mergeEvents([lavrov.id, zelensky.id]);
    expect(merged.events).toHaveLength(2);
    const one = merged.events.find((e) => e.id === lavrov.id);
    expect(one?.sources.map((s) => s.quote)).toEqual([
      'Lavrov: offered talks',
      'Zelensky: rejected the offer',
    ]);
    expect(one?.actors.map((a) => a.name)).toEqual(['Lavrov', 'Zelensky']);
    expect(one?.edited?.mergedFrom).toEqual([zelensky.id]);

    const split = await service.splitEvent(lavrov.id, [1]);
    expect(split.events).toHaveLength(3);
    const part = split.events.find((e) => e.edited?.splitFrom === lavrov.id);
    expect(part?.sources.map((s) => s.quote)).toEqual(['Zelensky: rejected the offer']);
    await expect(service.splitEvent(lavrov.id, [0])).rejects.toThrow(/at least one source/);
  });

  it('adds an event from a sentence of an article, checking the quote against the text', async () => {
    const { service, snapshot } = await open();
    const articleId = snapshot.articles[0]!.id;
    const { text } = await service.getArticleText(articleId);
    const quote = 'Talks offered';
    const start = text.indexOf(quote);
    const input = {
      articleId,
      quote,
      start,
      end: start + quote.length,
      title: 'Talks were offered',
      actors: [{ name: 'Russia', kind: 'country' as const, role: 'source' as const }],
      cameo: '03',
    };
    await expect(service.addEvent({ ...input, quote: 'Talks offeree' })).rejects.toThrow(/not the text/);
    const after = await service.addEvent(input);
    const added = after.events.find((e) => e.title === 'Talks were offered');
    expect(added?.edited?.added).toBe(true);
    expect(added?.start).toBe('2025-01-14');
    expect(added?.basis).toBe('reported');
    expect(added?.sources[0]?.quote).toBe(quote);
    expect(after.events).toHaveLength(4);
  });
});

describe('undo and redo', () => {
  it('undoes and redoes every kind of edit in order, and a new edit clears redo', async () => {
    const { service, snapshot } = await open();
    const lavrov = byTitle(snapshot.events, 'Lavrov');
    const biden = byTitle(snapshot.events, 'Biden');
    await service.editEvent(lavrov.id, { title: 'First' });
    await service.hideEvent(biden.id, true);
    await service.editEvent(lavrov.id, { title: 'Second' });

    let s = await service.undo();
    expect(s.events.find((e) => e.id === lavrov.id)?.title).toBe('First');
    s = await service.undo();
    expect(s.events.map((e) => e.id)).toContain(biden.id);
    expect(s.history).toEqual({ undo: 'Change title', redo: 'Hide event', edits: 1 });
    s = await service.redo();
    expect(s.events.map((e) => e.id)).not.toContain(biden.id);
    s = await service.undo();
    s = await service.undo();
    expect(s.events.find((e) => e.id === lavrov.id)?.title).toBe('Lavrov offered talks');
    expect(s.history?.undo).toBeNull();
    // Nothing more to undo: the snapshot stays as it is.
    expect((await service.undo()).events).toEqual(s.events);

    await service.redo();
    s = await service.editEvent(biden.id, { title: 'Other' });
    expect(s.history?.redo).toBeNull();
    // The undone state is what is on disk.
    const stored = JSON.parse(await readFile(editsFile(), 'utf8')) as { edits: unknown[] };
    expect(stored.edits).toHaveLength(2);
  });
});

describe('edits after the articles are extracted again', () => {
  it('finds the event by its quote when its id changed', async () => {
    const { service, snapshot } = await open();
    const biden = byTitle(snapshot.events, 'Biden');
    await service.editEvent(biden.id, { title: 'Biden phoned Putin' });
    // A new line before it moves every offset, so the ids change.
    await writeFile(
      join(options.sampleDir, 'a.md'),
      article(
        'Talks offered',
        'Intro line',
        'Lavrov: offered talks',
        'Zelensky: rejected the offer',
        'Biden: called Putin',
      ),
    );
    const again = await open();
    const moved = byTitle(again.snapshot.events, 'Biden phoned');
    expect(moved.id).not.toBe(biden.id);
    expect(again.snapshot.orphanedEdits).toEqual([]);
  });

  it('keeps an edit whose event is gone and lists it as orphaned; it applies again when the event returns', async () => {
    const { service, snapshot } = await open();
    const zelensky = byTitle(snapshot.events, 'Zelensky');
    await service.editEvent(zelensky.id, { title: 'Zelensky turned the talks down' });
    const original = await readFile(join(options.sampleDir, 'a.md'), 'utf8');
    await writeFile(join(options.sampleDir, 'a.md'), article('Talks offered', 'Lavrov: offered talks'));

    const gone = await open();
    expect(gone.snapshot.events.map((e) => e.title)).toEqual(['Lavrov offered talks']);
    expect(gone.snapshot.orphanedEdits).toEqual([
      expect.objectContaining({
        description: 'Change title “Zelensky turned the talks down”',
        quote: 'Zelensky: rejected the offer',
      }),
    ]);
    // Another edit meanwhile does not drop the orphan.
    await gone.service.editEvent(gone.snapshot.events[0]!.id, { title: 'Lavrov talks' });
    const stored = JSON.parse(await readFile(editsFile(), 'utf8')) as { edits: unknown[] };
    expect(stored.edits).toHaveLength(2);

    await writeFile(join(options.sampleDir, 'a.md'), original);
    const back = await open();
    expect(back.snapshot.orphanedEdits).toEqual([]);
    expect(back.snapshot.events.map((e) => e.title)).toContain('Zelensky turned the talks down');
  });
});

describe('files damaged at start', () => {
  it('recovers the edits from the backup, reports it, and still starts', async () => {
    const { service, snapshot } = await open();
    const lavrov = byTitle(snapshot.events, 'Lavrov');
    await service.editEvent(lavrov.id, { title: 'Kept title' });
    await service.editEvent(lavrov.id, { title: 'Lost in the crash' });
    // A half-written file (as a crash in a non-atomic writer would leave).
    const full = await readFile(editsFile(), 'utf8');
    await writeFile(editsFile(), full.slice(0, full.length / 2));

    const again = await open();
    expect(byTitle(again.snapshot.events, 'Kept').title).toBe('Kept title');
    expect(again.snapshot.problems).toEqual([
      expect.objectContaining({ file: 'edits.json', message: expect.stringMatching(/damaged.*backup/) }),
    ]);
    const files = await readdir(userDataPaths(options.userDataDir).library);
    expect(files.some((f) => f.startsWith('edits.json.damaged-'))).toBe(true);
    // Edits go on from the recovered state.
    const next = await again.service.editEvent(lavrov.id, { title: 'After recovery' });
    expect(byTitle(next.events, 'After').title).toBe('After recovery');
    expect(JSON.parse(await readFile(`${editsFile()}.bak`, 'utf8'))).toMatchObject({
      edits: [{ patch: { title: 'Kept title' } }],
    });
  });

  it('starts with no edits and says what was wrong when the file and its backup are both unusable', async () => {
    // (in the first layout's library, which becomes the sample's story: it holds no articles)
    await mkdir(join(options.userDataDir, 'library'), { recursive: true });
    await writeFile(
      join(options.userDataDir, 'library', 'edits.json'),
      '{"version": 1, "edits": {"op": "explode"}}',
    );
    const { snapshot } = await open();
    expect(snapshot.events).toHaveLength(3);
    expect(snapshot.problems[0]?.message).toMatch(
      /damaged \("edits" is not a list\) and its backup could not be used; starting empty\. The damaged copy is kept as edits\.json\.damaged-\d+/,
    );
  });

  it('sets aside only the edit that cannot be used, keeps it in edits.json.rejected and says why', async () => {
    const { service, snapshot } = await open();
    await service.editEvent(byTitle(snapshot.events, 'Lavrov').id, { title: 'Kept title' });
    const file = JSON.parse(await readFile(editsFile(), 'utf8')) as { edits: object[] };
    file.edits.unshift({ id: 'x', at: 'now', op: 'explode' });
    await writeFile(editsFile(), JSON.stringify(file));

    const again = await open();
    expect(byTitle(again.snapshot.events, 'Kept').title).toBe('Kept title');
    expect(again.snapshot.problems).toEqual([
      {
        file: 'edits.json',
        message: expect.stringMatching(
          /^1 edit could not be used and was set aside: edit 1 \(op: .+\)\. The original is kept in edits\.json\.rejected\.$/,
        ),
      },
    ]);
    const rejected = JSON.parse(await readFile(`${editsFile()}.rejected`, 'utf8')) as {
      rejected: { record: unknown }[];
    };
    expect(rejected.rejected.map((r) => r.record)).toEqual([{ id: 'x', at: 'now', op: 'explode' }]);
  });

  it('recovers a damaged view state from its backup and reports it', async () => {
    const { service } = await open();
    await service.saveViewState({ hiddenActors: ['Lavrov'], mode: 'any' });
    await service.saveViewState({ hiddenActors: ['Biden'], mode: 'all' });
    await writeFile(
      userDataPaths(options.userDataDir).viewState,
      '{"version": 1, "state": {"hiddenActors": [',
    );
    const again = await open();
    expect(await again.service.getViewState()).toEqual({ hiddenActors: ['Lavrov'], mode: 'any' });
    expect(again.snapshot.problems.map((p) => p.file)).toEqual(['view-state.json']);
  });
});

describe('saved views', () => {
  it('saves, lists, renames and deletes named views, kept in the library', async () => {
    const { service } = await open();
    const state = {
      hiddenActors: ['Biden'],
      mode: 'all' as const,
      window: { start: '2025-01-01T00:00:00.000Z', end: '2025-02-01T00:00:00.000Z' },
    };
    let views = await service.saveView('Without Biden', state);
    expect(views.map((v) => [v.name, v.state])).toEqual([['Without Biden', state]]);
    views = await service.saveView('Everything', { hiddenActors: [], mode: 'any' });
    const id = views[0]!.id;
    views = await service.renameView(id, 'No Biden');
    await expect(service.renameView(id, 'everything')).rejects.toThrow(/exists already/);
    expect(views.map((v) => v.name)).toEqual(['No Biden', 'Everything']);

    const again = await open();
    expect((await again.service.listViews()).map((v) => v.name)).toEqual(['No Biden', 'Everything']);
    views = await again.service.deleteView(id);
    expect(views.map((v) => v.name)).toEqual(['Everything']);
    await expect(again.service.deleteView(id)).rejects.toThrow(/no longer exists/);
  });
});
