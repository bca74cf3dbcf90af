/**
 * Merging across places: the same real-world event told in several places (several files, or
 * several places of one file) becomes one event with several sources. Two events are the same
 * with the same source actor, compatible dates and CAMEO codes, and enough shared wording (after
 * folding common synonyms, `word-stems`) or the same target. The merging within one file, by
 * its structure, is in `merge-drafts`.
 */
import type { EventSource, NewsEvent } from '../shared/model';
import { datesCompatible } from './dates';
import { stems } from './word-stems';

/** The name of an event's source actor, if it has one. */
export function sourceOf(e: NewsEvent): string | undefined {
  return e.actors.find((a) => a.role === 'source')?.name;
}

/** True when two events are the same real-world event, by actors, dates, codes and wording. */
export function sameEvent(
  a: NewsEvent,
  b: NewsEvent,
  lenient = false,
  known?: { a: Set<string>; b: Set<string> },
): boolean {
  const sa = sourceOf(a);
  const sb = sourceOf(b);
  if (!sa || !sb) return false;
  // (the cheap tests first: most pairs a merge looks at are days apart)
  if (!datesCompatible(a, b)) return false;
  const bActors = new Set(b.actors.map((x) => x.name));
  const aActors = new Set(a.actors.map((x) => x.name));
  if (sa !== sb && !(bActors.has(sa) && aActors.has(sb))) return false;
  // "did not sell" and "sold" are two accounts, not one event
  if ((a.modality === 'negated') !== (b.modality === 'negated')) return false;
  // different kinds of event are different events; a plain statement may restate any kind, an
  // act of no known kind included
  if (a.cameo !== b.cameo && a.cameo !== '01' && b.cameo !== '01') return false;
  const names = [...aActors, ...bActors];
  const wa = known?.a ?? stems(a.sources.map((s) => s.quote).join(' '), names);
  const wb = known?.b ?? stems(b.sources.map((s) => s.quote).join(' '), names);
  const { shared } = overlapOf(wa, wb);
  if (!shared) return false;
  if (lenient && a.cameo && b.cameo && shareArticle(a, b)) {
    // the same specific act by the same actors in one article; a statement restating it needs more words
    if (a.cameo === b.cameo && a.cameo !== '01' && shared >= 2) return true;
    if (sa !== sb) return false;
    if (a.cameo !== b.cameo && (a.cameo === '01' || b.cameo === '01') && shared >= 3) return true;
  }
  return wordsAlike(wa, wb);
}

/** The content stems two reports share, and their share of the smaller set. */
function overlapOf(wa: Set<string>, wb: Set<string>): { shared: number; overlap: number } {
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const smaller = Math.min(wa.size, wb.size);
  return { shared, overlap: smaller ? shared / smaller : 0 };
}

/** True when two reports tell in the same words: three shared stems and half of them, or two and two thirds. */
function wordsAlike(wa: Set<string>, wb: Set<string>): boolean {
  const { shared, overlap } = overlapOf(wa, wb);
  return (shared >= 3 && overlap >= 0.5) || (shared >= 2 && overlap >= 0.66);
}

/** Folds `b` into `a`: sources joined, the written date kept over a reported one, actors joined. */
export function combine(a: NewsEvent, b: NewsEvent): NewsEvent {
  const sources: EventSource[] = [...a.sources];
  for (const s of b.sources) {
    if (!sources.some((x) => x.articleId === s.articleId && x.start === s.start && x.end === s.end))
      sources.push(s);
  }
  let dated: NewsEvent = a;
  if (a.basis === 'reported' && b.basis !== 'reported') dated = b;
  else if (a.basis === 'reported' && b.basis === 'reported' && b.start < a.start) dated = b;
  const actors = [...a.actors];
  for (const x of b.actors) if (!actors.some((y) => y.name === x.name)) actors.push({ ...x, role: 'target' });
  const merged: NewsEvent = {
    id: a.id < b.id ? a.id : b.id,
    title: a.title,
    start: dated.start,
    precision: dated.precision,
    basis: dated.basis,
    actors,
    cameo: a.cameo ?? b.cameo,
    sources,
  };
  if (dated.end) merged.end = dated.end;
  if (dated.expression) merged.expression = dated.expression;
  if (dated.timex) merged.timex = dated.timex;
  if (dated.approximation) merged.approximation = dated.approximation;
  // a report that tells it as a fact makes it one
  if (a.modality && b.modality) merged.modality = a.modality;
  return merged;
}

/**
 * The merge below, online: events added in order, batch after batch, give the same events as one
 * merge of them all in that order (an import merges only the files it adds). `acrossArticles`
 * merges only events of different articles: a file's own merge (`merge-drafts`) has decided which
 * events of one article are one ("The president also inaugurated …" stays apart).
 */
export function createEventMerger(options: { acrossArticles?: boolean } = {}): {
  add(events: readonly NewsEvent[]): void;
  events(): NewsEvent[];
} {
  const out: NewsEvent[] = [];
  const outStems: Array<Set<string>> = [];
  // source actor → stem → events holding it: only events sharing wording are compared
  const index = new Map<string, Map<string, number[]>>();
  let shared = new Int32Array(1024);
  const touched: number[] = [];
  return {
    add(events) {
      for (const e of events) {
        const src = sourceOf(e) ?? '';
        const own = stems(
          e.sources.map((s) => s.quote).join(' '),
          e.actors.map((a) => a.name),
        );
        // an event with no source actor is the same as no other (`sameEvent`): nothing to look up
        if (!src) {
          out.push(e);
          outStems.push(own);
          continue;
        }
        const byStem = index.get(src) ?? new Map<string, number[]>();
        index.set(src, byStem);
        // how many of its stems each earlier event holds (counted in an array, reset after)
        if (shared.length < out.length) {
          const grown = new Int32Array(Math.max(out.length, shared.length * 2));
          grown.set(shared);
          shared = grown;
        }
        const candidates: number[] = [];
        for (const w of own) {
          const list = byStem.get(w);
          if (!list) continue;
          for (const i of list) {
            const n = (shared[i] ?? 0) + 1;
            shared[i] = n;
            if (n === 1) touched.push(i);
            // (only events sharing two stems or more can be the same: those alone are compared)
            else if (n === 2) candidates.push(i);
          }
        }
        for (const i of touched) shared[i] = 0;
        touched.length = 0;
        let target = -1;
        // (in the order they came, the cheap date test first, as most are days apart)
        candidates.sort((a, b) => a - b);
        for (const i of candidates) {
          const host = out[i];
          if (
            host &&
            datesCompatible(host, e) &&
            !(options.acrossArticles && shareArticle(host, e)) &&
            sameEvent(host, e, false, { a: outStems[i] ?? new Set(), b: own })
          ) {
            target = i;
            break;
          }
        }
        if (target < 0) {
          out.push(e);
          outStems.push(own);
          target = out.length - 1;
        } else {
          out[target] = combine(out[target] as NewsEvent, e);
          for (const w of own) outStems[target]?.add(w);
        }
        for (const w of own) {
          const list = byStem.get(w) ?? [];
          if (list[list.length - 1] !== target) list.push(target);
          byStem.set(w, list);
        }
      }
    },
    events: () => [...out],
  };
}

/** True when the two events have a source in one article (whose merge has decided on them already). */
function shareArticle(a: NewsEvent, b: NewsEvent): boolean {
  return a.sources.some((x) => b.sources.some((y) => y.articleId === x.articleId));
}

/** Merges events that are the same real-world event; order is kept (first occurrence first). */
export function mergeEvents(events: NewsEvent[], options: { acrossArticles?: boolean } = {}): NewsEvent[] {
  const merger = createEventMerger(options);
  merger.add(events);
  return merger.events();
}
