/**
 * The data Newsline works with: articles and the events extracted from them.
 * Shared by the extractor, the services, the main process and (as types only) the renderer.
 */

/** How precisely an event's date is known. `approximate` dates carry a `start`..`end` range. */
export type Precision = 'day' | 'month' | 'year' | 'approximate';

/**
 * Where an event's date comes from: written in the clause (`explicit`, "on 20 January"),
 * resolved from a relative expression (`relative`, "on Tuesday", "just weeks after"), or the
 * publication date of the article that reports it (`reported`).
 */
export type DateBasis = 'explicit' | 'relative' | 'reported';

/** Kinds of actor: who acts, and markets (indices, exchanges) and products that move or are launched. */
export const ACTOR_KINDS = ['person', 'organization', 'country', 'group', 'market', 'product'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** `source`: who acts or speaks; `target`: at whom the action is directed. */
export type ActorRole = 'source' | 'target';

/** A two-digit CAMEO root code, "01" (make public statement) … "20" (unconventional mass violence). */
export type CameoCode = string;

/** One actor of an event. `name` is canonical (the gazetteer's name where known). */
export interface EventActor {
  name: string;
  kind: ActorKind;
  role: ActorRole;
}

/** One place that reports an event: offsets are into the article file's body (the text after its front matter). */
export interface EventSource {
  articleId: string;
  quote: string;
  start: number;
  end: number;
}

/** A dated, attributed event, possibly merged from several reports. */
export interface NewsEvent {
  /** Stable: the same input gives the same id. */
  id: string;
  /** Short headline written from the sentence: who, verb, what. */
  title: string;
  /** ISO date at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
  start: string;
  /** Last day (YYYY-MM-DD) for a span or an approximate date. */
  end?: string;
  precision: Precision;
  basis: DateBasis;
  /** The date expression as written ("on Tuesday", "In January"); absent for `reported` dates. */
  expression?: string;
  /** The TIMEX3 value of that expression ("2025-01-14", "2025-01", "P3Y"). */
  timex?: string;
  /** Human reading of an approximate or relative date, e.g. "a few weeks before 14 Jan 2025". */
  approximation?: { relation: 'before' | 'after' | 'around'; anchor: string; amount?: string };
  actors: EventActor[];
  cameo: CameoCode | null;
  sources: EventSource[];
  /**
   * How the text tells it, when not as a plain fact: `negated` ("did not sign"), `planned` ("will
   * visit", "is expected to"), `reported` ("reportedly", "allegedly"). Absent: asserted.
   */
  modality?: Modality;
  /** Set when the event was changed, merged, split, hidden or added by hand. */
  edited?: EditMark;
  /**
   * How much the event stands out, 0..1 (higher: reported by more articles and outlets, its date
   * written in the text, its actors prominent, told in a headline or lead). Set by the services
   * (services/salience.ts) on every event of a snapshot, after the merge and after edits.
   */
  salience?: number;
}

/** How an event is told when not as a plain fact. */
export const MODALITIES = ['negated', 'planned', 'reported'] as const;
export type Modality = (typeof MODALITIES)[number];

/** What was done to an event by hand (edits are kept apart from the machine's output). */
export interface EditMark {
  /** Fields changed by hand. */
  fields: Array<'title' | 'date' | 'actors' | 'cameo'>;
  /** The machine's version of the event, to show beside it; absent for an event added by hand. */
  machine?: NewsEvent;
  added?: boolean;
  hidden?: boolean;
  /** Ids of the events merged into this one by hand. */
  mergedFrom?: string[];
  /** Id of the event this one was split from by hand. */
  splitFrom?: string;
}

/** An article as loaded: metadata and where its text lies in its file. */
export interface ArticleInfo {
  /** Stable id derived from the file and the article's position in it. */
  id: string;
  title: string;
  /** Publication date, YYYY-MM-DD. */
  published: string;
  source?: string;
  url?: string;
  /** File name (not a path) the article came from. */
  file: string;
  /** Where it came from: bundled sample or the user's library. */
  origin: 'sample' | 'library';
  /** Offsets of the article in its file's body. */
  start: number;
  end: number;
}

/** Actor entry of the gazetteer (`assets/actors.json`). */
export interface GazetteerActor {
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Canonical name of the country or organization this actor belongs to. */
  affiliation?: string;
  /** Role in words, e.g. "foreign minister". */
  description?: string;
}

/** An actor as listed in the explorer, with the number of events that involve it. */
export interface ActorSummary {
  name: string;
  kind: ActorKind;
  affiliation?: string;
  count: number;
}

/** A file or article that could not be used, and why, in one line a person can act on. */
export interface Problem {
  file: string;
  message: string;
}
