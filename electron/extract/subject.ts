/**
 * The subject of an event verb: whether a verb token is a finite verb of an event, which actor
 * mention before it is its subject (not one inside a prepositional phrase, an aside or a
 * subordinate clause), and whether a common noun before it is an unnamed subject.
 */
import { SUBCLAUSE } from './clause-subject';
import type { Mention } from './mention';
import {
  ADVERBS,
  AUXILIARIES,
  CATENATIVES,
  FIGURE_NOUNS,
  MODALS,
  PERSON_TITLES,
  RELATIVE_PRONOUNS,
} from './lexicon';
import { isParticiple, type VerbInfo } from './verb-forms';
import { inside, type Region } from './quotes';
import { beTo } from './sentence-view';
import type { Token } from './tokens';

/** The text between two tokens of the sentence being read. */
export type Gap = (a: Token, b: Token) => string;

/** A gap reader by token index over `tokens`: the text between tokens `a` and `b`. */
export const byIndex =
  (tokens: Token[], gap: Gap) =>
  (a: number, b: number): string => {
    const x = tokens[a];
    const y = tokens[b];
    return x && y ? gap(x, y) : '';
  };

/** True when mention `m` lies inside the token range `span` [from, to). */
export const within = (span: [number, number] | undefined, m: Mention): boolean =>
  !!span && m.from >= span[0] && m.to <= span[1];

/** The gap reader of a sentence `text` that starts at `offset` in the file body. */
export const gapOf =
  (text: string, offset: number): Gap =>
  (a, b) =>
    text.slice(a.end - offset, b.start - offset);

const PREPOSITIONS = new Set(
  'between among of in with from for on against to at by into over toward towards about amid despite without within across through under upon like via per since during'.split(
    ' ',
  ),
);
/** Determiners and counts that may stand between a preposition and its noun ("in three Hercules aircraft"). */
const COUNTS =
  /^(?:a|an|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many|some|its|their|his|her)$/;

const SPOKESPEOPLE = new Set(
  'spokesman spokeswoman spokesperson official officials representative representatives member members source sources envoy diplomat minister researchers scientists analysts engineers experts economists doctors lawyers executives panel board jury government city town people'.split(
    ' ',
  ),
);
const SUBORDINATORS = new Set(
  'as while when although though whether if because unless until whereas once'.split(' '),
);
/** Adverbs of how a participle's act was done ("a duly appointed delegate", "the democratically chosen board"). */
const MANNER =
  /^(?:duly|democratically|popularly|freshly|specially|widely|highly|properly|lawfully|legally|jointly|publicly|privately|locally|federally|nationally|internationally|independently|previously|formerly|originally|hastily|poorly|well|long)$/;

/** True when the verb token at `i` is a finite verb of an event (not "to say", not "will say"). */
export function finiteAt(tokens: Token[], i: number, info: VerbInfo, subjectEnd: number): boolean {
  let k = i - 1;
  let aux = false;
  while (k >= 0 && (ADVERBS.has(tokens[k]?.key ?? '') || AUXILIARIES.has(tokens[k]?.key ?? ''))) {
    if (AUXILIARIES.has(tokens[k]?.key ?? '')) aux = true;
    k--;
  }
  const prev = tokens[k]?.key ?? '';
  // ("water vapor being released", "having won the vote": a group led by "being" or "having" is no clause's verb)
  if (/^(?:being|having)$/.test(tokens[k + 1]?.key ?? '') && k + 1 < i) return false;
  if (prev === 'to' && CATENATIVES.has(tokens[k - 1]?.key ?? '') && !MODALS.has(tokens[k - 2]?.key ?? ''))
    return true;
  // ("Holt is to become minister": a plan, news's future)
  if (prev === 'to' && beTo(tokens, k - 1)) return true;
  if (MODALS.has(prev) || prev === 'to') return false;
  for (let j = Math.max(0, i - 4); j < i; j++) if (MODALS.has(tokens[j]?.key ?? '')) return false;
  let d = k;
  while (d > 0 && MANNER.test(tokens[d]?.key ?? '')) d--;
  if (
    /^(?:the|a|an|its|their|his|her|our|this|these|those|recently|newly)$/.test(tokens[d]?.key ?? '') &&
    !aux
  )
    return false;
  if (!aux && (tokens[k]?.possessive || PREPOSITIONS.has(prev))) return false;
  if (info.ing) return false;
  if (info.past) {
    // "a press conference held by Apple", "figures released April 3 by NPD": a participle, not the verb
    if (!aux && /^\p{Ll}+$/u.test(tokens[i - 1]?.text ?? '') && !ADVERBS.has(prev)) {
      for (let j = i + 1; j <= i + 4 && j < tokens.length; j++) if (tokens[j]?.key === 'by') return false;
    }
    return true;
  }
  // a present "-s" form is a verb when it follows its subject or a pronoun ("He claims"), not a noun ("stock exchanges")
  if (info.present) return aux || k + 1 === subjectEnd || /^(?:he|she|it)$/.test(prev);
  // a base form: after an auxiliary, or right after its subject / a plural pronoun
  return aux || k + 1 === subjectEnd || /^(?:they|we|i|you)$/.test(prev);
}

/** Adverbs before the past form that opens an aside ("previously known as", "also called"). */
const ASIDE_ADVERBS = /^(?:\p{Ll}+ly|also|once|now|later|then)$/u;

/**
 * "Pope Francis, born in Argentina in 1936, was elected …", "Kestrel Mining, founded in 1998,
 * reported …": a past form right after a name and the sentence's first comma, with no auxiliary,
 * opens an aside that a comma closes; it is no clause's verb.
 */
export function opensAside(
  tokens: Token[],
  at: number,
  gap: (a: number, b: number) => string,
  nameEndsAt: (k: number) => boolean,
): boolean {
  // ("Warriors FC, previously known as …": an adverb may come before the past form)
  let i = at;
  while (i > 1 && !/,/.test(gap(i - 1, i)) && ASIDE_ADVERBS.test(tokens[i - 1]?.key ?? '')) i--;
  if (i < 1 || !/,/.test(gap(i - 1, i)) || !nameEndsAt(i)) return false;
  // (the name's comma is the sentence's first: "Mr Jiang, the first … to visit Hong Kong, flew in"
  // closes an apposition)
  for (let k = 1; k < i - 1; k++) if (/,/.test(gap(k - 1, k))) return false;
  for (let k = i + 1; k < Math.min(tokens.length, i + 20); k++) if (/,/.test(gap(k - 1, k))) return true;
  return false;
}

/** Subordinators of time: their clause states a past event ("When X closed the pit in 2019, …"). */
const TEMPORAL = new Set(['when', 'after', 'before', 'since', 'once']);

/** Words that open an aside naming some of what the noun before it counts ("…, including two journalists, …"). */
const LISTING = new Set(['including', 'excluding', 'notably', 'especially', 'mostly', 'among']);

/**
 * The tokens [from, to) of an aside set off by commas right before the verb group at `verbIndex`
 * that a participle or a relative pronoun opens after a common noun ("the law, drafted last year,
 * was passed").
 */
export function participleAside(
  tokens: Token[],
  verbIndex: number,
  floor: number,
  gap: (a: number, b: number) => string,
): [number, number] | undefined {
  let k = verbIndex - 1;
  while (k > floor && (AUXILIARIES.has(tokens[k]?.key ?? '') || ADVERBS.has(tokens[k]?.key ?? ''))) k--;
  const comma = (a: number): boolean => a + 1 < tokens.length && /^,\s*$/.test(gap(a, a + 1));
  if (!comma(k)) return undefined;
  for (let p = k; p > floor + 1; p--) {
    if (!comma(p - 1)) continue;
    const before = tokens[p - 1];
    const opener = tokens[p]?.key ?? '';
    // (or a relative clause: "the panel, which includes Ann Roe and Ben Cole, said")
    return (isParticiple(opener) || LISTING.has(opener) || RELATIVE_PRONOUNS.has(opener)) &&
      before &&
      !before.cap
      ? [p, k + 1]
      : undefined;
  }
  return undefined;
}

/**
 * True when tokens `from` to `verb` are a short noun phrase of common words ("the new building")
 * and then only the verb group's auxiliaries: the verb's own subject, opening a clause.
 */
function ownSubject(tokens: Token[], from: number, verb: number): boolean {
  if (!/^(?:a|an|the)$/.test(tokens[from]?.key ?? '')) return false;
  let k = from + 1;
  while (
    k < verb &&
    k - from <= 3 &&
    /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') &&
    !AUXILIARIES.has(tokens[k]?.key ?? '')
  )
    k++;
  if (k === from + 1) return false;
  for (; k < verb; k++)
    if (!AUXILIARIES.has(tokens[k]?.key ?? '') && !MODALS.has(tokens[k]?.key ?? '')) return false;
  return true;
}

/**
 * The actor mention before the verb at `verbIndex` (from token `floor` on) that is its subject.
 * `temporal`: a clause of time ("when", "after" …) counts as a main clause, for a dated temporal
 * clause read when the main clause holds no event.
 */
export function subjectBefore(
  mentions: Mention[],
  verbIndex: number,
  floor: number,
  tokens: Token[],
  regions: Region[],
  gapText: Gap,
  passive = false,
  temporal = false,
): Mention | undefined {
  // "Jobs, born in San Francisco on February 24, 1955, has built …": the name that opens the clause
  // and is set off by a comma is the subject of the verb after the aside's closing comma
  const opening = mentions.find(
    (m) =>
      !m.absorbed &&
      m.via !== 'pronoun' &&
      // (after "the" or a title: "Mr Lund, who chairs the board, said …")
      m.from >= floor &&
      m.from - floor <= 2 &&
      tokens.slice(floor, m.from).every((t) => t.key === 'the' || PERSON_TITLES.has(t.key)) &&
      m.to < verbIndex - 1,
  );
  if (
    opening &&
    tokens[opening.to] &&
    /^,\s*$/.test(gapText(tokens[opening.to - 1] as Token, tokens[opening.to] as Token))
  ) {
    let k = verbIndex - 1;
    while (k > opening.to && (AUXILIARIES.has(tokens[k]?.key ?? '') || ADVERBS.has(tokens[k]?.key ?? '')))
      k--;
    const last = tokens[k];
    const next = tokens[k + 1];
    if (k > opening.to && last && next && /^,\s*$/.test(gapText(last, next)) && !inside(regions, last))
      return opening;
  }
  // "The new law, drafted to stop Labour and the Greens from blocking it, was passed": the names of
  // an aside that a participle opens after a noun are not the subject of the verb after its comma
  const aside = participleAside(tokens, verbIndex, floor, byIndex(tokens, gapText));
  const candidates = mentions
    .filter(
      (m) =>
        !m.absorbed &&
        m.to <= verbIndex &&
        m.from >= floor &&
        !inside(regions, tokens[m.from] as Token) &&
        !within(aside, m),
    )
    .sort((a, b) => b.to - a.to || (a.via === 'pronoun' ? 1 : 0) - (b.via === 'pronoun' ? 1 : 0));
  for (const candidate of candidates) {
    let best = candidate;
    // "… at the Goddard center in Greenbelt, Maryland, has confirmed": a state after its town is
    // part of where, not who (where the place opens the clause, only one set off by commas: "In
    // France, Ann Roe was elected" is who)
    const lead = tokens[best.from - 1];
    const end = tokens[best.to - 1];
    const setOff = !!end && !!tokens[best.to] && /^,/.test(gapText(end, tokens[best.to] as Token));
    if (lead?.cap && tokens[best.from] && /^,\s*$/.test(gapText(lead, tokens[best.from] as Token))) {
      let p = best.from - 1;
      while (p > floor && tokens[p]?.cap) p--;
      if (/^(?:in|at|near|from|outside)$/.test(tokens[p]?.key ?? '') && (p > floor || setOff)) continue;
    }
    // "Steve Jobs, the Apple chief executive, announced": the name before the aside is the subject
    const before = tokens[best.from - 1];
    const aside = /^(?:the|a|an|its|formerly|former)$/i.test(before?.text ?? '');
    const host = aside
      ? mentions.find((m) => m.to === best.from - 1 && !m.absorbed && m !== best)
      : undefined;
    if (
      host &&
      tokens[host.to - 1] &&
      tokens[host.to] &&
      /,\s*$/.test(gapText(tokens[host.to - 1] as Token, tokens[host.to] as Token))
    ) {
      best = host;
    }
    for (let k = best.to; k < verbIndex; k++) {
      const t = tokens[k];
      // ("Tor Berg will manage the school until the new building is opened": a clause of time or
      // cause whose own subject, a short noun phrase, comes right before this verb is no act of the
      // main subject)
      if (t && SUBCLAUSE.has(t.key) && ownSubject(tokens, k + 1, verbIndex)) return undefined;
      if (t && /^(?:that|which|who|whom|whose|while|although|because|whereas|if)$/i.test(t.text)) {
        // "NASA, which operates the telescope, welcomed …": an aside closed by a comma before the verb
        const prev = tokens[k - 1];
        let close = -1;
        if (prev && /^(?:which|who)$/i.test(t.text) && /,\s*$/.test(gapText(prev, t))) {
          for (let c = k + 1; c + 1 <= verbIndex && close < 0; c++) {
            const a = tokens[c];
            const b = tokens[c + 1];
            if (a && b && /,\s*$/.test(gapText(a, b))) close = c;
          }
        }
        if (close < 0) return undefined;
        k = close;
      }
    }
    // an actor inside a prepositional phrase ("tensions between Russia and the West") is not the subject
    let k = best.from - 1;
    let embedded = false;
    while (k >= 0) {
      const key = tokens[k]?.key ?? '';
      if (key === 'and' || key === 'or' || key === 'the') {
        k--;
        const m = mentions.find((x) => x.to === k + 1);
        if (m) k = m.from - 1;
        continue;
      }
      // ("landed … in three Hercules aircraft, freed the hostages": a count or determiner between)
      if (COUNTS.test(key)) {
        k--;
        continue;
      }
      // "Shares in Nordwagen fell": the market figures of an actor stand for it
      // "a spokesman for the Chinese embassy said": the body a spokesperson speaks for
      const owner =
        (FIGURE_NOUNS.has(tokens[k - 1]?.key ?? '') && (key === 'in' || key === 'of')) ||
        (SPOKESPEOPLE.has(tokens[k - 1]?.key ?? '') &&
          (key === 'for' || key === 'of' || key === 'from' || key === 'at'));
      if (
        PREPOSITIONS.has(key) &&
        !passive &&
        !owner &&
        !(key === 'to' && tokens[k - 1]?.key === 'according')
      )
        embedded = true;
      break;
    }
    if (embedded) continue;
    // a verb in a subordinate clause ("as global leaders weigh … and Ukraine fights") is background
    let j = best.from - 1;
    while (j >= floor && j >= 0) {
      const t = tokens[j];
      const next = tokens[j + 1];
      if (t && next && /[,;:]/.test(gapText(t, next))) break;
      j--;
    }
    for (let x = j + 1; x < best.from; x++) {
      const key = tokens[x]?.key ?? '';
      if (SUBORDINATORS.has(key) && !(temporal && TEMPORAL.has(key))) return undefined;
    }
    return best;
  }
  return undefined;
}

const UNNAMED_EXEMPT =
  /^(?:week|weeks|month|months|year|years|day|days|night|morning|afternoon|evening|ago|weekend|quarter|himself|herself|itself|themselves|alone|too|both|all|each|jointly|together|first|later|earlier|instead)$/;

/**
 * "…, officials said", "The boards of both companies have approved": a common noun right before
 * the verb is its subject, so no named actor acts (unless a name stands just before the noun:
 * "Castellan shares jumped", "a NASA spokesman said").
 */
export function unnamedSubject(
  tokens: Token[],
  mentions: Mention[],
  verbIndex: number,
  gapText: Gap,
): boolean {
  let k = verbIndex - 1;
  while (k >= 0 && (ADVERBS.has(tokens[k]?.key ?? '') || AUXILIARIES.has(tokens[k]?.key ?? ''))) k--;
  const t = tokens[k];
  if (!t || t.cap || !/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || UNNAMED_EXEMPT.test(t.key)) return false;
  if (
    PREPOSITIONS.has(t.key) ||
    SUBORDINATORS.has(t.key) ||
    /^(?:and|or|but|that|which|who|to|not)$/.test(t.key)
  )
    return false;
  if (mentions.some((m) => m.from <= k && k < m.to)) return false;
  // "Ukraine's", "conference, highlighted": the noun must stand right before the verb
  const next = tokens[k + 1];
  if (next && /[,;:()]/.test(gapText(t, next))) return false;
  // the noun phrase must open its clause ("…, officials said"; not "Japan kept the border closed")
  for (let j = k, steps = 0; ; j--, steps++) {
    if (mentions.some((m) => m.to === j && !m.absorbed)) return false;
    const p = tokens[j - 1];
    const q = tokens[j];
    if (!p || !q || /[,;:()]/.test(gapText(p, q))) return true;
    if (p.cap) return j - 1 === 0 && !mentions.some((m) => m.from === 0);
    if (steps >= 4) return false;
  }
}
