/**
 * The edited events kept in memory (curated-events.ts) against the batch functions: after any
 * sequence of edits of events and of actors, undo, redo, "show event" and "revert event" (which
 * take edits out of the middle), the events, their salience and order, the hidden events, the
 * actors, the actor book and the orphaned edits are exactly what replaying every edit from scratch
 * gives; and the changes answered patch the previous events into the new ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorBookOf, summarizeActors } from '../../electron/services/actor-summary';
import { CuratedEvents, type ShownChanges } from '../../electron/services/curated-events';
import { applyEdits } from '../../electron/services/edits/apply';
import { refOf, type EditRecord, type EventRef } from '../../electron/services/edits/records';
import { withSalience } from '../../electron/services/salience';
import { inDateOrder } from '../../electron/services/time-order';
import type { Snapshot } from '../../electron/shared/contract';
import type { ActorKind, ArticleInfo, EventActor, NewsEvent } from '../../electron/shared/model';
import { compareByDate } from '../../electron/shared/page-events';
import { PROPERTY_RUNS } from '../property-runs';

// Few names, dates and quotes, so that edits meet: names alike but for case or accents, one
// name of two kinds, quotes long enough for the loose match and one inside another.
const NAMES = ['Kofi Annan', 'Annan', 'UN', 'Russia', 'Putin', 'the West', 'West', 'é', 'e\u0301'];
const KINDS: ActorKind[] = ['person', 'organization', 'country', 'group'];
const DATES = ['2025-01-01', '2025-01-02', '2025-01', '2025', '2024-12-31'];
const QUOTES = [
  'Annan said on Tuesday that talks would resume',
  'talks would resume',
  'Russia rejected the offer on Wednesday morning',
  'The West imposed new sanctions on Friday',
  'Putin called for a ceasefire in the region',
];
const OUTLETS = ['Reuters', 'AP', undefined, 'reuters '];

const articleArb = (i: number) =>
  fc
    .record({
      source: fc.constantFrom(...OUTLETS),
      title: fc.constantFrom('Talks', 'A much longer headline'),
    })
    .map(({ source, title }): ArticleInfo => ({
      id: `a${i}`,
      title,
      published: '2025-01-14',
      ...(source !== undefined ? { source } : {}),
      file: `f${i}.md`,
      origin: 'library',
      start: i * 1000,
      end: i * 1000 + 600,
    }));

const actorArb = fc.record({
  name: fc.constantFrom(...NAMES),
  kind: fc.constantFrom(...KINDS),
  role: fc.constantFrom<EventActor['role']>('source', 'target'),
});
const sourceArb = fc
  .record({ article: fc.nat(3), quote: fc.constantFrom(...QUOTES), at: fc.nat(700) })
  .map(({ article, quote, at }) => ({
    articleId: `a${article}`,
    quote,
    start: article * 1000 + at,
    end: article * 1000 + at + 20,
  }));
const dateArb = fc.record({
  start: fc.constantFrom(...DATES),
  end: fc.option(fc.constantFrom('2025-01-05', '2025-02-01'), { nil: undefined }),
});
const eventArb = (i: number) =>
  fc
    .record({
      title: fc.constantFrom('Talks resume', 'Offer rejected', 'Sanctions'),
      date: dateArb,
      basis: fc.constantFrom<NewsEvent['basis']>('explicit', 'relative', 'reported'),
      actors: fc.array(actorArb, { maxLength: 3 }),
      cameo: fc.constantFrom(null, '01', '17'),
      sources: fc.array(sourceArb, { minLength: 1, maxLength: 3 }),
    })
    .map(({ title, date, basis, actors, cameo, sources }): NewsEvent => ({
      id: `m${i}`,
      title,
      start: date.start,
      ...(date.end ? { end: date.end } : {}),
      precision: date.start.length === 10 ? 'day' : date.start.length === 7 ? 'month' : 'year',
      basis,
      actors,
      cameo,
      sources,
    }));

/** One step of a session, its numbers picking what it acts on among what exists then. */
const stepArb = fc.record({
  op: fc.constantFrom(
    'change',
    'change',
    'date',
    'hide',
    'hide',
    'merge',
    'split',
    'add',
    'undo',
    'undo',
    'redo',
    'show',
    'revert',
    'actor-merge',
    'actor-rename',
    'actor-alias',
    'actor-unmerge',
    'actor-split',
    'actor-hide',
    'actor-kind',
    'actor-dismiss',
  ),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  /** How the edit names its event: by id, by quote only (an id that no longer exists), or not at all. */
  ref: fc.constantFrom('id', 'id', 'id', 'quote', 'lost'),
  actors: fc.array(actorArb, { maxLength: 3 }),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** Everything a snapshot holds of the edited events, made by the batch functions from scratch. */
function fromScratch(
  machine: readonly NewsEvent[],
  articles: readonly ArticleInfo[],
  edits: readonly EditRecord[],
) {
  const result = applyEdits(machine, edits);
  const events = withSalience(inDateOrder(result.events), articles);
  const actors = summarizeActors(events, result.actors.kinds);
  return {
    events,
    actors,
    hiddenEvents: result.hidden,
    orphaned: result.orphaned,
    actorBook: actorBookOf(actors, result.actors),
    touched: result.touched,
    layer: result.actors,
  };
}

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];

let made = 0;
const base = () => ({ id: `e${(made += 1)}`, at: '2026-01-01T00:00:00.000Z' });

/** The session's edits as the store keeps them: the list in force and the lists undo and redo go to. */
interface Session {
  edits: readonly EditRecord[];
  past: (readonly EditRecord[])[];
  future: (readonly EditRecord[])[];
}

/** The list of edits after `step` (the same list when the step finds nothing to do). */
function next(session: Session, step: Step, state: ReturnType<typeof fromScratch>): void {
  const alive = [...state.events, ...state.hiddenEvents];
  const event = pick(alive, step.a);
  const refTo = (e: NewsEvent | undefined): EventRef => {
    if (!e || step.ref === 'lost') return { id: 'gone', articleId: 'a9', quote: 'no such sentence anywhere' };
    const ref = refOf(e);
    return step.ref === 'quote' ? { ...ref, id: 'old-id' } : ref;
  };
  const names = [...new Set(alive.flatMap((e) => e.actors.map((a) => a.name))), ...NAMES];
  const name = pick(names, step.b) as string;
  const other = pick(names, step.c) as string;
  const append = (record: EditRecord) => change([...session.edits, record]);
  const change = (edits: readonly EditRecord[]) => {
    session.past.push(session.edits);
    session.future = [];
    session.edits = edits;
  };
  switch (step.op) {
    case 'change':
      return append({
        ...base(),
        op: 'change',
        target: refTo(event),
        patch: step.b % 2 ? { title: `T${step.c % 3}` } : { actors: step.actors, cameo: '04' },
      });
    case 'date': {
      const start = pick(DATES, step.b) as string;
      const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
      return append({
        ...base(),
        op: 'change',
        target: refTo(event),
        patch: { start, precision, ...(step.c % 2 ? { end: null } : {}) },
      });
    }
    case 'hide':
      return append({ ...base(), op: 'hide', target: refTo(event) });
    case 'merge':
      return append({
        ...base(),
        op: 'merge',
        targets: [
          refTo(event),
          refTo(pick(alive, step.b)),
          ...(step.c % 2 ? [refTo(pick(alive, step.c))] : []),
        ],
      });
    case 'split': {
      const quotes = event ? event.sources.filter((_, i) => (step.b >> i) % 2).map((s) => s.quote) : [];
      return append({
        ...base(),
        op: 'split',
        target: refTo(event),
        quotes: quotes.length ? quotes : ['talks would resume'],
      });
    }
    case 'add': {
      const id = step.c % 5 === 0 && event ? event.id : `user_${made}`;
      return append({
        ...base(),
        op: 'add',
        event: {
          id,
          title: 'Added',
          start: pick(DATES, step.b) as string,
          precision: 'day',
          basis: 'explicit',
          actors: step.actors,
          cameo: null,
          sources: [{ articleId: 'a1', quote: 'Added by hand here', start: 1010, end: 1030 }],
        },
      });
    }
    case 'undo': {
      const back = session.past.pop();
      if (back) {
        session.future.push(session.edits);
        session.edits = back;
      }
      return;
    }
    case 'redo': {
      const forward = session.future.pop();
      if (forward) {
        session.past.push(session.edits);
        session.edits = forward;
      }
      return;
    }
    case 'show':
    case 'revert': {
      if (!event) return;
      const touches = (e: EditRecord) => state.touched.get(e.id)?.includes(event.id);
      return change(session.edits.filter((e) => !(touches(e) && (step.op === 'revert' || e.op === 'hide'))));
    }
    case 'actor-merge':
      return append({ ...base(), op: 'actor-merge', names: [name], into: other });
    case 'actor-rename':
      return append({ ...base(), op: 'actor-rename', name, to: step.c % 3 ? other : `${name} Jr` });
    case 'actor-alias':
      return append({ ...base(), op: 'actor-alias', alias: name, actor: other });
    case 'actor-unmerge':
      return append({ ...base(), op: 'actor-unmerge', name });
    case 'actor-split':
      return append({
        ...base(),
        op: 'actor-split',
        name,
        to: other,
        targets: [refTo(event), ...(step.c % 2 ? [refTo(pick(alive, step.c))] : [])],
      });
    case 'actor-hide':
      return append({ ...base(), op: 'actor-hide', name, hidden: step.c % 3 !== 0 });
    case 'actor-kind':
      return append({ ...base(), op: 'actor-kind', name, kind: pick(KINDS, step.c) as ActorKind });
    case 'actor-dismiss':
      return append({ ...base(), op: 'actor-dismiss', from: name, into: other });
  }
}

/** `before` (events in date order) with `changes` made, as the page patches its copy. */
function patched(before: readonly NewsEvent[], changes: ShownChanges): NewsEvent[] {
  const kept = before.filter((e) => !changes.has(e.id));
  const changed = [...changes.values()].filter((e): e is NewsEvent => e !== null);
  return [...kept, ...changed].sort(compareByDate);
}

describe('the edited events kept in memory', () => {
  it(`give what replaying every edit from scratch gives, after any session (${PROPERTY_RUNS} cases)`, () => {
    const library = fc
      .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 1, max: 4 }))
      .chain(([events, articles]) =>
        fc.record({
          machine: fc.tuple(...Array.from({ length: events }, (_, i) => eventArb(i))),
          articles: fc.tuple(...Array.from({ length: articles }, (_, i) => articleArb(i))),
          steps: fc.array(stepArb, { minLength: 1, maxLength: 30 }),
          adoptAfter: fc.nat(5),
        }),
      );
    fc.assert(
      fc.property(library, ({ machine, articles, steps, adoptAfter }) => {
        const session: Session = { edits: [], past: [], future: [] };
        let curated: CuratedEvents | null = null;
        let previous: NewsEvent[] = [];
        steps.forEach((step, i) => {
          next(session, step, fromScratch(machine, articles, session.edits));
          const expected = fromScratch(machine, articles, session.edits);
          if (!curated) {
            if (i < adoptAfter) return;
            // taken over from a snapshot the batch functions made, as curation does
            const snapshot: Snapshot = {
              articles,
              events: expected.events,
              actors: expected.actors,
              problems: [],
              hiddenEvents: expected.hiddenEvents,
              actorBook: expected.actorBook,
            };
            curated = new CuratedEvents(machine, articles, session.edits, snapshot);
          } else {
            const changes = curated.moveTo(session.edits);
            expect(patched(previous, changes)).toStrictEqual(expected.events);
          }
          expect(curated.events()).toStrictEqual(expected.events);
          expect(curated.hiddenEvents()).toStrictEqual(expected.hiddenEvents);
          expect(curated.actors()).toStrictEqual(expected.actors);
          expect(curated.actorBook()).toStrictEqual(expected.actorBook);
          expect(curated.orphaned()).toStrictEqual(expected.orphaned);
          expect(curated.actorLayer()).toStrictEqual(expected.layer);
          expect(new Map(curated.touched())).toStrictEqual(expected.touched);
          for (const e of [...expected.events, ...expected.hiddenEvents]) {
            const { salience: _salience, ...found } = { ...curated.find(e.id) };
            const { salience: _expected, ...want } = e;
            expect(found).toStrictEqual(want);
          }
          previous = curated.events();
        });
      }),
      { numRuns: PROPERTY_RUNS },
    );
  }, 180_000);
});
