/**
 * The four ordinary paths that used to lose a user's work without a word (issue 10): each test
 * walks the path as a user would and checks that what was accepted is still there after a restart,
 * or that the user was told why it was refused.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ExtractModule from '../../electron/extract/index';
import {
  createNewslineService,
  userDataPaths,
  type NewslineServiceOptions,
} from '../../electron/services/index';
import { article, sampleLibrary } from './sample-library';
import type { Snapshot } from '../../electron/shared/contract';

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
  ({ root, options } = await sampleLibrary('newsline-losses-'));
});
afterEach(() => rm(root, { recursive: true, force: true }));

const open = async () => {
  const service = await createNewslineService(options);
  return { service, snapshot: await service.getSnapshot() };
};
const idOf = (snapshot: Snapshot, start: string): string => {
  const event = snapshot.events.find((e) => e.title.startsWith(start));
  if (!event) throw new Error(`no event ${start}`);
  return event.id;
};

describe('what a user made survives', () => {
  it('an events file with a title or actor name of spaces does not wipe the edits made before', async () => {
    const { service, snapshot } = await open();
    await service.editEvent(idOf(snapshot, 'Lavrov'), { title: 'Lavrov proposes talks' });
    await service.editEvent(idOf(snapshot, 'Biden'), { cameo: '04' });
    await service.hideEvent(idOf(snapshot, 'Zelensky'), true);
    const exported = JSON.parse(
      (await service.exportEvents('json', [idOf(snapshot, 'Lavrov'), idOf(snapshot, 'Biden')])).content,
    ) as { events: { title: string; actors: { name: string }[] }[] };
    exported.events[0]!.title = '   ';
    exported.events[1]!.actors[0]!.name = ' \t ';
    let refusal = '';
    try {
      await service.importEvents(JSON.stringify(exported));
    } catch (error) {
      refusal = (error as Error).message;
    }
    const accepted = (await service.getSnapshot()).history?.edits ?? 0;
    await service.editEvent(idOf(snapshot, 'Biden'), { title: 'Biden phoned Putin' });

    const again = await open();
    expect(again.snapshot.history?.edits, 'every edit accepted before the restart').toBe(accepted + 1);
    expect(again.snapshot.events.map((e) => e.title)).toContain('Biden phoned Putin');
    expect(again.snapshot.problems.map((p) => p.message).join(' ')).not.toMatch(/starting empty/);
    // Refused with the reason, or accepted in a form the library can read back.
    if (refusal) expect(refusal).toMatch(/title|name/);
  });

  it('files named "..md", ". .md" and "...txt" are kept in the library with their extension', async () => {
    const { service } = await open();
    const names = ['..md', '. .md', '...txt'];
    const result = await service.importArticles(
      names.map((name, i) => ({
        name,
        content: article(`Story ${i}`, `Meloni: spoke ${i}`),
        lastModified: 0,
      })),
    );
    expect(result.failed).toEqual([]);
    const imported = result.snapshot.articles.filter((a) => a.origin === 'library');
    expect(imported).toHaveLength(3);
    expect(imported.every((a) => /\.(md|txt)$/.test(a.file))).toBe(true);

    const again = await open();
    const titles = (articles: Snapshot['articles']) =>
      articles
        .filter((a) => a.origin === 'library')
        .map((a) => a.title)
        .sort();
    expect(titles(again.snapshot.articles)).toEqual(['Story 0', 'Story 1', 'Story 2']);
    expect(titles(again.snapshot.articles)).toEqual(titles(imported));
    // The names that could not be kept are listed, with the name used and why.
    for (const name of names)
      expect(result.snapshot.problems).toContainEqual({
        file: name,
        message: expect.stringMatching(/^Imported as “article( \(\d\))?\.(md|txt)”: nothing was left of it/),
      });
  });

  it('a saved view that no longer validates is kept aside and listed, not dropped', async () => {
    const { service } = await open();
    await service.saveView('Mine', { hiddenActors: ['Biden'], mode: 'any' });
    const path = join(userDataPaths(options.userDataDir).library, 'views.json');
    const file = JSON.parse(await readFile(path, 'utf8')) as { views: { state: object }[] };
    // A field written by a newer version of Newsline.
    file.views[0]!.state = { ...file.views[0]!.state, colourScheme: 'sepia' };
    await writeFile(path, JSON.stringify(file));

    const again = await open();
    const problem = again.snapshot.problems.find((p) => p.file === 'views.json');
    expect(problem?.message).toMatch(/Mine/);
    expect(problem?.message).toMatch(/views\.json\.rejected/);
    await again.service.saveView('Second', { hiddenActors: [], mode: 'any' });
    await again.service.saveView('Third', { hiddenActors: [], mode: 'all' });
    const kept = await readFile(`${path}.rejected`, 'utf8');
    expect(kept).toContain('colourScheme');
    expect(kept).toContain('Mine');
  });

  it('a second window on the same library cannot overwrite the edits made in the first', async () => {
    await mkdir(options.userDataDir, { recursive: true });
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'library-holder.ts'),
        options.sampleDir,
        options.userDataDir,
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    );
    try {
      const lines = linesOf(holder);
      expect(await lines.next()).toBe('ready');

      let mine: Awaited<ReturnType<typeof open>> | undefined;
      let refusal = '';
      try {
        mine = await open();
      } catch (error) {
        refusal = (error as Error).message;
      }
      if (mine) {
        // Both open: an edit here, then one in the other window.
        await mine.service.editEvent(idOf(mine.snapshot, 'Lavrov'), { title: 'Edited in the first window' });
        holder.stdin.write(`${idOf(mine.snapshot, 'Biden')}\tEdited in the second window\n`);
        expect(await lines.next()).toMatch(/^confirmed/);
        holder.kill('SIGKILL');
        const again = await open();
        expect(again.snapshot.events.map((e) => e.title)).toContain('Edited in the first window');
      }
      expect(refusal).toMatch(/open in another Newsline/);
      expect(refusal).toMatch(new RegExp(`process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
    }
  });
});

/** The lines a child prints, one at a time. */
function linesOf(child: ChildProcessWithoutNullStreams): { next(): Promise<string> } {
  const waiting: ((line: string) => void)[] = [];
  const ready: string[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    buffer += chunk;
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    for (const line of parts) {
      const wake = waiting.shift();
      if (wake) wake(line);
      else ready.push(line);
    }
  });
  return {
    next: () =>
      new Promise((resolve, reject) => {
        const line = ready.shift();
        if (line !== undefined) return resolve(line);
        const timer = setTimeout(() => reject(new Error(`no line from the child: ${stderr}`)), 15_000);
        waiting.push((l) => {
          clearTimeout(timer);
          resolve(l);
        });
      }),
  };
}
