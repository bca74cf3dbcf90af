/**
 * Salience kept up to date as events come and go (after an edit), beside the batch functions of
 * salience.ts: the same score, to the last bit, as `withSalience` gives over the same events.
 *
 * The score of an event depends on the library through two maxima (the most reported event, the
 * most named actor) and the number of events naming each of its actors; everything else is the
 * event's own. The tracker keeps each event's own parts in flat arrays (a slot per event), the
 * counts per actor and the events naming each, and the score last given; after an edit it scores
 * again, from those arrays (no object is made), the events naming an actor whose count moved
 * (every event when a maximum moved), and answers the events whose score changed.
 */
import type { ArticleInfo, EventSource, NewsEvent } from '../shared/model';
import { positionScore, reportsOf, salienceOf, scaled, WRITTEN, type SalienceParts } from './salience';

type Scored = Pick<NewsEvent, 'id' | 'actors' | 'sources' | 'basis'>;

/** The counts and maxima the scores of a library's shown events depend on, and each event's score. */
export class SalienceTracker {
  private readonly articles: ReadonlyMap<string, ArticleInfo>;
  private readonly slots = new Map<string, number>();
  private readonly free: number[] = [];
  /** By slot: the event's id (undefined: free), reports figure, written and position parts, actors (by name number), score. */
  private readonly ids: (string | undefined)[] = [];
  private readonly reports: number[] = [];
  private readonly written: number[] = [];
  private readonly position: number[] = [];
  private readonly actors: number[][] = [];
  private readonly scores: number[] = [];
  /** Actor names by number, and the events naming each (an actor named twice in one event counts once). */
  private readonly names = new Map<string, number>();
  private readonly counts: number[] = [];
  /** The slots of the events naming each actor, by name number. */
  private readonly naming: Set<number>[] = [];
  /** Events by reports figure. */
  private readonly byReports = new Map<number, number>();
  private maxima: { actor: number; reports: number } | null = null;
  /** Maxima at the last `rescore`. */
  private scoredWith = { actor: -1, reports: -1 };
  /** Counts before they moved since the last `rescore`, by name number; slots added since. */
  private readonly countsBefore = new Map<number, number>();
  private fresh: number[] = [];
  private readonly parts: SalienceParts = { reports: 0, written: 0, actors: 0, position: 0 };

  /** A tracker of the shown `events` (with their salience) of a library of `articles`. */
  constructor(events: Iterable<Scored & { salience?: number }>, articles: readonly ArticleInfo[]) {
    this.articles = new Map(articles.map((a) => [a.id, a]));
    for (const e of events) {
      const slot = this.add(e);
      this.scores[slot] = e.salience ?? NaN;
    }
    this.scoredWith = this.currentMaxima();
    this.countsBefore.clear();
    this.fresh = [];
  }

  private recount(n: number, by: 1 | -1): void {
    const c = this.counts[n] as number;
    if (!this.countsBefore.has(n)) this.countsBefore.set(n, c);
    this.counts[n] = c + by;
  }

  private nameNumber(name: string): number {
    let n = this.names.get(name);
    if (n === undefined) {
      this.names.set(name, (n = this.counts.length));
      this.counts.push(0);
      this.naming.push(new Set());
    }
    return n;
  }

  /** Number of shown events naming `name`. */
  count(name: string): number {
    const n = this.names.get(name);
    return n === undefined ? 0 : (this.counts[n] as number);
  }

  /** Counts an event shown; answers its slot. Its score is made by the next `rescore`. */
  add(event: Scored): number {
    const slot = this.free.pop() ?? this.ids.length;
    this.slots.set(event.id, slot);
    this.ids[slot] = event.id;
    const sources: readonly EventSource[] = event.sources;
    const one = sources.length === 1 ? sources[0] : undefined;
    let reports = 1; // one source (most events): one article, one outlet
    let position = 0;
    if (one) position = positionScore(one.start, this.articles.get(one.articleId));
    else {
      const r = reportsOf({ sources: sources as EventSource[] }, this.articles);
      reports = r.articles + r.outlets - 1;
      for (const s of sources)
        position = Math.max(position, positionScore(s.start, this.articles.get(s.articleId)));
    }
    this.reports[slot] = reports;
    this.byReports.set(reports, (this.byReports.get(reports) ?? 0) + 1);
    this.written[slot] = WRITTEN[event.basis];
    this.position[slot] = position;
    const actors = event.actors.map((a) => this.nameNumber(a.name));
    this.actors[slot] = actors;
    for (const n of new Set(actors)) {
      this.recount(n, 1);
      (this.naming[n] as Set<number>).add(slot);
    }
    this.scores[slot] = NaN;
    this.fresh.push(slot);
    this.maxima = null;
    return slot;
  }

  /** Counts out the shown event with this id. */
  remove(id: string): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.ids[slot] = undefined;
    const reports = this.reports[slot] as number;
    const left = (this.byReports.get(reports) ?? 0) - 1;
    if (left > 0) this.byReports.set(reports, left);
    else this.byReports.delete(reports);
    for (const n of new Set(this.actors[slot])) {
      this.recount(n, -1);
      (this.naming[n] as Set<number>).delete(slot);
    }
    this.actors[slot] = [];
    this.free.push(slot);
    this.maxima = null;
  }

  /** The most events naming one actor, and the most reports of one event less one (as salienceParts scales them). */
  currentMaxima(): { actor: number; reports: number } {
    if (!this.maxima) {
      let actor = 0;
      for (const c of this.counts) actor = Math.max(actor, c);
      let reports = 0;
      for (const r of this.byReports.keys()) reports = Math.max(reports, r - 1);
      this.maxima = { actor, reports };
    }
    return this.maxima;
  }

  /** The score of the event with this id, as the last `rescore` left it. */
  scoreOf(id: string): number | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.scores[slot];
  }

  /**
   * Scores the events again with the counts now, as withSalience would over the events counted:
   * every event when a count or a maximum moved since the last time, else only those just
   * added. Answers the ids whose score changed (those just added among them).
   */
  rescore(): string[] {
    const max = this.currentMaxima();
    // a maximum moved: every score may move; else those of the events naming an actor recounted
    const every = max.actor !== this.scoredWith.actor || max.reports !== this.scoredWith.reports;
    const recounted: number[] = [];
    for (const [n, c] of this.countsBefore) if (this.counts[n] !== c) recounted.push(n);
    this.countsBefore.clear();
    this.scoredWith = max;
    const fresh = this.fresh;
    this.fresh = [];
    // scaled values by count and by reports figure, each worked out once
    const byCount: number[] = [];
    const byReports: number[] = [];
    const changed: string[] = [];
    const parts = this.parts;
    const score = (slot: number): void => {
      const id = this.ids[slot];
      if (id === undefined) return;
      let actors = 0;
      for (const n of this.actors[slot] as number[]) {
        const c = this.counts[n] as number;
        let s = byCount[c];
        if (s === undefined) byCount[c] = s = scaled(c, max.actor);
        actors = Math.max(actors, s);
      }
      const r = this.reports[slot] as number;
      let reports = byReports[r];
      if (reports === undefined) byReports[r] = reports = scaled(Math.max(0, r - 1), max.reports);
      parts.reports = reports;
      parts.written = this.written[slot] as number;
      parts.actors = actors;
      parts.position = this.position[slot] as number;
      const value = salienceOf(parts);
      if (!Object.is(value, this.scores[slot])) {
        this.scores[slot] = value;
        changed.push(id);
      }
    };
    if (every) for (let slot = 0; slot < this.ids.length; slot++) score(slot);
    else {
      for (const slot of fresh) score(slot);
      for (const n of recounted) for (const slot of this.naming[n] as Set<number>) score(slot);
    }
    return changed;
  }
}
