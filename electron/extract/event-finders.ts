/**
 * Who acts in a sentence, and with which verb: the readers the main event tries in turn. A
 * quotation and its speaker ("…,” Lavrov said), "according to X" (first or last), the first
 * finite event verb with a named subject, a stated position ("is open to"), a claim or act named
 * by a noun ("claims by X that …", "the bailout of AIG by the Federal Reserve"); else a dated
 * happening with no acting subject ("Pre-orders of the iPhone 4 began Tuesday").
 */
import { pickEventTimex } from './date-pick';
import type { SentenceContext } from './draft';
import { ACCOUNT_FIRST, ADVERBS, COMMENTARY_VERBS, COPULAS, PREDICATES, SPEECH_VERBS } from './lexicon';
import { isPersonNoun } from './person-nouns';
import { roleHolder } from './person-roles';
import { isParticiple, verbInfo, type VerbInfo } from './verb-forms';
import type { ActorContext, Mention } from './mention';
import { inCondition } from './modality';
import { isPassiveAt, passiveAgent } from './passive-agent';
import { inside } from './quotes';
import {
  byIndex,
  finiteAt,
  opensAside,
  participleAside,
  subjectBefore,
  unnamedSubject,
  within,
} from './subject';
import type { Token } from './tokens';

export interface Found {
  source: Mention;
  verbIndex: number;
  verb: VerbInfo | undefined;
  /** Token index where the event's clause starts (after an anchor like "weeks after"). */
  clauseFrom: number;
  quoteFirst: boolean;
  /** "According to X, …": X's account. */
  according?: boolean;
  /** A quotation attributed to its speaker ("…,” said X). */
  attributed?: boolean;
  /** The speaker is not named; the actor is one the quotation names. */
  unnamedSpeaker?: boolean;
  /** No actor is the subject: a dated happening that involves actors named after the verb. */
  dated?: boolean;
  /** The subject of a passive verb whose agent is the source ("the suspects were arrested by X"). */
  passiveSubject?: Mention;
  /** The event is named by a noun ("claims by X that …"). */
  nominal?: boolean;
}

/** Nouns that name an act; with "by X" or "of X to …" they tell who did it. */
const ACT_NOUNS =
  'bailout|takeover|rescue|purchase|acquisition|sale|refusal|decision|threat|offer|bid|plan|proposal|invitation|announcement|approval|rejection|veto|ban|intervention|arrest|resignation|withdrawal|attempt|failure|agreement|pledge|promise|order|ruling';
const ACT_BY = new RegExp(
  `\\b(?:${ACT_NOUNS})\\s+of\\s+[^,.;:]{1,60}?\\s+by\\s+(?:the\\s+)?(?<agent>\\p{Lu}[\\p{L}&.-]*)`,
  'u',
);
const ACT_TO = new RegExp(
  `\\b(?:${ACT_NOUNS})\\s+(?:of|by)\\s+(?:the\\s+)?(?<agent>\\p{Lu}[\\p{L}&.-]*)[^,.;:]{0,60}?\\s+to\\s+\\p{Ll}`,
  'u',
);

/** Small words inside a title before a name ("Minister of Health", "Secretary for Transport"). */
const TITLE_LINKS = new Set(['of', 'for', 'and']);

/** Finds the event of a sentence: who acts (or speaks) and with which verb. */
export function findEvent(
  sentence: SentenceContext,
  anchorCueEnd: number | undefined,
  temporal = false,
): Found | undefined {
  const { tokens, mentions, regions, gap } = sentence;
  const between = byIndex(tokens, gap);
  const { text, start: offset } = sentence.s;
  // 1. a quotation and who said it: "…,” Lavrov said / "…,” said Uralsib analyst Chris Weafer
  // (an unclosed one ends where its attribution begins: "“…, explained Mr MacDonald.")
  const ends = [
    ...[...text.matchAll(/[”"]\s*,?\s*/g)].map((m) => ({
      at: offset + (m.index ?? 0),
      afterAt: offset + (m.index ?? 0) + m[0].length,
    })),
    ...regions
      .filter(([, b]) => text.charAt(b - offset) === ',')
      .map(([, b]) => ({ at: b - 1, afterAt: b + 1 })),
  ];
  for (const { at, afterAt } of ends) {
    if (!regions.some(([a, b]) => b === at + 1 && a < at)) continue;
    const idx = tokens.findIndex((t) => t.start >= afterAt);
    if (idx < 0) break;
    // speaker then verb (within 8 words), or verb then speaker
    for (let k = idx; k < Math.min(tokens.length, idx + 9); k++) {
      const word = tokens[k]?.text.toLowerCase() ?? '';
      const info = /^(?:added|adds)$/.test(word) ? verbInfo('stated') : verbInfo(word);
      if (!info || info.ing) continue;
      // any verb of an act told right at the quotation says it: "…,” promised Jiang / "…,” Jiang vowed
      const adjacent = k === idx || mentions.some((x) => !x.absorbed && x.from === idx && x.to === k);
      if (!SPEECH_VERBS.has(info.base) && !(adjacent && info.code !== null)) continue;
      // (the name right before the verb: "…,” Goddard planetary scientist Avi Mandell said")
      const before = mentions.filter((x) => !x.absorbed && x.from >= idx && x.to <= k);
      // (after it, the person a body's role names: "…,” said Mighty Ducks general manager Jack Ferreira)
      const after = mentions.filter(
        (x) => !x.absorbed && x.from > k && x.from <= k + 6 && x.via !== 'pronoun',
      );
      // (or the name set off after the role: "…,” said a Kelby resident, Tor Berg)
      const plain = (x: Mention): boolean => {
        const gapTo = text.slice((tokens[k]?.end ?? 0) - offset, (tokens[x.from]?.start ?? 0) - offset);
        return (
          !/[,;(]/.test(gapTo) || (/^[^,;(]*,\s*$/.test(gapTo) && isPersonNoun(tokens[x.from - 1]?.key ?? ''))
        );
      };
      const first = after[0];
      const holder = first && roleHolder(tokens, after, first, plain);
      // ("…,” Ann Roe, a deputy, told …": the name before a role set off after it)
      const last = before.find((x) => x.to === k);
      const named = (x: Mention): boolean =>
        x.kind === 'person' && !['pronoun', 'description'].includes(x.via);
      const apposed =
        last?.via === 'description' ? before.find((x) => x.to <= last.from && named(x)) : undefined;
      const speaker = apposed ?? last ?? before[0] ?? holder ?? first;
      const quoted = mentions.find(
        (x) => !x.absorbed && x.via !== 'pronoun' && (tokens[x.from]?.start ?? 0) < at,
      );
      const source = speaker ?? quoted;
      if (source)
        return {
          source,
          verbIndex: k,
          verb: info,
          clauseFrom: 0,
          // opening on a quotation, or going on with one begun in the sentence before
          quoteFirst: /^\s*[“"”]/.test(text) || regions.some(([a]) => a === offset),
          attributed: true,
          ...(speaker ? {} : { unnamedSpeaker: true }),
        };
      break;
    }
  }
  // 1b. "…, said Mike Gikas of Consumer Reports.", "…, noted Daniel Williams, analyst with Sutro
  // Group.": an attribution without quotation marks that ends the sentence, its verb of saying
  // before its speaker (one of the last three commas opens it: "said Joseph Arsenio, analyst with
  // Birr, Wilson and Co."); or one set off by commas inside it ("The festival, said Jarmakani, is
  // …")
  const commas: number[] = [];
  for (let at = text.lastIndexOf(','); at > 0; at = text.lastIndexOf(',', at - 1)) commas.push(at);
  let ending = true;
  for (const [n, at] of commas.entries()) {
    const saidAt = tokens.findIndex((t) => t.start > offset + at);
    const sayWord = tokens[saidAt];
    const info = sayWord && verbInfo(sayWord.key);
    // ("Ann Roe, a deputy, told the Kelby Herald …": who is told follows "told", not who tells)
    if (!sayWord || !SPEECH_VERBS.has(info?.base ?? '') || info?.base === 'tell') continue;
    // (the attribution that ends it is the first verb of saying after one of the last three commas)
    const last = ending && n < 3 && saidAt > 2 && tokens.length - saidAt <= 12;
    ending = false;
    if (!info || info.ing || inside(regions, sayWord)) continue;
    const lead = tokens[saidAt + 1]?.key === 'the' ? saidAt + 2 : saidAt + 1;
    // (after the speaker's title or role: "…, says Minister of Health Anna Berg", "…, said organiser Ann Berg")
    const speaker = mentions.find(
      (x) =>
        !x.absorbed &&
        x.via !== 'pronoun' &&
        x.from >= lead &&
        x.from <= lead + 5 &&
        tokens.slice(lead, x.from).every((t) => t.cap || TITLE_LINKS.has(t.key) || isPersonNoun(t.key)),
    );
    // ("…, said Tarnby County Lt. Joe Brent": the person a body's title names speaks, not the body)
    const holder = speaker && speaker.kind !== 'person' ? roleHolder(tokens, mentions, speaker) : undefined;
    const setOff =
      !!speaker && saidAt > 1 && !!tokens[speaker.to] && /^\s*,/.test(between(speaker.to - 1, speaker.to));
    if (speaker && (last || setOff))
      return {
        source: holder ?? speaker,
        verbIndex: saidAt,
        verb: info,
        clauseFrom: 0,
        quoteFirst: false,
        attributed: true,
      };
  }
  // 2. "According to X, …": X's statement, unless the clause after it has an acting subject
  const according = ACCOUNT_FIRST.test(text);
  const floor = anchorCueEnd !== undefined ? tokens.findIndex((t) => t.start >= offset + anchorCueEnd) : 0;
  // 3. the first finite event verb outside quotations with a subject before it
  for (let i = Math.max(0, floor); i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inside(regions, t)) continue;
    // "This approach reflects the balance NATO seeks …": what follows a commentary verb is its object
    if (COMMENTARY_VERBS.has(t.key) && !verbInfo(t.key) && !mentions.some((m) => m.to === i && !m.absorbed))
      break;
    // "He added that …": a verb of saying when what follows is what was said
    const info =
      /^add(?:ed|s)$/.test(t.key) && tokens[i + 1]?.key === 'that' ? verbInfo('stated') : verbInfo(t.key);
    if (!info || info.ing) continue;
    // a capitalised word inside a sentence is a name ("the US Open"), not a verb
    if (t.cap && i > 0) continue;
    const passive = isPassiveAt(tokens, i, info);
    if (unnamedSubject(tokens, mentions, i, gap)) continue;
    // ("… if Brazil pays no interest": a condition tells no act; "Francis, born in 1936, …": an aside)
    if (inCondition(tokens, between, i)) continue;
    if (info.past && opensAside(tokens, i, between, (k) => mentions.some((m) => m.to === k && !m.absorbed)))
      continue;
    let source = subjectBefore(mentions, i, Math.max(0, floor), tokens, regions, gap, passive, temporal);
    if (!source) continue;
    // "… have been met with strong rebuttals from Western leaders": the agent acts
    const agent = passive ? passiveAgent(tokens, mentions, i, between) : undefined;
    const subject = agent ? source : undefined;
    source = agent ?? source;
    const lead = tokens[source.from - 1]?.key === 'the' ? source.from - 1 : source.from;
    if (according && tokens[lead - 1]?.key === 'to' && tokens[lead - 2]?.key === 'according') continue;
    if (!finiteAt(tokens, i, info, source.to)) continue;
    const subjectToken = tokens[source.to - 1];
    if (subjectToken?.possessive) {
      // "Lavrov’s statement … highlighted": the event noun acts; "Trump’s bold promises … have added": commentary
      if (!info.past || COMMENTARY_VERBS.has(t.key)) continue;
    }
    if (COMMENTARY_VERBS.has(t.key) && info.present && source.to < i - 1) continue;
    return {
      source,
      verbIndex: i,
      verb: info,
      clauseFrom: Math.max(0, floor),
      quoteFirst: false,
      ...(subject ? { passiveSubject: subject } : {}),
    };
  }
  // 4. "has been critical of", "is open to": an adjective that states a position
  for (let i = Math.max(0, floor) + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inside(regions, t) || !PREDICATES.has(t.key)) continue;
    let k = i - 1;
    while (k >= 0 && ADVERBS.has(tokens[k]?.key ?? '')) k--;
    if (!COPULAS.has(tokens[k]?.key ?? '')) continue;
    const source = subjectBefore(mentions, k, Math.max(0, floor), tokens, regions, gap, false, temporal);
    if (!source || tokens[source.to - 1]?.possessive) continue;
    const code = PREDICATES.get(t.key) ?? null;
    return {
      source,
      verbIndex: i,
      verb: { base: t.key, code, ing: false, past: false, present: true },
      clauseFrom: Math.max(0, floor),
      quoteFirst: false,
    };
  }
  // 5. "claims by X that …", "accusations by X": X's statement
  const byActor =
    /\b(?:claims?|accusations?|allegations?|statements?|remarks|warnings?|calls?|demands?|criticism|threats?)\s+(?:made\s+)?by\s+/i.exec(
      text,
    );
  if (byActor) {
    const at = offset + byActor.index + byActor[0].length;
    const source = mentions.find(
      (m) =>
        !m.absorbed &&
        m.via !== 'pronoun' &&
        (tokens[m.to - 1]?.end ?? 0) > at &&
        (tokens[m.from]?.start ?? 0) - at < 60,
    );
    const idx = tokens.findIndex((tk) => tk.start >= offset + byActor.index);
    if (source && idx >= 0)
      return {
        source,
        verbIndex: idx,
        verb: verbInfo('claimed'),
        clauseFrom: idx,
        quoteFirst: false,
        nominal: true,
      };
  }
  // 6. "the bailout of AIG by the Federal Reserve", "the refusal of the Federal Reserve to bail
  // out …", "the threat by President X to resign": an act named by a noun, with its agent
  const byAgent = ACT_BY.exec(text);
  const act = byAgent ?? ACT_TO.exec(text);
  if (act?.groups?.agent !== undefined) {
    // where the agent's name starts: the end of "… by Y", or the first name after "of"/"by"
    const agentAt = byAgent
      ? act[0].length - act.groups.agent.length
      : act[0].indexOf(act.groups.agent, act[0].search(/\s(?:of|by)\s/));
    const at = offset + act.index + agentAt;
    // (the agent's name may come after a title: "by President Xanana Gusmão")
    const source = mentions.find((m) => {
      const from = tokens[m.from]?.start ?? -1;
      return !m.absorbed && m.via !== 'pronoun' && from >= at && from - at < 40;
    });
    const idx = tokens.findIndex((tk) => tk.start >= offset + act.index);
    if (source && idx >= 0 && !inside(regions, tokens[idx] as Token))
      return { source, verbIndex: idx, verb: undefined, clauseFrom: idx, quoteFirst: false, nominal: true };
  }
  if (according) {
    const comma = text.indexOf(',');
    const source = mentions.find(
      (m) => !m.absorbed && (tokens[m.from]?.start ?? 0) < offset + (comma < 0 ? text.length : comma),
    );
    if (source) {
      const idx = tokens.findIndex((tk) => tk.key === 'according');
      return {
        source,
        verbIndex: Math.max(0, idx),
        verb: verbInfo('stated'),
        clauseFrom: 0,
        quoteFirst: false,
        according: true,
      };
    }
  }
  // "The death toll has risen to 193, according to the Home Ministry": the same account, told last
  // ("… each week according to Mr Mizzi": with no comma, when the account's source ends the sentence)
  const trailing = /(,)?\s*according to\s+(?:the\s+)?/i.exec(text);
  if (trailing && trailing.index > 0) {
    const at = offset + trailing.index + trailing[0].length;
    const first = tokens.findIndex((t) => t.start >= at);
    // (after the source's titles: "according to Mr Mizzi", "according to Health Minister Anna Berg")
    const source = mentions.find(
      (m) =>
        !m.absorbed &&
        m.via !== 'pronoun' &&
        m.from >= first &&
        m.from <= first + 3 &&
        tokens.slice(first, m.from).every((t) => t.cap) &&
        (!!trailing[1] || m.to >= tokens.length - 1),
    );
    const idx = tokens.findIndex((tk) => tk.key === 'according' && tk.start > offset + trailing.index);
    if (source && idx >= 0)
      return {
        source,
        verbIndex: idx,
        verb: verbInfo('stated'),
        clauseFrom: 0,
        quoteFirst: false,
        according: true,
      };
  }
  return undefined;
}

/**
 * "At least 14 people drowned on Sunday … in the country": a happening no actor did stands at the
 * country where it happened, named in the sentence or, as "the country", the one named last.
 */
function placeOfHappening(tokens: Token[], mentions: Mention[], ctx: ActorContext): Mention | undefined {
  const named = mentions.find((m) => m.kind === 'country' && !m.absorbed);
  if (named) return named;
  const at = tokens.findIndex((t, k) => /^(?:country|nation)$/.test(t.key) && tokens[k - 1]?.key === 'the');
  if (at < 0 || !ctx.lastCountry) return undefined;
  return { from: at - 1, to: at + 1, name: ctx.lastCountry, kind: 'country', via: 'pronoun' };
}

/** Disasters that are what happened, whoever was hit: their clause is an event even undated. */
const HAZARDS = new Set(
  'earthquake earthquakes quake quakes tremor tremors aftershock aftershocks tsunami hurricane typhoon cyclone storm storms tornado tornadoes flood floods flooding fire fires wildfire wildfires blaze explosion explosions blast blasts eruption landslide landslides mudslide avalanche'.split(
    ' ',
  ),
);

/**
 * "Pre-orders of the iPhone 4 began Tuesday, overwhelming Apple": no actor as subject, but a dated
 * happening that involves actors; the first actor named after the verb stands for it.
 */
export function datedEvent(sentence: SentenceContext, ctx: ActorContext): Found | undefined {
  const { run, s, tokens, mentions, regions, gap } = sentence;
  const hazard = tokens.findIndex((t) => HAZARDS.has(t.key));
  if (hazard < 0 && !run.timexes.some((x) => x.start >= s.start && x.end <= s.end)) return undefined;
  // a past verb the lexicon knows, or one the tagger reads as a verb ("drowned", "collapsed")
  const infoAt = (t: Token): VerbInfo | undefined =>
    verbInfo(t.key) ??
    (/\p{Ll}ed$/u.test(t.text) && run.tags.at(t.start) === 'VERB'
      ? { base: t.key, code: null, ing: false, past: true, present: false }
      : undefined);
  // ("The new law, drafted last year, was passed on Monday": a participle opening an aside is no verb)
  const between = byIndex(tokens, gap);
  // (a noun the tagger may read as an adjective: "the fair, called …")
  const afterNoun = (k: number): boolean =>
    /^(?:NOUN|ADJ)$/.test(run.tags.at(tokens[k - 1]?.start ?? -1) ?? '');
  const i = tokens.findIndex((t, k) => {
    const v = infoAt(t);
    return (
      !inside(regions, t) &&
      !!v?.past &&
      finiteAt(tokens, k, v, -1) &&
      !(isParticiple(t.key) && opensAside(tokens, k, between, afterNoun))
    );
  });
  const t = tokens[i];
  const info = t ? infoAt(t) : undefined;
  if (!t || !info) return undefined;
  const aside = participleAside(tokens, i, 0, between);
  if (mentions.some((m) => m.to <= i && !m.absorbed && !within(aside, m))) return undefined;
  const source =
    mentions.find((m) => m.from > i && m.from <= i + 8 && !m.absorbed && m.via !== 'pronoun') ??
    placeOfHappening(tokens, mentions, ctx);
  if (!source) return undefined;
  const pick = pickEventTimex(
    run.timexes,
    s,
    { start: t.start, end: t.end, speech: false },
    run.published,
    regions,
  );
  // undated, a happening still counts when a disaster is its subject ("Fires raged in Kobe")
  if (pick ? pick.date.precision !== 'day' : hazard < 0 || hazard > i) return undefined;
  return { source, verbIndex: i, verb: info, clauseFrom: 0, quoteFirst: false, dated: true };
}
