import { describe, expect, it } from 'vitest';
import { countInSpan, rangeInWords } from '../../../renderer/src/lib/share-caption';
import { makeEvent } from '../fixtures';

const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('the caption of what is shared', () => {
  it('gives the dates shown and the number of events in them', () => {
    expect(rangeInWords({ start: at('2025-01-03'), end: at('2025-02-20') }, 24)).toBe(
      '3 January 2025 to 20 February 2025 · 24 events',
    );
    expect(rangeInWords({ start: at('2025-01-03'), end: at('2025-01-04') }, 1)).toBe(
      '3 January 2025 to 4 January 2025 · 1 event',
    );
    expect(rangeInWords({ start: at('1998-08-09'), end: at('2028-08-09') }, 3340)).toContain('3,340 events');
  });

  it('counts the events drawn in the window: points in it, bars that overlap it', () => {
    const events = [
      makeEvent({ id: 'before', start: '2025-01-01', precision: 'day' }),
      makeEvent({ id: 'in', start: '2025-01-10', precision: 'day' }),
      makeEvent({ id: 'month', start: '2024-12', precision: 'month' }),
      makeEvent({ id: 'after', start: '2025-03-01', precision: 'day' }),
    ];
    expect(countInSpan(events, { start: at('2024-12-31'), end: at('2025-02-01') })).toBe(3);
    expect(countInSpan(events, { start: at('2025-01-02'), end: at('2025-02-01') })).toBe(1);
  });
});
