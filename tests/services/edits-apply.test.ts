import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../electron/services/edits/apply';
import type { EditRecord } from '../../electron/services/edits/records';
import type { NewsEvent } from '../../electron/shared/model';

const ev = (id: string, quote: string, extra: Partial<NewsEvent> = {}): NewsEvent => ({
  id,
  title: `Title ${id}`,
  start: '2025-01-14',
  precision: 'day',
  basis: 'reported',
  actors: [{ name: `Actor ${id}`, kind: 'person', role: 'source' }],
  cameo: null,
  sources: [{ articleId: 'a1', quote, start: 0, end: quote.length }],
  ...extra,
});
let n = 0;
const base = () => ({ id: `edit-${(n += 1)}`, at: '2026-01-01T00:00:00.000Z' });
const change = (id: string, quote: string, title: string): EditRecord => ({
  ...base(),
  op: 'change',
  target: { id, articleId: 'a1', quote },
  patch: { title },
});

describe('applying edits', () => {
  it('finds a re-extracted event whose sentence was cut differently, in the same article only', () => {
    const quote = 'Lavrov said on Tuesday that Russia is open to talks';
    const edits = [change('old-id', quote, 'Edited')];
    const longer = ev('new-id', `In Moscow, ${quote} with the incoming administration.`);
    expect(applyEdits([longer], edits).events[0]?.title).toBe('Edited');
    const elsewhere = { ...longer, sources: [{ ...longer.sources[0]!, articleId: 'a2' }] };
    const result = applyEdits([elsewhere], edits);
    expect(result.events[0]?.title).toBe('Title new-id');
    expect(result.orphaned.map((o) => o.editId)).toEqual([edits[0]!.id]);
  });

  it('does not match short fragments loosely', () => {
    const edits = [change('x', 'He said', 'Edited')];
    expect(applyEdits([ev('y', 'He said that the talks would go on')], edits).orphaned).toHaveLength(1);
  });

  it('merges what it still finds and lists the part that is gone', () => {
    const a = ev('a', 'First report of the meeting in Geneva');
    const b = ev('b', 'Second report of the meeting in Geneva');
    const merge: EditRecord = {
      ...base(),
      op: 'merge',
      targets: [
        { id: 'a', articleId: 'a1', quote: a.sources[0]!.quote },
        { id: 'b', articleId: 'a1', quote: b.sources[0]!.quote },
        { id: 'c', articleId: 'a1', quote: 'A third report that no longer exists' },
      ],
    };
    const result = applyEdits([a, b], [merge]);
    expect(result.events).toHaveLength(1);
    expect(result.events[0]?.sources).toHaveLength(2);
    expect(result.orphaned[0]?.description).toMatch(/1 of 3 events not found/);
  });

  it('applies edits in order: a later change wins, and a change after a merge follows the merged event', () => {
    const a = ev('a', 'First report of the meeting in Geneva');
    const b = ev('b', 'Second report of the meeting in Geneva');
    const edits: EditRecord[] = [
      change('a', a.sources[0]!.quote, 'One'),
      {
        ...base(),
        op: 'merge',
        targets: [
          { id: 'a', articleId: 'a1', quote: a.sources[0]!.quote },
          { id: 'b', articleId: 'a1', quote: b.sources[0]!.quote },
        ],
      },
      // Made on the event merged away: found in the merged event by its quote.
      change('b', b.sources[0]!.quote, 'Two'),
    ];
    const result = applyEdits([a, b], edits);
    expect(result.events.map((e) => e.title)).toEqual(['Two']);
    expect(result.events[0]?.edited?.machine?.title).toBe('Title a');
    expect(result.orphaned).toEqual([]);
  });

  it('leaves the machine events untouched', () => {
    const a = ev('a', 'First report of the meeting in Geneva');
    const frozen = JSON.stringify(a);
    applyEdits(
      [a],
      [change('a', a.sources[0]!.quote, 'Changed'), { ...base(), op: 'hide', target: { id: 'a' } }],
    );
    expect(JSON.stringify(a)).toBe(frozen);
  });
});
