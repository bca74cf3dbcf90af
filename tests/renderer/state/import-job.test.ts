// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type {
  ImportFile,
  ImportProgress,
  ImportResult,
  NewslineApi,
  Snapshot,
} from '../../../electron/shared/contract';
import { createImportFeed } from '../../../renderer/src/state/import-feed';
import { runImportJob } from '../../../renderer/src/state/import-job';
import { makeArticle } from '../fixtures';

const files: ImportFile[] = Array.from({ length: 40 }, (_, i) => ({
  name: `a${i}.md`,
  content: `article ${i}`,
  lastModified: 0,
}));
const snapshotOf = (n: number): Snapshot => ({
  articles: [],
  events: [],
  actors: [],
  problems: [{ file: String(n), message: '' }],
});

/** An API whose imports answer when the test says, recording the batches and the cancels. */
function fakeApi() {
  const answers: Array<(cancelled: boolean) => void> = [];
  const batches: Array<{ names: string[]; id: string | undefined }> = [];
  let cancelled = false;
  const api = {
    importArticles: vi.fn((batch: ImportFile[], id?: string) => {
      batches.push({ names: batch.map((f) => f.name), id });
      return new Promise<ImportResult>((resolve) =>
        answers.push((wasCancelled) =>
          resolve({
            imported: wasCancelled ? [] : batch.map((f) => makeArticle({ id: f.name, file: f.name })),
            failed: [],
            alreadyInLibrary: 0,
            cancelled: wasCancelled,
            snapshot: snapshotOf(batches.length),
          }),
        ),
      );
    }),
    getImportProgress: vi.fn(async (): Promise<ImportProgress | null> => null),
    cancelImport: vi.fn(async () => {
      cancelled = true;
    }),
  };
  const answerNext = async () => {
    await vi.waitFor(() => expect(answers.length).toBeGreaterThan(0));
    answers.shift()?.(cancelled);
  };
  return { api: api as unknown as NewslineApi & typeof api, batches, answerNext };
}

describe('an import driven from the page', () => {
  it('sends growing batches of one import, two at most in flight, and lands each answer in order', async () => {
    const { api, batches, answerNext } = fakeApi();
    const landed: number[] = [];
    const job = runImportJob(api, files, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onLanded: (r) => landed.push(r.imported.length),
      first: 4,
      cap: 16,
    });
    await vi.waitFor(() => expect(batches).toHaveLength(2));
    expect(batches.map((b) => b.names.length)).toEqual([4, 8]);
    for (let i = 0; i < 4; i++) await answerNext();
    const outcome = await job;
    expect(batches.map((b) => b.names.length)).toEqual([4, 8, 16, 12]);
    expect(new Set(batches.map((b) => b.id)).size).toBe(1);
    expect(landed).toEqual([4, 8, 16, 12]);
    expect(outcome.imported).toHaveLength(40);
    expect(outcome.cancelled).toBe(false);
    expect(outcome.snapshot).toEqual(snapshotOf(4));
  });

  it('on Cancel asks the services to stop that import, sends nothing more and keeps what landed', async () => {
    const { api, batches, answerNext } = fakeApi();
    const controller = new AbortController();
    const progress: boolean[] = [];
    const job = runImportJob(api, files, {
      signal: controller.signal,
      onProgress: (p) => progress.push(p.cancelling === true),
      onLanded: () => undefined,
      first: 4,
      cap: 16,
    });
    await answerNext();
    await vi.waitFor(() => expect(batches).toHaveLength(3));
    controller.abort();
    expect(api.cancelImport).toHaveBeenCalledWith(batches[0]?.id);
    expect(progress.at(-1)).toBe(true);
    await answerNext();
    await answerNext();
    const outcome = await job;
    expect(batches).toHaveLength(3);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.imported.map((a) => a.id)).toEqual(files.slice(0, 4).map((f) => f.name));
  });

  it('sends the first file of files still being read at once, and the next batches as files come', async () => {
    const { api, batches, answerNext } = fakeApi();
    const feed = createImportFeed(files.length);
    const totals: number[] = [];
    const job = runImportJob(api, feed, {
      signal: new AbortController().signal,
      onProgress: (p) => totals.push(p.total),
      onLanded: () => undefined,
      first: 1,
      cap: 16,
    });
    feed.push(files.slice(0, 2));
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]?.names).toEqual(['a0.md']);
    // the next batch waits for its two files
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(batches).toHaveLength(1);
    // the rest come; 30 of the files chosen turn out not to be importable
    feed.push(files.slice(2, 10));
    feed.drop(30);
    feed.close();
    for (let i = 0; i < 4; i++) await answerNext();
    const outcome = await job;
    expect(batches.map((b) => b.names.length)).toEqual([1, 2, 4, 3]);
    expect(outcome.imported.map((a) => a.id)).toEqual(files.slice(0, 10).map((f) => f.name));
    expect(totals.at(-1)).toBe(10);
  });

  it('asks the batch in flight how far it is one question at a time, however slow the answers', async () => {
    vi.useFakeTimers();
    try {
      const { api, answerNext } = fakeApi();
      const answers: Array<() => void> = [];
      api.getImportProgress.mockImplementation(
        () => new Promise((resolve) => answers.push(() => resolve({ done: 1, total: 4 }))),
      );
      const job = runImportJob(api, files.slice(0, 4), {
        signal: new AbortController().signal,
        onProgress: () => undefined,
        onLanded: () => undefined,
        first: 4,
      });
      await vi.advanceTimersByTimeAsync(2000);
      expect(api.getImportProgress).toHaveBeenCalledTimes(1);
      answers.shift()?.();
      await vi.advanceTimersByTimeAsync(250);
      expect(api.getImportProgress).toHaveBeenCalledTimes(2);
      answers.shift()?.();
      vi.useRealTimers();
      await answerNext();
      await job;
    } finally {
      vi.useRealTimers();
    }
  });
});
