import { describe, expect, it } from 'vitest';
import { legendMarks, marksOfEvents, type LegendContext } from '../../../renderer/src/timeline/legend-marks';
import { makeEvent } from '../fixtures';

const context = (change: Partial<LegendContext> = {}): LegendContext => ({
  quads: new Set([1, 2, 3, 4]),
  bars: true,
  modalities: new Set(),
  lanes: false,
  laneKinds: new Set(['country', 'organization', 'group', 'person']),
  bands: null,
  searching: false,
  ...change,
});
const labels = (c: LegendContext) => legendMarks(c).map((m) => m.label);

describe('the legend of the timeline', () => {
  it('lists the kinds’ colours shown and the bar of dates not known to the day', () => {
    expect(labels(context())).toEqual([
      'Verbal cooperation',
      'Material cooperation',
      'Verbal conflict',
      'Material conflict',
      'Dashed: month, year or approximate date',
    ]);
    expect(labels(context({ quads: new Set([3, 0]), bars: false }))).toEqual([
      'Verbal conflict',
      'Kind not classified',
    ]);
  });

  it('adds the search’s mark, the ways of telling, and the lanes’ colours when they are on the timeline', () => {
    const all = labels(
      context({ searching: true, lanes: true, modalities: new Set(['planned', 'negated']) }),
    );
    expect(all).toEqual(
      expect.arrayContaining([
        'Italics: planned or only reported',
        'Struck through: did not happen',
        'Ringed: matches the search',
        'Country lane',
        'Person lane',
      ]),
    );
    expect(labels(context({ lanes: true, laneKinds: new Set(['person', 'market']) }))).toContain(
      'Person lane',
    );
    expect(labels(context({ lanes: true, laneKinds: new Set(['person']) }))).not.toContain('Country lane');
  });

  it('explains the bands, and only them, when events are counted per period', () => {
    expect(labels(context({ bands: 'month', lanes: true, searching: true }))).toEqual([
      'Band: number of events per month (darker: more)',
      'Country lane',
      'Organisation lane',
      'Group lane',
      'Person lane',
    ]);
  });

  it('reads the marks in use off the events shown', () => {
    const marks = marksOfEvents(
      [
        makeEvent({ id: 'a', cameo: '010', actors: [{ name: 'Lavrov', kind: 'person', role: 'source' }] }),
        makeEvent({
          id: 'b',
          cameo: null,
          modality: 'reported',
          actors: [{ name: 'NATO', kind: 'organization', role: 'source' }],
        }),
      ],
      new Set(['NATO']),
    );
    expect([...marks.quads].sort()).toEqual([0, 1]);
    expect([...marks.laneKinds]).toEqual(['person']);
    expect(marks.bars).toBe(false);
    expect([...marks.modalities]).toEqual(['reported']);
    expect(marksOfEvents([makeEvent({ id: 'm', start: '2025-01', precision: 'month' })]).bars).toBe(true);
  });
});
