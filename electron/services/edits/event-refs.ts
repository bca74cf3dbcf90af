/**
 * How an edit names its event (id, and the quote of its first source) and how it finds it again
 * when the ids changed after the articles were extracted again.
 */
import type { EventSource, NewsEvent } from '../../shared/model';

/** How an edit names its event: id first, then the quote of its first source. */
export interface EventRef {
  id: string;
  articleId?: string;
  quote?: string;
}

const squash = (text: string): string => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

const quoteMatches = (source: EventSource, ref: EventRef): boolean =>
  ref.quote !== undefined &&
  source.quote === ref.quote &&
  (!ref.articleId || source.articleId === ref.articleId);

/** A looser match for re-extracted sentences: same article, one quote contains the other. */
const quoteOverlaps = (source: EventSource, ref: EventRef): boolean => {
  if (ref.quote === undefined || (ref.articleId && source.articleId !== ref.articleId)) return false;
  const a = squash(source.quote);
  const b = squash(ref.quote);
  return a.length >= 12 && b.length >= 12 && (a.includes(b) || b.includes(a));
};

/**
 * The event `ref` names: by id in `byId`, else among `events` by the quote of a source (exactly,
 * then loosely within the same article).
 */
export function findRef(
  ref: EventRef,
  byId: ReadonlyMap<string, NewsEvent>,
  events: () => readonly NewsEvent[],
): NewsEvent | undefined {
  const found = byId.get(ref.id);
  if (found) return found;
  const all = events();
  return (
    all.find((e) => e.sources.some((s) => quoteMatches(s, ref))) ??
    all.find((e) => e.sources.some((s) => quoteOverlaps(s, ref)))
  );
}

/** The reference an edit keeps to an event. */
export const refOf = (event: NewsEvent): EventRef => {
  const first = event.sources[0];
  return first ? { id: event.id, articleId: first.articleId, quote: first.quote } : { id: event.id };
};
