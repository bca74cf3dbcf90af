/**
 * The actor types shared by the mention stages: one mention of an actor in a sentence, the
 * per-article context the stages read and update, and the sentence being scanned. Imports
 * nothing from the stages, so each of them (and `actors`, which runs them) can import it.
 */
import type { ActorKind } from '../shared/model';
import type { Tags } from './nlp';
import type { Token } from './tokens';

/** One actor mention in a sentence, resolved to a canonical name. */
export interface Mention {
  /** Token range [from, to) in the sentence's tokens. */
  from: number;
  to: number;
  name: string;
  kind: ActorKind;
  via: 'gazetteer' | 'rule' | 'pronoun' | 'description' | 'shape';
  /** Named by shape only, with nothing saying it is a body or a person: an actor as subject, not as target. */
  weak?: boolean;
  /** The head noun of a described body ("rebels" in "Zairian rebels"). */
  head?: string;
  /** Named only by a relation to a person ("his lawyer", "her family"): acts for them, never a target. */
  relative?: boolean;
  /** A thing a passive clause tells of ("the Soviet flag was lowered"), standing in for an actor. */
  thing?: boolean;
  /** Part of a person's title ("U.S." in "U.S. President Donald Trump"): not an actor of its own. */
  absorbed?: boolean;
  /** A country named by its capital ("Moscow"): the doer as its government, no actor as a place ("flights to Moscow"). */
  capital?: boolean;
  /** A subject with people joined after it ("Chiluba and his ministers"): the token they end before. */
  joinedTo?: number;
}

/** What the sentences before tell about actors: known names and who "he" or "the company" is. */
export interface ActorContext {
  /** Single word (last name or short name) → canonical rule-found name and kind. */
  known: Map<string, { name: string; kind: ActorKind }>;
  /** Capitalised words used more than once in the article outside sentence starts. */
  recurrent: Set<string>;
  /** The article's text, for the few look-ups made on demand (`ordinaryWord`). */
  text: string;
  /** Answers of `ordinaryWord` so far. */
  ordinary: Map<string, boolean>;
  lastPerson?: string;
  /** People named so far, the one named last at the end (a pronoun's candidates). */
  people: string[];
  /** Genders that honorifics gave people ("Mrs. Ruth Merseal"). */
  genders: Map<string, 'female' | 'male'>;
  /**
   * The person who last did a sentence's main act and how many sentences ago: "he" after a
   * sentence that names someone only in passing ("The ceremony took place where Judge Ruiz gave the
   * oath. After it, he pledged …") is still the one who acted.
   */
  lastActing?: { name: string; ago: number };
  /** Titles given to people so far: "pope" → "Pope Benedict XVI", the last person given it. */
  roles: Map<string, string>;
  lastOrg?: string;
  /** The country named last: "the government" is its government. */
  lastCountry?: string;
  /** Bodies described before ("Zairian rebels"): a later bare "rebels" is the same body. */
  bodies: Map<string, { name: string; kind: ActorKind }>;
  lastGroup?: { name: string; kind: ActorKind };
  /** Organisations introduced with a common noun ("NPD Group, a market research firm"): noun → name. */
  described: Map<string, string>;
  /**
   * Organisations named so far, by their last two or more words: "supreme court" → "Kelby Supreme
   * Court" (null where two of the article's organisations end in those words): `article-names`.
   */
  fullNames: Map<string, { name: string; kind: ActorKind } | null>;
}

/** One sentence as the steps of `findMentions` read it, with the mentions found so far. */
export interface MentionScan {
  /** The sentence's tokens (file offsets) and its text, which starts at `offset`. */
  tokens: Token[];
  text: string;
  offset: number;
  ctx: ActorContext;
  /** The article's part-of-speech tags, where the caller has them. */
  tags?: Tags;
  mentions: Mention[];
  /** Tokens already part of a mention found by a name step. */
  used: boolean[];
  /** Adds a mention and marks its tokens used. */
  mark: (m: Mention) => void;
  /** The text between tokens `a` and `b`. */
  gap: (a: number, b: number) => string;
}

/**
 * A thing no one named ("the earthquake", "the resolution", "white smoke"): it stands in for the
 * subject of its clause and its title, but names no actor, so the event does not list it. A body
 * or people the article describes ("the board", "voters") and a named product ("the A380") are actors.
 */
export const isPlainThing = (m: Pick<Mention, 'thing' | 'kind'>): boolean =>
  !!m.thing && m.kind === 'product';
