import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, utimes } from 'node:fs/promises';
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

vi.mock('../../electron/extract/index', async (importOriginal) => {
  const { fakeExtractFile } = await import('./fake-extractor');
  return {
    ...(await importOriginal<typeof ExtractModule>()),
    EXTRACTOR_VERSION: 'test-1',
    extractFile: vi.fn(fakeExtractFile),
    mergeEvents: <T>(events: T[]): T[] => events,
  };
});

/** The folder of the story open on a fresh user-data folder (the sample's), and its view state. */
const story = () => userDataPaths(options.userDataDir);

/** The article files in that folder. */
const articleFiles = async () => (await readdir(story().library)).filter(isArticleFileName);

const extractCalls = () => vi.mocked(extractFile).mock.calls.map(([input]) => input.file);

let root: string;
let options: NewslineServiceOptions;

const article = (published: string | undefined, ...lines: string[]): string =>
  `${published ? `---\ntitle: T\npublished: ${published}\n---\n` : ''}${lines.join('\n')}\n`;

beforeEach(async () => {
  vi.mocked(extractFile).mockClear();
  root = await mkdtemp(join(tmpdir(), 'newsline-service-'));
  const sampleDir = join(root, 'sample');
  await mkdir(sampleDir);
  await writeFile(
    join(sampleDir, 'a.md'),
    article('2025-01-14', 'Talks offered', 'Lavrov: offered talks', 'Zorblat Quux: replied'),
  );
  await writeFile(join(sampleDir, 'b.txt'), article('2025-01-16', 'Fears', 'Lavrov: warned Kyiv'));
  await writeFile(join(sampleDir, 'notes.json'), '{}');
  options = { sampleDir, userDataDir: join(root, 'user') };
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A service whose initial load has finished (so no work is left running when a test ends). */
const open = async (extra: Partial<NewslineServiceOptions> = {}) => {
  const service = await createNewslineService({ ...options, ...extra });
  await service.getSnapshot();
  return service;
};

const file = (name: string, content: string, extra: Partial<ImportFile> = {}): ImportFile => ({
  name,
  content,
  lastModified: new Date(2024, 4, 3, 12).getTime(),
  ...extra,
});

describe('loading the sample', () => {
  it('lists the sample articles, their events and actors with counts, gazetteer kinds and affiliations', async () => {
    const service = await open();
    const snapshot = await service.getSnapshot();
    expect(snapshot.articles.map((a) => a.file)).toEqual(['a.md', 'b.txt']);
    expect(snapshot.articles.every((a) => a.origin === 'sample')).toBe(true);
    expect(snapshot.events.map((e) => e.title)).toEqual([
      'Lavrov offered talks',
      'Zorblat Quux replied',
      'Lavrov warned Kyiv',
    ]);
    expect(snapshot.actors).toEqual([
      { name: 'Lavrov', kind: 'person', affiliation: 'Russia', count: 2 },
      { name: 'Zorblat Quux', kind: 'person', count: 1 },
    ]);
    expect(snapshot.problems).toEqual([]);
  });

  it('returns an article text as the slice of its file body', async () => {
    const service = await open();
    const { article: info, text } = await service.getArticleText('sample:a.md');
    expect(info.title).toBe('Talks offered');
    expect(text).toBe('Talks offered\nLavrov: offered talks\nZorblat Quux: replied\n');
    await expect(service.getArticleText('nope')).rejects.toThrow(/No article/);
  });

  it('does no extraction work on a second start with the same files', async () => {
    await (await open()).getSnapshot();
    expect(extractCalls().sort()).toEqual(['a.md', 'b.txt']);
    vi.mocked(extractFile).mockClear();

    const again = await (await open()).getSnapshot();
    expect(extractCalls()).toEqual([]);
    expect(again.events).toHaveLength(3);
  });

  it('extracts again only the file whose content changed', async () => {
    await (await open()).getSnapshot();
    vi.mocked(extractFile).mockClear();
    await writeFile(join(options.sampleDir, 'b.txt'), article('2025-01-16', 'Fears', 'Zelensky: answered'));
    const snapshot = await (await open()).getSnapshot();
    expect(extractCalls()).toEqual(['b.txt']);
    expect(snapshot.events.map((e) => e.title)).toContain('Zelensky answered');
  });

  it('lists a file the extractor cannot handle as a problem and keeps the others', async () => {
    await writeFile(join(options.sampleDir, 'c.md'), article('2025-01-01', 'FAIL'));
    const snapshot = await (await open()).getSnapshot();
    expect(snapshot.articles).toHaveLength(2);
    expect(snapshot.problems).toEqual([
      { file: 'c.md', message: 'Could not extract events: the extractor choked on this file' },
    ]);
  });
});

describe('importing articles', () => {
  it('asks for a date only where the file gives none, suggesting its modification day', async () => {
    const service = await open();
    const [dated, undated, refused] = await service.inspectImport([
      file('dated.md', article('2024-02-02', 'Dated', 'Biden: spoke')),
      file('undated.txt', article(undefined, 'Undated', 'Biden: spoke')),
      file('picture.png', 'PNG'),
    ]);
    expect(dated).toEqual({ name: 'dated.md', articles: 1, needsDate: false, suggestedDate: '2024-05-03' });
    expect(undated).toEqual({
      name: 'undated.txt',
      articles: 1,
      needsDate: true,
      suggestedDate: '2024-05-03',
    });
    expect(refused?.error).toMatch(/only \.md, \.markdown, \.txt, \.html, \.htm files/);
  });

  it('does not ask for a date when a dateline under the headline gives it', async () => {
    const service = await open();
    const [datelined, shortDate] = await service.inspectImport([
      file('wire.txt', 'Harbour bridge reopens\nJune 9, 2008\n\nThe bridge reopened on Friday.\n'),
      file('short.txt', 'Harbour bridge reopens\n\nIt reopened on June 9, 2008, after repairs.\n'),
    ]);
    expect(datelined?.needsDate).toBe(false);
    expect(shortDate?.needsDate).toBe(true);
  });

  it('copies imported files into the library, where they are after a restart', async () => {
    const service = await open();
    const result = await service.importArticles([
      file('new.txt', article(undefined, 'New one', 'Macron: visited Kyiv'), { published: '2025-02-01' }),
    ]);
    expect(result.failed).toEqual([]);
    expect(result.imported).toMatchObject([{ file: 'new.txt', origin: 'library', published: '2025-02-01' }]);
    expect(result.snapshot.events.map((e) => e.title)).toContain('Macron visited Kyiv');
    expect(await articleFiles()).toEqual(['new.txt']);

    const restarted = await (await open()).getSnapshot();
    expect(restarted.articles.map((a) => [a.file, a.origin, a.published])).toContainEqual([
      'new.txt',
      'library',
      '2025-02-01',
    ]);
    expect(restarted.actors.map((a) => a.name)).toContain('Macron');
  });

  it('uses the modification day when an undated file comes without a chosen date', async () => {
    const service = await open();
    const result = await service.importArticles([
      file('plain.txt', article(undefined, 'Plain', 'Biden: left')),
    ]);
    expect(result.imported[0]?.published).toBe('2024-05-03');
  });

  it('lists each failed file with its reason and imports the others', async () => {
    const service = await open();
    const result = await service.importArticles([
      file('good.md', article('2025-03-01', 'Good', 'Scholz: called')),
      file('empty.md', '  \n'),
      file('broken.md', article('2025-03-01', 'FAIL')),
      file('image.png', 'x'),
      file('binary.txt', 'a\u0000b'),
    ]);
    expect(result.imported.map((a) => a.file)).toEqual(['good.md']);
    expect(result.failed).toEqual([
      { file: 'empty.md', message: 'The file is empty.' },
      { file: 'broken.md', message: 'Could not extract events: the extractor choked on this file' },
      {
        file: 'image.png',
        message: 'Not an article file: only .md, .markdown, .txt, .html, .htm files can be imported.',
      },
      { file: 'binary.txt', message: 'The file is not text (it holds NUL bytes).' },
    ]);
    expect(await articleFiles()).toEqual(['good.md']);
    expect(result.snapshot.articles).toHaveLength(3);
  });

  it('keeps the same text given twice in one import once, in the order given', async () => {
    const service = await open();
    const text = article('2025-03-01', 'Twice', 'Scholz: called');
    const result = await service.importArticles([
      file('first.md', text),
      file('other.md', article('2025-03-02', 'Other', 'Tusk: met')),
      file('copy.md', text),
    ]);
    expect(result.failed).toEqual([]);
    expect(result.imported.map((a) => a.title)).toEqual(['Twice', 'Other', 'Twice']);
    expect((await articleFiles()).sort()).toEqual(['first.md', 'other.md']);
  });

  it('never overwrites: a name already used gets a number, the same file twice is kept once', async () => {
    const service = await open();
    await service.importArticles([file('a.md', article('2025-03-01', 'Other a', 'Scholz: called'))]);
    await service.importArticles([file('a.md', article('2025-03-01', 'Other a', 'Scholz: called'))]);
    await service.importArticles([file('../a.md', article('2025-03-02', 'Third', 'Tusk: met'))]);
    expect((await articleFiles()).sort()).toEqual(['a (2).md', 'a (3).md']);
    const snapshot = await service.getSnapshot();
    expect(snapshot.articles).toHaveLength(4);
  });

  it('reports progress while a large import runs and answers other requests meanwhile', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const firstStarted = new Promise<void>((resolve) => (started = resolve));
    const service = await open({
      runExtraction: async (input) => {
        if (input.file === 'two.md') {
          started();
          await gate;
        }
        return extractInThisThread(input);
      },
    });
    expect(await service.getImportProgress()).toBeNull();
    const running = service.importArticles([
      file('one.md', article('2025-01-01', 'One', 'Tusk: met')),
      file('two.md', article('2025-01-02', 'Two', 'Tusk: left')),
      file('three.md', article('2025-01-03', 'Three', 'Tusk: returned')),
    ]);
    await firstStarted;
    // (files are extracted ahead of the one being saved: one.md is saved while two.md is held)
    await vi.waitFor(async () =>
      expect(await service.getImportProgress()).toEqual({ done: 1, total: 3, current: 'two.md' }),
    );
    expect((await service.getSnapshot()).articles).toHaveLength(2);
    release();
    expect((await running).imported).toHaveLength(3);
    expect(await service.getImportProgress()).toBeNull();
  });
});

describe('view state', () => {
  it('starts with everything shown and keeps what was saved across a restart', async () => {
    const service = await open();
    expect(await service.getViewState()).toEqual({ hiddenActors: [], mode: 'any' });
    const state = {
      hiddenActors: ['Zorblat Quux'],
      mode: 'all' as const,
      window: { start: '2025-01-01T00:00:00.000Z', end: '2025-02-01T00:00:00.000Z' },
      selectedEventId: 'e1',
    };
    await service.saveViewState(state);
    expect(await (await open()).getViewState()).toEqual(state);
  });

  it('writes through a temporary file, keeping the last of several quick saves and the one before as backup', async () => {
    const service = await open();
    await Promise.all(
      ['A', 'B', 'C'].map((name) => service.saveViewState({ hiddenActors: [name], mode: 'any' })),
    );
    const names = await readdir(story().library);
    expect(names.filter((n) => n.startsWith('view-state')).sort()).toEqual([
      'view-state.json',
      'view-state.json.bak',
    ]);
    const saved = JSON.parse(await readFile(story().viewState, 'utf8'));
    expect(saved).toEqual({ version: 1, state: { hiddenActors: ['C'], mode: 'any' } });
    const backup = JSON.parse(await readFile(`${story().viewState}.bak`, 'utf8'));
    expect(backup.state.hiddenActors).toEqual(['B']);
  });

  it('answers the view state while saves are being written, and never loses a save to a read', async () => {
    const service = await open();
    const saves = Array.from({ length: 40 }, (_, i) =>
      service.saveViewState({ hiddenActors: [`Actor ${i}`], mode: 'any' }),
    );
    let writing = true;
    const written = Promise.all(saves).finally(() => (writing = false));
    // A page that loads while the last view is being written reads the view state meanwhile.
    while (writing) {
      await service.getViewState();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await expect(written).resolves.toBeDefined();
    expect(await service.getViewState()).toEqual({ hiddenActors: ['Actor 39'], mode: 'any' });
    const saved = JSON.parse(await readFile(story().viewState, 'utf8'));
    expect(saved.state.hiddenActors).toEqual(['Actor 39']);
  });

  it('falls back to the default, and says so, when the saved state is damaged and has no backup', async () => {
    // The damage is on disk before the service reads it (a service already open keeps its state).
    await mkdir(options.userDataDir, { recursive: true });
    await writeFile(join(options.userDataDir, 'view-state.json'), '{"hiddenActors": [1');
    const service = await open();
    expect(await service.getViewState()).toEqual({ hiddenActors: [], mode: 'any' });
    expect((await service.getSnapshot()).problems).toEqual([
      {
        file: 'view-state.json',
        message: expect.stringMatching(
          /^The file was damaged \(not valid JSON\) and its backup could not be used/,
        ),
      },
    ]);
    // (the first layout's view state, moved into the sample's story, the one open)
    const names = await readdir(story().library);
    expect(names.some((n) => n.startsWith('view-state.json.damaged-'))).toBe(true);
  });

  it('reads the view state of the first format (no version) and writes the current one', async () => {
    await mkdir(options.userDataDir, { recursive: true });
    const path = join(options.userDataDir, 'view-state.json');
    await writeFile(path, JSON.stringify({ hiddenActors: ['Lavrov'], mode: 'all', search: 'talks' }));
    const service = await open();
    expect(await service.getViewState()).toEqual({ hiddenActors: ['Lavrov'], mode: 'all', search: 'talks' });
    expect((await service.getSnapshot()).problems).toEqual([]);
    await service.saveViewState({ hiddenActors: [], mode: 'any' });
    expect(JSON.parse(await readFile(story().viewState, 'utf8'))).toEqual({
      version: 1,
      state: { hiddenActors: [], mode: 'any' },
    });
  });

  it('keeps a view state of a newer format read-only, reported, and never overwrites it', async () => {
    await mkdir(options.userDataDir, { recursive: true });
    const path = join(options.userDataDir, 'view-state.json');
    const newer = JSON.stringify({
      version: 2,
      state: { hiddenActors: ['Lavrov'], mode: 'any' },
      layout: 'x',
    });
    await writeFile(path, newer);
    const service = await open();
    expect(await service.getViewState()).toEqual({ hiddenActors: ['Lavrov'], mode: 'any' });
    expect((await service.getSnapshot()).problems[0]?.message).toMatch(
      /newer version of Newsline \(format 2; this version writes format 1\).*read-only/,
    );
    await expect(service.saveViewState({ hiddenActors: [], mode: 'any' })).rejects.toThrow(/newer version/);
    expect(await readFile(story().viewState, 'utf8')).toBe(newer);
  });
});

describe('library folder', () => {
  it('reads files dropped straight into the story folder and skips other kinds', async () => {
    await open();
    const path = join(story().library, 'mine.md');
    await writeFile(path, article('2023-06-01', 'Mine', 'Meloni: spoke'));
    await utimes(path, new Date(), new Date());
    await writeFile(join(story().library, 'x.pdf'), 'PDF');
    const snapshot = await (await open()).getSnapshot();
    expect(snapshot.articles.map((a) => `${a.origin}:${a.file}`)).toEqual([
      'sample:a.md',
      'sample:b.txt',
      'library:mine.md',
    ]);
  });
});
