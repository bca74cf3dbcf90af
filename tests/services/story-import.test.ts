import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractFile } from '../../electron/extract/index';
import type * as ExtractModule from '../../electron/extract/index';
import {
  createNewslineService,
  userDataPaths,
  type NewslineServiceOptions,
} from '../../electron/services/index';
import { extractInThisThread } from '../../electron/services/extraction-runner';
import type { ImportFile } from '../../electron/shared/contract';
import { isArticleFileName } from '../../electron/shared/limits';

/** Titles of the events handed to the story's merge, in order. */
const merging = vi.hoisted(() => ({ titles: [] as string[] }));

vi.mock('../../electron/extract/index', async (importOriginal) => {
  const { fakeExtractFile } = await import('./fake-extractor');
  const original = await importOriginal<typeof ExtractModule>();
  return {
    ...original,
    createEventMerger: () => {
      const merger = original.createEventMerger();
      return {
        add: (events: Parameters<typeof merger.add>[0]) => {
          merging.titles.push(...events.map((e) => e.title));
          merger.add(events);
        },
        events: () => merger.events(),
      };
    },
    EXTRACTOR_VERSION: 'test-1',
    extractFile: vi.fn(fakeExtractFile),
    mergeEvents: <T>(events: T[]): T[] => events,
  };
});

let root: string;
let options: NewslineServiceOptions;
const articleFiles = async () =>
  (await readdir(userDataPaths(options.userDataDir).library)).filter(isArticleFileName).sort();
const article = (published: string, title: string, line: string): string =>
  `---\ntitle: ${title}\npublished: ${published}\n---\n${title}\n${line}\n`;
const file = (name: string, content: string): ImportFile => ({
  name,
  content,
  lastModified: new Date(2024, 4, 3, 12).getTime(),
});
const five = ['one', 'two', 'three', 'four', 'five'].map((n, i) =>
  file(`${n}.md`, article(`2025-01-0${i + 1}`, n, `Tusk: met ${n}`)),
);

beforeEach(async () => {
  vi.mocked(extractFile).mockClear();
  root = await mkdtemp(join(tmpdir(), 'newsline-story-import-'));
  const sampleDir = join(root, 'sample');
  await mkdir(sampleDir);
  await writeFile(join(sampleDir, 'a.md'), article('2025-01-14', 'Talks', 'Lavrov: offered talks'));
  options = { sampleDir, userDataDir: join(root, 'user') };
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('an import cancelled', () => {
  it('stops after the files finished, keeps them, and refuses the batches of that import still to come', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const service = await createNewslineService({
      ...options,
      runExtraction: async (input) => {
        if (input.file === 'three.md') await gate;
        return extractInThisThread(input);
      },
    });
    await service.getSnapshot();
    const running = service.importArticles(five, 'import-a');
    await vi.waitFor(async () => expect((await service.getImportProgress())?.done).toBe(2));
    await service.cancelImport('import-a');
    const result = await running;
    expect(result.cancelled).toBe(true);
    expect(result.imported.map((a) => a.file)).toEqual(['one.md', 'two.md']);
    expect(result.snapshot.articles.map((a) => a.file)).toEqual(['a.md', 'one.md', 'two.md']);
    expect(await articleFiles()).toEqual(['one.md', 'two.md']);
    expect(await service.getImportProgress()).toBeNull();

    // a batch of the cancelled import arriving late imports nothing
    const late = await service.importArticles(five.slice(3), 'import-a');
    expect(late).toMatchObject({ cancelled: true, imported: [], failed: [] });
    expect(await articleFiles()).toEqual(['one.md', 'two.md']);
    release();
    // another import goes on as usual
    const next = await service.importArticles(five.slice(2), 'import-b');
    expect(next.cancelled).toBe(false);
    expect(await articleFiles()).toEqual(['five.md', 'four.md', 'one.md', 'three.md', 'two.md']);
  });

  it('merges the events of each file as it is saved, shown once the batch is done', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const service = await createNewslineService({
      ...options,
      runExtraction: async (input) => {
        if (input.file === 'three.md') await gate;
        return extractInThisThread(input);
      },
    });
    const before = await service.getSnapshot();
    merging.titles.length = 0;
    const running = service.importArticles(five, 'import-a');
    await vi.waitFor(async () => expect((await service.getImportProgress())?.done).toBe(2));
    // the merge's work is done file by file, not all at the batch's end
    expect(merging.titles).toEqual(['Tusk met one', 'Tusk met two']);
    expect((await service.getSnapshot()).events).toEqual(before.events);
    release();
    const after = (await running).snapshot;
    expect(merging.titles).toHaveLength(5);
    const restarted = await (await createNewslineService(options)).getSnapshot();
    expect(after.events).toEqual(restarted.events);
  });

  it('merges batch after batch into the same events as a fresh start merging every file at once', async () => {
    const service = await createNewslineService(options);
    await service.importArticles(five.slice(0, 2), 'x');
    const after = await service.importArticles(five.slice(2), 'x');
    const restarted = await (await createNewslineService(options)).getSnapshot();
    expect(after.snapshot.events).toEqual(restarted.events);
    expect(after.snapshot.events.length).toBeGreaterThan(0);
  });

  it('counts files identical to one in the library, or given twice, as already in the library', async () => {
    const service = await createNewslineService(options);
    const first = await service.importArticles(five.slice(0, 2), 'x');
    expect(first.alreadyInLibrary).toBe(0);
    const again = await service.importArticles(
      [five[0]!, { ...five[1]!, name: 'renamed.md' }, five[2]!, five[2]!],
      'y',
    );
    expect(again.alreadyInLibrary).toBe(3);
    expect(again.failed).toEqual([]);
    expect(await articleFiles()).toEqual(['one.md', 'three.md', 'two.md']);
  });

  it('checks files before import without extracting them: articles counted, missing dates and empty ones said', async () => {
    const service = await createNewslineService(options);
    await service.getSnapshot();
    vi.mocked(extractFile).mockClear();
    const inspections = await service.inspectImport([
      five[0]!,
      file('undated.txt', 'Harbour strike ends\n\nThe union said on Monday the strike had ended.\n'),
      file('only-front-matter.md', '---\ntitle: Nothing\n---\n\n'),
    ]);
    expect(inspections.map((x) => [x.name, x.articles, x.needsDate, x.error])).toEqual([
      ['one.md', 1, false, undefined],
      ['undated.txt', 1, true, undefined],
      ['only-front-matter.md', 0, false, 'No article was found in the file.'],
    ]);
    expect(extractFile).not.toHaveBeenCalled();
  });
});
