/**
 * The salience pass keeps what it worked out per event object (and reuses the scored copy of an
 * event whose score stays): these check that the scores are those of a plain computation from
 * scratch, and that an edit, a new article list or a change of the library's maxima is reflected.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArticleInfo, NewsEvent } from '../../electron/shared/model';
import {
  positionScore,
  reportsOf,
  salienceOf,
  SALIENCE_WEIGHTS,
  withSalience,
} from '../../electron/services/salience';

const WRITTEN = { explicit: 1, relative: 0.6, reported: 0 } as const;
const scaled = (value: number, max: number): number => (max <= 0 ? 0 : Math.log1p(value) / Math.log1p(max));

/** The score of every event worked out from scratch, as the pass did before it kept anything. */
function reference(events: readonly NewsEvent[], articleList: readonly ArticleInfo[]): number[] {
  const articles = new Map(articleList.map((a) => [a.id, a]));
  const counts = new Map<string, number>();
  for (const e of events)
    for (const name of new Set(e.actors.map((a) => a.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  let maxActor = 0;
  for (const c of counts.values()) maxActor = Math.max(maxActor, c);
  const reports = events.map((e) => {
    const r = reportsOf(e, articles);
    return r.articles + r.outlets - 1;
  });
  let maxReports = 0;
  for (const r of reports) maxReports = Math.max(maxReports, r - 1);
  return events.map((e, i) => {
    let actors = 0;
    for (const a of e.actors) actors = Math.max(actors, scaled(counts.get(a.name) ?? 0, maxActor));
    let position = 0;
    for (const s of e.sources)
      position = Math.max(position, positionScore(s.start, articles.get(s.articleId)));
    return salienceOf({
      reports: scaled(Math.max(0, (reports[i] as number) - 1), maxReports),
      written: WRITTEN[e.basis],
      actors,
      position,
    });
  });
}

const article = (id: string, source?: string): ArticleInfo => ({
  id,
  title: `Title of ${id}`,
  published: '2025-01-14',
  ...(source ? { source } : {}),
  file: `${id}.md`,
  origin: 'library',
  start: 0,
  end: 3000,
});
const ARTICLES = [article('a', 'AP'), article('b', 'Reuters'), article('c', 'AP'), article('d')];
const ACTORS = ['Lavrov', 'Blinken', 'Guterres', 'Zelensky'];

const eventArb = (id: string) =>
  fc
    .record({
      basis: fc.constantFrom('explicit', 'relative', 'reported' as const),
      actors: fc.array(fc.constantFrom(...ACTORS), { maxLength: 3 }),
      sources: fc.array(
        fc.record({ article: fc.constantFrom('a', 'b', 'c', 'd', 'gone'), start: fc.nat(3500) }),
        {
          minLength: 0,
          maxLength: 3,
        },
      ),
    })
    .map((r): NewsEvent => ({
      id,
      title: id,
      start: '2025-01-14',
      precision: 'day',
      basis: r.basis as NewsEvent['basis'],
      actors: r.actors.map((name) => ({ name, kind: 'person', role: 'source' })),
      cameo: null,
      sources: r.sources.map((s) => ({ articleId: s.article, quote: 'q', start: s.start, end: s.start + 5 })),
    }));
const eventsArb = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => eventArb(`e${i}`))));

describe('salience kept per event', () => {
  it('gives the scores of a computation from scratch, for a first pass and a second over the same events', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const expected = reference(events, ARTICLES);
        expect(withSalience(events, ARTICLES).map((e) => e.salience)).toEqual(expected);
        expect(withSalience(events, ARTICLES).map((e) => e.salience)).toEqual(expected);
      }),
    );
  });

  it('hands back the same scored copy of an unchanged event, and a new one for an edited event', () => {
    const events: NewsEvent[] = ['x', 'y', 'z'].map((id, i) => ({
      id,
      title: id,
      start: '2025-01-14',
      precision: 'day',
      basis: 'reported',
      actors: [{ name: ACTORS[i] as string, kind: 'person', role: 'source' }],
      cameo: null,
      sources: [{ articleId: 'a', quote: 'q', start: 2000, end: 2005 }],
    }));
    const first = withSalience(events, ARTICLES);
    const again = withSalience(events, ARTICLES);
    expect(again.every((e, i) => e === first[i])).toBe(true);
    // an edit: the date of y is now written in the text, which scores higher
    const edited = { ...(events[1] as NewsEvent), basis: 'explicit' as const };
    const after = withSalience([events[0] as NewsEvent, edited, events[2] as NewsEvent], ARTICLES);
    expect(after[0]).toBe(first[0]);
    expect(after[2]).toBe(first[2]);
    expect(after[1]).not.toBe(first[1]);
    expect(after[1]?.basis).toBe('explicit');
    expect(after[1]?.salience).toBeGreaterThan(first[1]?.salience ?? 1);
    expect(after.map((e) => e.salience)).toEqual(reference(after, ARTICLES));
  });

  it('scores every event again when an edit changes the library maxima (an actor named more often)', () => {
    const make = (id: string, names: string[]): NewsEvent => ({
      id,
      title: id,
      start: '2025-01-14',
      precision: 'day',
      basis: 'reported',
      actors: names.map((name) => ({ name, kind: 'person' as const, role: 'source' as const })),
      cameo: null,
      sources: [{ articleId: 'a', quote: 'q', start: 2000, end: 2005 }],
    });
    const events = [make('p', ['Lavrov']), make('q', ['Lavrov']), make('r', ['Blinken'])];
    const before = withSalience(events, ARTICLES);
    const edited = [events[0] as NewsEvent, events[1] as NewsEvent, make('r', ['Blinken', 'Lavrov'])];
    const after = withSalience(edited, ARTICLES);
    expect(after.map((e) => e.salience)).toEqual(reference(edited, ARTICLES));
    expect(before.map((e) => e.salience)).toEqual(reference(events, ARTICLES));
  });

  it('reads the articles again when their list changes (an import naming an outlet)', () => {
    const events: NewsEvent[] = [
      {
        id: 'two',
        title: 'two',
        start: '2025-01-14',
        precision: 'day',
        basis: 'reported',
        actors: [],
        cameo: null,
        sources: [
          { articleId: 'a', quote: 'q', start: 2000, end: 2005 },
          { articleId: 'c', quote: 'q', start: 2000, end: 2005 },
        ],
      },
      {
        id: 'three',
        title: 'three',
        start: '2025-01-14',
        precision: 'day',
        basis: 'reported',
        actors: [],
        cameo: null,
        sources: ['a', 'b', 'd'].map((articleId) => ({ articleId, quote: 'q', start: 2000, end: 2005 })),
      },
      {
        id: 'one',
        title: 'one',
        start: '2025-01-14',
        precision: 'day',
        basis: 'reported',
        actors: [],
        cameo: null,
        sources: [{ articleId: 'a', quote: 'q', start: 2000, end: 2005 }],
      },
    ];
    const sameOutlet = withSalience(events, ARTICLES);
    // c is now from another outlet: the event two outlets carry counts again
    const articles = ARTICLES.map((a) => (a.id === 'c' ? { ...a, source: 'BBC' } : a));
    const twoOutlets = withSalience(events, articles);
    expect(twoOutlets.map((e) => e.salience)).toEqual(reference(events, articles));
    expect(twoOutlets[0]?.salience).toBeGreaterThan(sameOutlet[0]?.salience ?? 1);
  });

  it('weighs the parts as documented', () => {
    expect(Object.values(SALIENCE_WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });
});
