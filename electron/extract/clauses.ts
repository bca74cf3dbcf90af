/**
 * Clauses of a sentence: where each finite verb stands, who its subject is, and where its clause
 * starts and ends. Reads the part-of-speech tags of the linguistic layer (`nlp.ts`) and the actor
 * mentions (`actors.ts`), so a verb the lexicon has never seen still makes a clause, and a noun the
 * tagger calls a verb in a headline ("Markets rally") is caught by its place after the subject.
 *
 * A sentence is cut into segments at semicolons and at the words that open a coordinated or
 * contrasting clause (", while", ", and", "but", ", which" …). Each segment holds at most one
 * clause: its first finite verb outside quotations with a subject in the segment, or, for a
 * segment that opens on its verb ("…, then rose"), the subject of the clause before. The sentence
 * as read, and its verb groups, are in `sentence-view`; how a clause tells its act in `modality`.
 */
import { antecedentOf, namedBefore, pronounFor, SUBCLAUSE, subjectOf } from './clause-subject';
import { AFTER_COMMA, saying, segmentsOf } from './clause-segments';
import { opensAside, participleAside } from './subject';
import {
  ADVERBS,
  AUXILIARIES,
  BE_FORMS,
  MODALS,
  PERSON_ROLES,
  PRESENT_STATES,
  RELATIVE_PRONOUNS,
} from './lexicon';
import { isParticiple, isPastForm, verbInfo } from './verb-forms';
import type { Mention } from './mention';
import { isPersonNoun } from './person-nouns';
import { inCondition, mayOnly, modalityOf, type Modality } from './modality';
import { leadingClause, openingPhrase, PAST_GROUP } from './opening';
import { passiveThing } from './passive-things';
import { groupStart, MOVES, NOUN_PHRASE, posAt, type SentenceView } from './sentence-view';
import type { Token } from './tokens';

export interface Clause {
  /** Token index of the verb (the last verb of its group: "continued to fall" → "fall"). */
  verbIndex: number;
  /** Token index of the group's first word ("has fallen", "continued to fall"). */
  groupFrom: number;
  subject: Mention;
  /** Token range [from, to) of the clause's segment. */
  from: number;
  to: number;
  passive: boolean;
  modality: Modality;
  /** The subject comes from the clause before ("…, then rose"). */
  shared: boolean;
  /** A subordinate clause ("… as rebels said …"): it leaves the main clause's report whole. */
  subordinate: boolean;
  /** An act of the main clause's actor in a subordinate clause: an event only where its own words date it. */
  ownDateOnly?: boolean;
  /** A clause of time or cause that opens the sentence, up to its comma ("After the judge ruled, …"). */
  leading?: boolean;
}

const COPULA = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
/** "had a gain", "has a value of": "have" as the main verb. */
const HAVE = new Set(['has', 'have', 'had']);

/** True when clause `c` of a sentence of `tokens` is a relative clause. */
export const isRelative = (tokens: Token[], c: Pick<Clause, 'from'>): boolean =>
  c.from > 0 && RELATIVE_PRONOUNS.has(tokens[c.from]?.key ?? '');

/** Possessive determiners, which follow a verb, never a noun ("thrust his boot"). */
const OWNERS = new Set(['his', 'her', 'its', 'their']);
/** Plural nouns of markets, which the tagger may read as verbs after a name ("RTS exchanges"). */
const MARKET_PLURALS = new Set(['exchanges', 'shares', 'stocks', 'markets', 'bonds', 'futures', 'trades']);
/** True when token `i` is a verb by its tag, or by its place right after a subject in a headline. */
function verbLike(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || view.inQuote(t)) return false;
  const pos = posAt(view, i);
  // "the MICEX and RTS exchanges": a plural noun of the market after a name, not a verb
  if (MARKET_PLURALS.has(t.key) && view.mentions.some((m) => m.to === i)) return false;
  if (pos === 'VERB') return !(t.cap && i > 0 && !view.headline);
  if (pos === 'AUX') {
    // "the NASDAQ was up nearly nine points", "had a 5.40 point gain": the auxiliary is the verb
    const next = view.tokens[i + 1];
    if (!next) return false;
    // "had its worst fall", "currently has a value of": "have" as the main verb
    if (HAVE.has(t.key)) {
      const after = posAt(view, i + 1);
      return (after === 'DET' || after === 'NUM' || after === 'PRON') && !AUXILIARIES.has(next.key);
    }
    // ("is one of the largest …" describes; "was 3.2 percent", "was one of the few to rise" tell
    // a figure or a day's fact)
    const oneOf = /^(?:is|are)$/.test(t.key) && next.key === 'one' && view.tokens[i + 2]?.key === 'of';
    return COPULA.has(t.key) && ((posAt(view, i + 1) === 'NUM' && !oneOf) || MOVES.has(next.key));
  }
  // "The fire was extinguished early Monday": a past participle after a form of "be" that the
  // tagger took for an adjective is the verb of a passive
  if (
    pos === 'ADJ' &&
    BE_FORMS.has(view.tokens[i - 1]?.key ?? '') &&
    /^\p{Ll}+$/u.test(t.key) &&
    isPastForm(t.key)
  )
    return true;
  // "will close the pit": a verb's plain form after a modal that the tagger took for an adjective
  if ((pos === 'ADJ' || pos === 'NOUN') && MODALS.has(view.tokens[i - 1]?.key ?? '')) {
    const info = verbInfo(t.key);
    if (info && !info.past && !info.ing && info.base === t.key) return true;
  }
  if ((pos === 'NOUN' || pos === 'ADJ' || pos === 'PROPN') && !t.cap) {
    // a known verb form right after its subject: "US stock markets fall", "iPhone 4 goes on sale"
    const after = view.mentions.some(
      (m) => !m.absorbed && (m.to === i || (m.to === i - 1 && posAt(view, i - 1) === 'NUM')),
    );
    const info = verbInfo(t.key);
    // a word the tagger took for a noun between two names is their verb: "Azerbaijan retook
    // Nagorno-Karabakh", "Ardent outbid Corvel" (a lower-case word a name then a name: no noun
    // phrase), and so is one between a name and a possessive: "Armstrong thrust his boot"
    // (not before a comma: "The Court judge, Ann Berg, convicted …" names her role; nor a noun
    // for a person or a role: "Kelby baker Ada Lunn opened a shop")
    if (
      !info &&
      pos === 'NOUN' &&
      after &&
      /^\p{Ll}+$/u.test(t.text) &&
      !isPersonNoun(t.key) &&
      !PERSON_ROLES.test(t.key)
    )
      return (
        !/[,;:(]/.test(view.gap(i, i + 1)) &&
        (OWNERS.has(view.tokens[i + 1]?.key ?? '') ||
          view.mentions.some((m) => m.from === i + 1 && !m.absorbed && m.kind !== 'product'))
      );
    // "Jobs rounded the services off": a past form the tagger took for an adjective, right after
    // its subject and before the object's determiner, is the verb
    if (!info && after && /^\p{Ll}+ed$/u.test(t.text) && view.gap(i - 1, i) === ' ')
      return /^(?:DET|PRON)$/.test(posAt(view, i + 1)) && !OWNERS.has(view.tokens[i - 1]?.key ?? '');
    if (!info || info.ing) return false;
    return after && (view.headline || info.past || info.present);
  }
  return false;
}

function finite(view: SentenceView, i: number, from: number): boolean {
  const t = view.tokens[i];
  if (!t) return false;
  const start = groupStart(view, i);
  const first = view.tokens[start];
  const hasAux =
    start < i && view.tokens.slice(start, i).some((x) => AUXILIARIES.has(x.key) || MODALS.has(x.key));
  // "to fall", "in falling": not a clause of its own
  const before = view.tokens[start - 1]?.key ?? '';
  if (before === 'to' && first === t) return false;
  // "…, with the FTSE losing 11%": an absolute clause after "with" has its own subject
  if (/ing$/.test(t.key) && !hasAux && view.tokens[from]?.key !== 'with') return false;
  if (start === i && view.tokens[i - 1] && posAt(view, i - 1) === 'ADP') return false;
  // "figures released by NPD", "the bill passed by the House": a participle after a noun, not a verb
  const info = verbInfo(t.key);
  const named = (k: number): boolean => view.mentions.some((m) => m.to === k && !m.absorbed);
  // ("the new law, drafted last year, was passed": an aside after a thing too)
  const asideAfter = (k: number): boolean => named(k) || /^(?:NOUN|ADJ)$/.test(posAt(view, k - 1));
  if (!hasAux && i > from && isParticiple(t.key) && opensAside(view.tokens, i, view.gap, asideAfter))
    return false;
  if (!hasAux && info?.past && i > from) {
    const prevPos = posAt(view, start - 1);
    if (prevPos === 'NOUN' && !view.mentions.some((m) => m.to === start && !m.absorbed)) {
      for (let j = i + 1; j <= i + 4 && j < view.tokens.length; j++)
        if (view.tokens[j]?.key === 'by') return false;
    }
  }
  return true;
}

/**
 * A verb the word lists know or a past the tagger reads as a verb, with no actor named before
 * it: "The trial opened in June 2007", "The container ship caused havoc", "The tanker ran aground".
 */
const actingThing = (view: SentenceView, from: number, g: number, v: number, until = g): boolean => {
  const key = view.tokens[v]?.key ?? '';
  // (or any verb of a group "will" leads, or in the present: "The next session will take place
  // Oct. 28", "Their contract expires the next day"; undated, such a clause makes no event)
  const ahead = view.tokens[g]?.key === 'will' || /[^s]s$/.test(key);
  return (
    (!!verbInfo(key) || (posAt(view, v) === 'VERB' && (isPastForm(key) || ahead))) &&
    !namedBefore(view, from, until)
  );
};

/**
 * The tokens [from, to) of an adverb set off by commas before a verb, where the verb group starting
 * at `g` opens on it (", however, was awarded") or right after it.
 */
function adverbAside(view: SentenceView, g: number, from: number): [number, number] | undefined {
  if (!/,/.test(view.gap(g - 1, g))) return undefined;
  const comma = (k: number): boolean => /,/.test(view.gap(k, k + 1));
  if (posAt(view, g) === 'ADV') {
    let k = g;
    while (posAt(view, k) === 'ADV' && !comma(k)) k++;
    return posAt(view, k) === 'ADV' && comma(k) ? [g, k + 1] : undefined;
  }
  let j = g - 1;
  while (j > from && posAt(view, j) === 'ADV' && !comma(j - 1)) j--;
  return j > from && posAt(view, j) === 'ADV' && comma(j - 1) ? [j, g] : undefined;
}

/** "was lowered", "have been found": a form of "be" in the group and a past participle last. */
function isPassive(view: SentenceView, g: number, v: number): boolean {
  const last = view.tokens[v]?.key ?? '';
  // (a verb the word lists do not know is a participle by its form: "lowered", "hoisted", "done")
  const participle = verbInfo(last)?.past ?? (/^(?:VERB|ADJ)$/.test(posAt(view, v)) && isParticiple(last));
  // ("is to succeed him": the "be" of a plan before "to" makes no passive; "is to be sold" does)
  const group = view.tokens.slice(g, v + 1);
  const to = group.findIndex((t) => t.key === 'to');
  return group.slice(to + 1).some((t) => COPULA.has(t.key)) && participle;
}

/** Every clause of the sentence with a named, described or referred-to actor as subject. */
export function findClauses(view: SentenceView): Clause[] {
  const out: Clause[] = [];
  let previous: Clause | undefined;
  // a clause of time or cause before the main one is a segment of its own
  const lead = leadingClause(view);
  // the opening phrase or subordinate clause is the scene, the clause after it the main one
  const scene = lead || openingPhrase(view);
  // the name a relative clause describes: the subject of the clause its closing comma gives back
  let antecedent: Mention | undefined;
  for (const [from, to] of segmentsOf(view, lead)) {
    const leading = lead > 0 && to === lead;
    let found: Clause | undefined;
    const opener = view.tokens[from]?.key ?? '';
    const relative = RELATIVE_PRONOUNS.has(opener);
    const described = antecedent;
    antecedent = relative ? antecedentOf(view, from) : undefined;
    for (let i = leading ? 0 : Math.max(from, scene); i < to && !found; i++) {
      if (!verbLike(view, i) || !finite(view, i, from) || inCondition(view.tokens, view.gap, i)) continue;
      // "remains steadfast", "seems likely": a state, not an act
      const complement = view.tokens[i + 1];
      if (
        PRESENT_STATES.has(view.tokens[i]?.key ?? '') &&
        (posAt(view, i + 1) === 'ADJ' || (!!complement && posAt(view, i + 1) === 'VERB'))
      )
        break;
      // "after disputed elections returned …": a participle before its noun describes it
      if (
        groupStart(view, i) === i &&
        /ed$/.test(view.tokens[i]?.key ?? '') &&
        posAt(view, i + 1) === 'NOUN' &&
        (i === from || /^(?:DET|ADP|SCONJ|CCONJ)$/.test(posAt(view, i - 1)))
      )
        continue;
      // the verb group's last verb: "continued to fall" is one group
      let v = i;
      while (view.tokens[v + 1]?.key === 'to' && posAt(view, v + 2) === 'VERB') v += 2;
      const g = groupStart(view, i);
      let subject = subjectOf(view, g, from, leading ? 0 : scene);
      let shared = false;
      // "…, which he described as …": a relative clause with a subject of its own only describes
      if (relative && subject) break;
      // "Lind, who leads the miners, …": a relative clause in the present describes; in the past
      // ("who was sworn in on Saturday") it tells an act
      if (
        relative &&
        !view.tokens.slice(g, v + 1).some((t) => PAST_GROUP.test(t.key) || !!verbInfo(t.key)?.past)
      )
        break;
      let describes = false;
      if (!subject && relative && from > 0) {
        // ", which lost more than 33%": the actor before the comma
        subject = antecedentOf(view, from);
        describes = subject?.kind === 'person';
      }
      if (!subject && /,/.test(view.gap(g - 1, g))) {
        // "Marta Quell, born in Porto on May 2, 1961, has built …": the name before the aside
        const head = view.mentions.find((m) => !m.absorbed && m.via !== 'pronoun' && m.from === from);
        const opens = (k: number): boolean => k === head?.to;
        if (
          head &&
          isParticiple(view.tokens[head.to]?.key ?? '') &&
          opensAside(view.tokens, head.to, view.gap, opens)
        )
          subject = head;
      }
      if (!subject && previous && SUBCLAUSE.has(opener) && g === from + 2) {
        // "Taylor ruled until he agreed …": a pronoun opening a clause of time is the actor before it
        const word = view.tokens[from + 1];
        subject = word && pronounFor(word, from + 1, previous.subject);
      }
      if (!subject && described && g === from) {
        // "Davila, who is presiding over the case, is expected to declare …"
        subject = described;
      }
      if (!subject && previous) {
        // "…, then rose to close up 0.7%", "… and called for them to lower rates"
        let lead = true;
        for (let j = from; j < g && lead; j++) {
          const key = view.tokens[j]?.key ?? '';
          lead = AFTER_COMMA.has(key) || ADVERBS.has(key) || posAt(view, j) === 'ADV';
        }
        // (after a subordinate clause, the main clause's subject goes on: "… announced his
        // resignation, three weeks after elections returned …, and said his party would boycott")
        const main = previous.subordinate ? out.filter((x) => !x.subordinate).pop() : previous;
        if (lead && main) {
          subject = main.subject;
          shared = true;
        }
      }
      // "The Soviet flag … was lowered at 7:38 p.m.": the thing a passive tells of
      // ("Taylor's trial opened in June 2007": or the thing that acts, in a clause that dates it)
      // (an active one only where no actor is named before the verb: "A meeting of the Orvik Council
      // decided" is the council's act)
      // (not across a comma, but for an aside a participle opens: "The bridge, closed since the
      // storm, was reopened" is no act of the storm but the bridge's)
      // (or an adverb set off by commas: "The prize, however, was awarded …")
      const aside = participleAside(view.tokens, g, 0, view.gap) ?? adverbAside(view, g, from);
      if (!subject && g > from && (!/,/.test(view.gap(g - 1, g)) || aside)) {
        const passive = isPassive(view, g, v);
        // (the thing is the noun phrase before the aside, which may open an earlier segment)
        let opens = leading ? from : Math.max(from, scene);
        if (aside) {
          opens = aside[0] - 1;
          while (
            opens > 0 &&
            !/,/.test(view.gap(opens - 1, opens)) &&
            NOUN_PHRASE.test(posAt(view, opens - 1))
          )
            opens--;
        }
        const thing =
          passive || actingThing(view, opens, g, v, aside?.[0] ?? g)
            ? passiveThing(view, aside?.[0] ?? g, opens)
            : undefined;
        // (a thing does not speak: "the union announced" is a body's statement, no thing's)
        if (thing && (passive || thing.kind === 'organization' || !saying(view.tokens[v]?.key ?? '')))
          subject = thing;
      }
      if (!subject) {
        // a verb without an actor as subject ends the search in this segment
        if (g > from) break;
        continue;
      }
      // ("Berg can name two more ministers": what may be is no act)
      if (mayOnly(view, v)) continue;
      const passive = isPassive(view, g, v);
      const modality = modalityOf(view, v, from);
      // (the clause after an opening clause of time is the main one: "As the storm neared, the pier collapsed")
      const subordinate =
        leading ||
        (SUBCLAUSE.has(opener) && !/,/.test(view.gap(from - 1, from)) && !(scene > from && g >= scene));
      // a subordinate clause tells an act of its own only with another named actor as subject
      // ("came as rebels said"); "as it navigates …" is background
      // (unless its own words date it: "until he agreed to leave power in August 2003")
      // (a clause that opens the sentence tells its own act, whoever does it: "Though he had
      // battled cancer the year before, in July he announced …")
      // (a pronoun; a role that names someone only where it does not speak: "… not allowed to
      // plead as the magistrate said …" is her statement, "… when users take a call" background)
      const pronoun =
        subject.via === 'pronoun' &&
        (view.tags.at(view.tokens[subject.from]?.start ?? -1) === 'PRON' ||
          !saying(view.tokens[v]?.key ?? ''));
      const background = subordinate && !leading && (pronoun || subject.name === previous?.subject.name);
      if (subordinate && shared) break;
      found = { verbIndex: v, groupFrom: g, subject, from, to, passive, modality, shared, subordinate };
      if (leading) found.leading = true;
      // ("said Matthew Frank, who prosecuted the case": a relative clause of the actor before it
      // describes them, unless its own words date the act: "who was sworn in on Saturday")
      if (background || describes) found.ownDateOnly = true;
    }
    if (found) {
      out.push(found);
      previous = found;
    }
  }
  return out;
}
