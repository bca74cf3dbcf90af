import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEventMerger, extractFile, mergeEvents } from '../../electron/extract/index';

const files = [
  'assets/articles/01-russia-open-to-talks.md',
  'assets/articles/02-nato-opens-door.md',
  'assets/articles/03-ukraine-fears-rapid-agreement.md',
  'assets/articles/04-ukraine-fears-truncated-copy.md',
].map((path) =>
  extractFile({ file: path.split('/').pop() ?? path, content: readFileSync(path, 'utf8'), origin: 'sample' }),
);

describe('merging batch after batch (an import)', () => {
  it('gives the same events as one merge of them all, in every split of the files', () => {
    const all = mergeEvents(files.flatMap((f) => f.events));
    // the truncated copy retells events of the third file: there is something to merge across batches
    expect(all.length).toBeLessThan(files.flatMap((f) => f.events).length);
    for (let cut = 0; cut <= files.length; cut++) {
      const merger = createEventMerger();
      merger.add(files.slice(0, cut).flatMap((f) => f.events));
      const before = merger.events();
      merger.add(files.slice(cut).flatMap((f) => f.events));
      expect(merger.events(), `split after ${cut} files`).toEqual(all);
      // what was answered before stays as it was
      expect(before).toEqual(mergeEvents(files.slice(0, cut).flatMap((f) => f.events)));
    }
  });
});
