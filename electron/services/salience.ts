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
import type { ArticleInfo, DateBasis, NewsEvent } from '../shared/model';

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

/** How many events name each actor. */
export function actorCounts(events: readonly Pick<NewsEvent, 'actors'>[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) {
    for (const name of new Set(e.actors.map((a) => a.name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** `value` scaled to 0..1 against the library's `max`, on a log scale. */
export const scaled = (value: number, max: number): number =>
  max <= 0 ? 0 : Math.log1p(value) / Math.log1p(max);

/** The parts of the score of every event (in the order given). */
export function salienceParts(
  events: readonly NewsEvent[],
  articleList: readonly ArticleInfo[],
): SalienceParts[] {
  const articles = new Map(articleList.map((a) => [a.id, a]));
  const counts = actorCounts(events);
  let maxActor = 0;
  for (const c of counts.values()) maxActor = Math.max(maxActor, c);
  const reports = events.map((e) => {
    const r = reportsOf(e, articles);
    // each further article counts, each further outlet counts again
    return r.articles + r.outlets - 1;
  });
  const maxReports = Math.max(0, ...reports.map((r) => r - 1));
  return events.map((e, i) => {
    let actors = 0;
    for (const a of e.actors) actors = Math.max(actors, scaled(counts.get(a.name) ?? 0, maxActor));
    let position = 0;
    for (const s of e.sources)
      position = Math.max(position, positionScore(s.start, articles.get(s.articleId)));
    return {
      reports: scaled(Math.max(0, (reports[i] as number) - 1), maxReports),
      written: WRITTEN[e.basis],
      actors,
      position,
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

/** The events with their salience set (new objects; the order kept). */
export function withSalience(events: readonly NewsEvent[], articles: readonly ArticleInfo[]): NewsEvent[] {
  const parts = salienceParts(events, articles);
  return events.map((e, i) => ({ ...e, salience: salienceOf(parts[i] as SalienceParts) }));
}
