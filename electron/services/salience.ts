/**
 * How much each event stands out, pure: a score from 0 to 1 from what the library says about it.
 *
 * - Reports: the independent articles that tell it after the cross-article merge, and the distinct
 *   outlets among them (an event five outlets carry is news; a detail one article mentions is not).
 * - A date written in the text ("on 20 April") rather than the article's publication day.
 * - Prominence of its actors: how many events of the library name them.
 * - Position: told in a headline or the lead sentence rather than a later paragraph.
 *
 * Each part is scaled to 0..1 within the library, so the score ranks events of one library; it is
 * recomputed whenever the snapshot is (after the merge and after every edit).
 */
import type { ArticleInfo, DateBasis, EventActor, NewsEvent } from '../shared/model';

/** Weight of each part in the score (they add up to 1). */
export const SALIENCE_WEIGHTS = { reports: 0.4, written: 0.15, actors: 0.2, position: 0.25 } as const;

/** Characters after the headline that count as the lead (the first sentence or two). */
export const LEAD_CHARS = 280;

/** The part of a date written in the text, by how the date was found. */
export const WRITTEN: Record<DateBasis, number> = { explicit: 1, relative: 0.6, reported: 0 };

/** The parts of an event's score, each 0..1. */
export interface SalienceParts {
  reports: number;
  written: number;
  actors: number;
  position: number;
}

/** Independent reports of an event: the articles that tell it and the outlets among them. */
export function reportsOf(
  event: Pick<NewsEvent, 'sources'>,
  articles: ReadonlyMap<string, ArticleInfo>,
): { articles: number; outlets: number } {
  const ids = new Set(event.sources.map((s) => s.articleId));
  const outlets = new Set<string>();
  for (const id of ids) {
    const source = articles.get(id)?.source?.trim().toLowerCase();
    outlets.add(source || `article:${id}`); // an article of no named outlet counts as its own
  }
  return { articles: ids.size, outlets: outlets.size };
}

/**
 * Where in its article a source lies: 1 in the headline, 0.8 in the lead, then less the later it
 * comes (0.6 at the start of the body down to 0 at its end). Unknown article: 0.3.
 */
export function positionScore(offset: number, article: ArticleInfo | undefined): number {
  if (!article) return 0.3;
  const at = offset - article.start;
  const headline = article.title.length + 1;
  if (at < headline) return 1;
  if (at < headline + LEAD_CHARS) return 0.8;
  const body = Math.max(1, article.end - article.start - headline - LEAD_CHARS);
  return 0.6 * Math.max(0, 1 - (at - headline - LEAD_CHARS) / body);
}

/** The distinct names of an event's actors (most events name one or two). */
function namesOf(event: Pick<NewsEvent, 'actors'>): readonly string[] {
  const actors = event.actors;
  if (actors.length === 1) return [(actors[0] as EventActor).name];
  const names: string[] = [];
  for (const a of actors) if (!names.includes(a.name)) names.push(a.name);
  return names;
}

/** How many events name each actor. */
export function actorCounts(events: readonly Pick<NewsEvent, 'actors'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) for (const name of namesOf(e)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}

/** `value` scaled to 0..1 against the library's `max`, on a log scale. */
export const scaled = (value: number, max: number): number =>
  max <= 0 ? 0 : Math.log1p(value) / Math.log1p(max);

/** What an event's score owes to the event alone (and its articles), worked out once per event. */
interface EventFacts {
  /** Articles reporting it plus the further outlets among them, minus one. */
  reports: number;
  written: number;
  position: number;
  /** Its actors' distinct names. */
  names: readonly string[];
}

function factsOf(e: NewsEvent, articles: ReadonlyMap<string, ArticleInfo>): EventFacts {
  let reports: number;
  if (e.sources.length === 1)
    reports = 1; // one article, one outlet
  else {
    const r = reportsOf(e, articles);
    // each further article counts, each further outlet counts again
    reports = r.articles + r.outlets - 1;
  }
  let position = 0;
  for (const s of e.sources) position = Math.max(position, positionScore(s.start, articles.get(s.articleId)));
  return { reports, written: WRITTEN[e.basis], position, names: namesOf(e) };
}

/**
 * The facts of each event object, for one list of articles: a snapshot made again after an edit
 * finds those of the events it did not change. Events are never changed in place (an edit makes a
 * new object), and a new or longer list of articles starts afresh.
 */
let facts: {
  articles: readonly ArticleInfo[];
  length: number;
  byEvent: WeakMap<NewsEvent, EventFacts>;
} | null = null;

function factsFor(events: readonly NewsEvent[], articleList: readonly ArticleInfo[]): EventFacts[] {
  if (!facts || facts.articles !== articleList || facts.length !== articleList.length)
    facts = { articles: articleList, length: articleList.length, byEvent: new WeakMap() };
  const byEvent = facts.byEvent;
  let articles: Map<string, ArticleInfo> | null = null;
  const out = new Array<EventFacts>(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as NewsEvent;
    let f = byEvent.get(e);
    if (!f) {
      articles ??= new Map(articleList.map((a) => [a.id, a]));
      f = factsOf(e, articles);
      byEvent.set(e, f);
    }
    out[i] = f;
  }
  return out;
}

/** The parts of the score of every event (in the order given). */
export function salienceParts(
  events: readonly NewsEvent[],
  articleList: readonly ArticleInfo[],
): SalienceParts[] {
  const all = factsFor(events, articleList);
  const counts = new Map<string, number>();
  let maxReports = 0;
  for (const f of all) {
    for (const name of f.names) counts.set(name, (counts.get(name) ?? 0) + 1);
    maxReports = Math.max(maxReports, f.reports - 1);
  }
  let maxActor = 0;
  for (const c of counts.values()) maxActor = Math.max(maxActor, c);
  // each actor's prominence once, not once per event that names it
  const prominence = new Map<string, number>();
  for (const [name, c] of counts) prominence.set(name, scaled(c, maxActor));
  return events.map((e, i) => {
    const f = all[i] as EventFacts;
    let actors = 0;
    for (const a of e.actors) actors = Math.max(actors, prominence.get(a.name) ?? 0);
    return {
      reports: scaled(Math.max(0, f.reports - 1), maxReports),
      written: f.written,
      actors,
      position: f.position,
    };
  });
}

/** The score of an event from its parts, 0..1, to three decimals. */
export function salienceOf(parts: SalienceParts): number {
  const w = SALIENCE_WEIGHTS;
  const score =
    w.reports * parts.reports +
    w.written * parts.written +
    w.actors * parts.actors +
    w.position * parts.position;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** The scored copy last made of each event: the same object again while its score stays. */
const scoredCopies = new WeakMap<NewsEvent, NewsEvent>();

/**
 * The events with their salience set (the order kept): a copy of each, the one made before for
 * the same event and score (the page's form of an event and its search text are kept per object,
 * so an edit leaves those of the events it did not change as they were).
 */
export function withSalience(events: readonly NewsEvent[], articles: readonly ArticleInfo[]): NewsEvent[] {
  const parts = salienceParts(events, articles);
  return events.map((e, i) => {
    const salience = salienceOf(parts[i] as SalienceParts);
    const before = scoredCopies.get(e);
    if (before && before.salience === salience) return before;
    const scored = { ...e, salience };
    scoredCopies.set(e, scored);
    return scored;
  });
}
