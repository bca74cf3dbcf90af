import { describe, expect, it, vi } from 'vitest';
import type { ImportFile, ImportInspection } from '../../../electron/shared/contract';
import type { Problem } from '../../../electron/shared/model';
import { createImportFeed, feedImport } from '../../../renderer/src/state/import-feed';

const file = (i: number, content = `article ${i}`): ImportFile => ({
  name: `a${i}.md`,
  content,
  lastModified: 0,
});

/** Files read one by one as the test lets them through: `release(n)` lets n more be read. */
function gatedReading(items: Array<ImportFile | Problem>) {
  let allowed = 0;
  let taken = 0;
  let wake: (() => void) | null = null;
  async function* read() {
    for (const item of items) {
      while (taken >= allowed) await new Promise<void>((resolve) => (wake = resolve));
      taken++;
      yield item;
    }
  }
  return {
    read: read(),
    release(n: number) {
      allowed += n;
      wake?.();
    },
    pulled: () => taken,
  };
}

/** Lets every piece of work already started (no timer involved) run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A check that says what the content says: "undated" needs a date, "broken" fails. */
const inspectImport = vi.fn(async (batch: ImportFile[]): Promise<ImportInspection[]> =>
  batch.map((f) => ({
    name: f.name,
    articles: 1,
    needsDate: f.content.includes('undated'),
    suggestedDate: '2024-01-01',
    ...(f.content.includes('broken') ? { error: 'No article was found in the file.' } : {}),
  })),
);

describe('the files of an import as they become ready', () => {
  it('gives the files in order, as many as asked once there are, fewer only at the end', async () => {
    const feed = createImportFeed(5);
    const first = feed.take(2);
    feed.push([file(1)]);
    let settled = false;
    void first.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    feed.push([file(2), file(3)]);
    expect((await first).map((f) => f.name)).toEqual(['a1.md', 'a2.md']);
    feed.push([file(4), file(5)]);
    feed.close();
    expect((await feed.take(8)).map((f) => f.name)).toEqual(['a3.md', 'a4.md', 'a5.md']);
    expect(await feed.take(8)).toEqual([]);
  });

  it('keeps a batch within the bytes of a request', async () => {
    const feed = createImportFeed(3);
    feed.push([file(1, 'x'.repeat(600)), file(2, 'y'.repeat(600)), file(3, 'z')]);
    feed.close();
    expect((await feed.take(3, 1000)).map((f) => f.name)).toEqual(['a1.md']);
    expect((await feed.take(3, 1000)).map((f) => f.name)).toEqual(['a2.md', 'a3.md']);
  });

  it('fails the batch waiting when the files could not be read or checked', async () => {
    const feed = createImportFeed(3);
    const waiting = feed.take(1);
    feed.fail(new Error('the disk went away'));
    await expect(waiting).rejects.toThrow('the disk went away');
  });

  it('checks the first file and hands it over before the others are read', async () => {
    inspectImport.mockClear();
    const reading = gatedReading(Array.from({ length: 50 }, (_, i) => file(i + 1)));
    const read: number[] = [];
    const { feed, checked } = feedImport({
      api: { inspectImport },
      read: reading.read,
      total: 50,
      signal: new AbortController().signal,
      onRead: (n) => read.push(n),
      first: 1,
    });
    reading.release(1);
    expect((await feed.take(1)).map((f) => f.name)).toEqual(['a1.md']);
    expect(reading.pulled()).toBe(1);
    expect(inspectImport).toHaveBeenCalledTimes(1);
    reading.release(49);
    const rest: string[] = [];
    for (let batch = await feed.take(4); batch.length > 0; batch = await feed.take(4))
      rest.push(...batch.map((f) => f.name));
    expect(rest).toEqual(Array.from({ length: 49 }, (_, i) => `a${i + 2}.md`));
    expect(read.at(-1)).toBe(50);
    await expect(checked).resolves.toEqual({ failed: [], held: [] });
  });

  it('reads only a little ahead of the files asked for', async () => {
    const reading = gatedReading(Array.from({ length: 200 }, (_, i) => file(i + 1)));
    reading.release(200);
    const { feed } = feedImport({
      api: { inspectImport },
      read: reading.read,
      total: 200,
      signal: new AbortController().signal,
      onRead: () => undefined,
    });
    await feed.take(1);
    await settle();
    // eight ahead of the one taken, at the least; then twice the last batch asked for
    expect(reading.pulled()).toBeGreaterThanOrEqual(9);
    expect(reading.pulled()).toBeLessThan(20);
    await feed.take(32);
    await settle();
    expect(reading.pulled()).toBeGreaterThanOrEqual(97);
    expect(reading.pulled()).toBeLessThan(110);
  });

  it('lists the files that cannot be imported, holds back those without a date, and counts them off', async () => {
    const unreadable: Problem = { file: 'photo.md', message: 'Not a text file.' };
    const reading = gatedReading([file(1), unreadable, file(2, 'broken'), file(3, 'undated'), file(4)]);
    reading.release(5);
    const { feed, checked } = feedImport({
      api: { inspectImport },
      read: reading.read,
      total: 5,
      signal: new AbortController().signal,
      onRead: () => undefined,
    });
    const names: string[] = [];
    for (let batch = await feed.take(2); batch.length > 0; batch = await feed.take(2))
      names.push(...batch.map((f) => f.name));
    expect(names).toEqual(['a1.md', 'a4.md']);
    const { failed, held } = await checked;
    expect(failed).toEqual([unreadable, { file: 'a2.md', message: 'No article was found in the file.' }]);
    expect(held.map((h) => [h.file.name, h.inspection.needsDate])).toEqual([['a3.md', true]]);
    expect(feed.expected()).toBe(2);
  });

  it('stops reading on Cancel: the files not read are never read', async () => {
    const reading = gatedReading(Array.from({ length: 30 }, (_, i) => file(i + 1)));
    const controller = new AbortController();
    const { feed, checked } = feedImport({
      api: { inspectImport },
      read: reading.read,
      total: 30,
      signal: controller.signal,
      onRead: () => undefined,
    });
    reading.release(3);
    await feed.take(1);
    controller.abort();
    reading.release(27);
    await checked;
    expect(reading.pulled()).toBeLessThanOrEqual(4);
  });
});
