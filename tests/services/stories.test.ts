import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ExtractModule from '../../electron/extract/index';
import { createNewslineService, type NewslineServiceOptions } from '../../electron/services/index';
import type { ImportFile, NewslineService, StoryList } from '../../electron/shared/contract';
import { article, sampleLibrary } from './sample-library';

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
  ({ root, options } = await sampleLibrary('newsline-stories-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const open = async (): Promise<NewslineService> => {
  const service = await createNewslineService(options);
  await service.getSnapshot();
  return service;
};
const file = (name: string, ...lines: string[]): ImportFile => ({
  name,
  content: article(...lines),
  lastModified: 0,
});
const titles = async (service: NewslineService) =>
  (await service.getSnapshot()).events.map((e) => e.title).sort();
const idOf = (list: StoryList, name: string): string => {
  const story = list.stories.find((s) => s.name === name);
  if (!story) throw new Error(`no story ${name}`);
  return story.id;
};
const SAMPLE_TITLES = ['Biden called Putin', 'Lavrov offered talks', 'Zelensky rejected the offer'];

describe('stories', () => {
  it('starts on the sample, a story of its own, with its counts', async () => {
    const service = await open();
    const list = await service.listStories();
    expect(list.stories).toEqual([
      { id: 'sample', name: 'Sample: January 2025', sample: true, articles: 1, events: 3 },
    ]);
    expect(list.current).toBe('sample');
    expect(await titles(service)).toEqual(SAMPLE_TITLES);
  });

  it('creates, switches, renames and deletes stories, and remembers the one open across restarts', async () => {
    const service = await open();
    const created = await service.createStory('  Gaza: 2024 — “ceasefire” talks  ');
    const id = idOf(created, 'Gaza: 2024 — “ceasefire” talks');
    expect(created.current).toBe('sample');
    expect(created.stories.find((s) => s.id === id)).toMatchObject({ articles: 0, events: 0, sample: false });

    const empty = await service.switchStory(id);
    expect(empty.events).toEqual([]);
    expect(empty.articles).toEqual([]);
    await service.importArticles([file('cease.md', 'Ceasefire', 'Blinken: flew to Cairo')]);
    expect(await titles(service)).toEqual(['Blinken flew to Cairo']);

    const again = await open();
    expect((await again.listStories()).current).toBe(id);
    expect(await titles(again)).toEqual(['Blinken flew to Cairo']);

    const renamed = await again.renameStory(id, 'Gaza');
    expect(renamed.stories.map((s) => s.name)).toEqual(['Sample: January 2025', 'Gaza']);
    expect(renamed.stories.find((s) => s.id === id)).toMatchObject({ articles: 1, events: 1 });

    // deleting the story open opens another; its folder goes, with its articles
    const folders = await readdir(join(options.userDataDir, 'stories'));
    const after = await again.deleteStory(id);
    expect(after.current).toBe('sample');
    expect(after.stories.map((s) => s.id)).toEqual(['sample']);
    expect(await titles(again)).toEqual(SAMPLE_TITLES);
    expect((await readdir(join(options.userDataDir, 'stories'))).length).toBe(folders.length - 1);
    await expect(again.deleteStory('sample')).rejects.toThrow('This is the only story');
  });

  it('keeps articles, edits, saved views and the view state of each story apart', async () => {
    const service = await open();
    const sampleEvents = (await service.getSnapshot()).events;
    await service.editEvent(sampleEvents[0]!.id, { title: 'Edited in the sample' });
    await service.saveView('Sample view', { hiddenActors: ['Biden'], mode: 'any' });
    await service.saveViewState({ hiddenActors: ['Lavrov'], mode: 'all' });

    const other = idOf(await service.createStory('Other'), 'Other');
    const empty = await service.switchStory(other);
    expect(empty.events).toEqual([]);
    expect(empty.history).toMatchObject({ undo: null, edits: 0 });
    expect(await service.listViews()).toEqual([]);
    expect(await service.getViewState()).toEqual({ hiddenActors: [], mode: 'any' });
    await service.importArticles([file('o.md', 'Other', 'Macron: spoke')]);
    await service.saveView('Other view', { hiddenActors: [], mode: 'any' });

    const back = await service.switchStory('sample');
    expect(back.events.map((e) => e.title)).toContain('Edited in the sample');
    expect(back.events.map((e) => e.title)).not.toContain('Macron spoke');
    expect((await service.listViews()).map((v) => v.name)).toEqual(['Sample view']);
    expect(await service.getViewState()).toEqual({ hiddenActors: ['Lavrov'], mode: 'all' });
  });

  it('refuses a name that is blank, too long, with control characters or already used, in plain words', async () => {
    const service = await open();
    await expect(service.createStory('   ')).rejects.toThrow(/^A story needs a name\.$/);
    await expect(service.createStory('x'.repeat(121))).rejects.toThrow('at most 120 characters');
    await expect(service.createStory('a\tb')).rejects.toThrow('cannot hold tabs, line breaks');
    await expect(service.createStory('sample: JANUARY 2025')).rejects.toThrow(
      'A story named “sample: JANUARY 2025” exists already.',
    );
    const list = await service.createStory('..');
    await service.createStory('CON');
    await service.createStory('a/b');
    expect((await service.listStories()).stories).toHaveLength(list.stories.length + 2);
    await expect(service.renameStory('sample', '')).rejects.toThrow('A story needs a name.');
    // every folder is a plain name inside stories/
    for (const folder of await readdir(join(options.userDataDir, 'stories')))
      expect(folder).not.toMatch(/[/\\]|^\.|^CON$/i);
  });

  it('lists a folder that is not a story as a problem and leaves it as it is', async () => {
    await open();
    const stray = join(options.userDataDir, 'stories', 'stray');
    await mkdir(stray);
    await writeFile(join(stray, 'keep.md'), 'mine');
    const list = await (await open()).listStories();
    expect(list.problems).toEqual([
      {
        file: 'stories/stray',
        message: expect.stringMatching(/^Not a story Newsline can read.*left as it is/),
      },
    ]);
    expect(await readFile(join(stray, 'keep.md'), 'utf8')).toBe('mine');
  });
});

describe('a user-data folder of the first layout', () => {
  it('becomes “My library”: its articles, edits, views and view state, without the sample', async () => {
    const user = options.userDataDir;
    await mkdir(join(user, 'library'), { recursive: true });
    await writeFile(join(user, 'library', 'mine.md'), article('Mine', 'Meloni: spoke', 'Scholz: answered'));
    // edits and views as the first layout wrote them, on the library's events
    const first = await open();
    const firstList = await first.listStories();
    const mine = idOf(firstList, 'My library');
    expect(firstList.current).toBe(mine);
    expect(await titles(first)).toEqual(['Meloni spoke', 'Scholz answered']);
    expect(firstList.stories.map((s) => s.name)).toEqual(['Sample: January 2025', 'My library']);
    expect(await readdir(user)).not.toContain('library');
    await first.switchStory('sample');
    expect(await titles(first)).toEqual(SAMPLE_TITLES);
  });

  it('loses nothing: edits, saved views and the view state go with the library', async () => {
    const user = options.userDataDir;
    await mkdir(join(user, 'library'), { recursive: true });
    await writeFile(join(user, 'library', 'mine.md'), article('Mine', 'Meloni: spoke'));
    const event = { id: 'library:mine.md#0', articleId: 'library:mine.md', quote: 'Meloni: spoke' };
    await writeFile(
      join(user, 'library', 'edits.json'),
      JSON.stringify({
        version: 1,
        edits: [
          {
            id: 'e1',
            at: '2025-01-01T00:00:00.000Z',
            op: 'change',
            target: event,
            patch: { title: 'Meloni spoke first' },
          },
        ],
      }),
    );
    const view = {
      id: 'v1',
      name: 'Old view',
      state: { hiddenActors: [], mode: 'any' },
      savedAt: '2025-01-01T00:00:00.000Z',
    };
    await writeFile(join(user, 'library', 'views.json'), JSON.stringify({ version: 1, views: [view] }));
    await writeFile(
      join(user, 'view-state.json'),
      JSON.stringify({ version: 1, state: { hiddenActors: ['Scholz'], mode: 'all' } }),
    );
    const service = await open();
    const snapshot = await service.getSnapshot();
    expect(snapshot.events.map((e) => e.title)).toEqual(['Meloni spoke first']);
    expect(snapshot.problems).toEqual([]);
    expect(await service.listViews()).toEqual([view]);
    expect(await service.getViewState()).toEqual({ hiddenActors: ['Scholz'], mode: 'all' });
    expect((await readdir(user)).filter((n) => n.startsWith('view-state'))).toEqual([]);
  });
});

describe('removing articles', () => {
  it('removes articles with their events at once; undo brings back the same events with their edits', async () => {
    const service = await open();
    await service.importArticles([file('x.md', 'X', 'Macron: spoke'), file('y.md', 'Y', 'Tusk: met')]);
    const before = await service.getSnapshot();
    const ids = before.articles.filter((a) => a.file !== 'y.md').map((a) => a.id);

    const removed = await service.removeArticles(ids);
    expect(removed.events.map((e) => e.title)).toEqual(['Tusk met']);
    expect(removed.articles.map((a) => a.file)).toEqual(['y.md']);
    expect(removed.history?.undo).toBe('Remove 2 articles');
    // the imported file is moved aside in the story, not deleted; the sample's is only listed
    const dir = join(options.userDataDir, 'stories', 'sample');
    expect((await readdir(dir)).filter((n) => n.endsWith('.md'))).toEqual(['y.md']);
    expect(await readdir(join(dir, 'removed'))).toEqual(['x.md']);

    // a restart keeps them removed
    expect((await (await open()).getSnapshot()).events.map((e) => e.title)).toEqual(['Tusk met']);
    const again = await open();
    await again.removeArticles([removed.articles[0]!.id]);
    const none = await again.getSnapshot();
    expect(none.events).toEqual([]);
    const back = await again.undo();
    expect(back.events.map((e) => e.title)).toEqual(['Tusk met']);
    expect(await readdir(join(dir, 'removed'))).toEqual(['x.md']);
  });

  it('undo after a removal in the same session restores the same events, edits applied', async () => {
    const service = await open();
    await service.importArticles([file('x.md', 'X', 'Macron: spoke')]);
    const before = await service.getSnapshot();
    const macron = before.events.find((e) => e.title === 'Macron spoke')!;
    const edited = await service.editEvent(macron.id, { title: 'Macron spoke (edited)' });
    const removed = await service.removeArticles(edited.articles.map((a) => a.id));
    expect(removed.events).toEqual([]);
    const restored = await service.undo();
    expect(restored.events).toEqual(edited.events);
    expect(restored.articles).toEqual(edited.articles);
    expect(restored.history?.redo).toBe('Remove 2 articles');
    const redone = await service.redo();
    expect(redone.events).toEqual([]);
    const undoneAgain = await service.undo();
    expect(undoneAgain.events).toEqual(edited.events);
    // and Undo goes on to the edit before the removal
    const beforeEdit = await service.undo();
    expect(beforeEdit.events.map((e) => e.title)).toContain('Macron spoke');
    await expect(service.removeArticles(['nope'])).rejects.toThrow(
      'That article is no longer in this story.',
    );
  });
});
