/**
 * Events of one article: walks its lines (paragraphs and table rows; headings, rules, footers and
 * datelines are skipped), finds in each sentence who did or said what to whom, codes the verb with
 * a CAMEO root, dates the event and writes a short title.
 */
import type { ActorKind, CameoCode, EventActor } from '../shared/model';
import { findMentions, newActorContext, rememberActors, type ActorContext, type Mention } from './actors';
import {
  findClauses,
  modalityOf,
  statesOnly,
  type Clause,
  type Modality,
  type SentenceView,
} from './clauses';
import { noteIntroductions, referringMentions } from './coreference';
import { describedActors } from './described';
import { namesByShape } from './names';
import type { Tags } from './nlp';
import {
  aheadForPlan,
  anchoredDate,
  dateFromTimex,
  pickEventTimex,
  reportedDate,
  type EventDate,
} from './dates';
import {
  ADVERBS,
  AUXILIARIES,
  COMMENTARY_VERBS,
  CATENATIVES,
  COPULAS,
  MODALS,
  phraseCode,
  phraseCodes,
  PREDICATES,
  SPEECH_VERBS,
  verbInfo,
  type VerbInfo,
} from './lexicon';
import { classifyLines } from './lines';
import { splitSentences } from './sentences';
import { isBareQuote, isBoilerplate, isQuestion } from './skip';
import type { Timex } from './timex';
import { finishTitle, makeTitle } from './title';
import { tokenize, type Token } from './tokens';

/** An event as found in one place, before merging. */
export interface Draft {
  articleId: string;
  published: string;
  paragraph: number;
  /** Order of the sentence in the file. */
  order: number;
  source?: { name: string; kind: ActorKind };
  actors: EventActor[];
  verb: string;
  speech: boolean;
  cameo: CameoCode | null;
  date: EventDate;
  /** The clause has a date of its own (written, or anchored to another event). */
  ownDate: boolean;
  quote: string;
  start: number;
  end: number;
  title: string;
  fromTable: boolean;
  /** Subject is a pronoun ("He claims …"). */
  pronounSubject: boolean;
  /** The sentence opens with the quotation that the verb attributes. */
  quoteFirst: boolean;
  /** The speaker is not named ("…,” a spokesperson said): the actor is one the quotation names. */
  unnamedSpeaker?: boolean;
  /** "also", "further", "additionally": a new item by the same actor. */
  additive: boolean;
  /** Specific CAMEO roots the clause names: more than one means a compound event. */
  codes: string[];
  /** Asserted, negated ("did not sign"), planned ("will visit") or reported ("reportedly"). */
  modality?: Modality;
  /** Found in the article's headline: merges with the body's report of it. */
  headline?: boolean;
}

/** One article to walk: its text, where it lies in the file body, its date and time expressions. */
export interface ArticleRun {
  articleId: string;
  published: string;
  /** The article's text and where it starts in the file body. */
  text: string;
  offset: number;
  timexes: Timex[];
  /** Index of the first sentence, so orders are unique in a file. */
  orderBase: number;
  /** Part-of-speech tags of the article (offsets into the file body). */
  tags: Tags;
}

interface Found {
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
  /** The event is named by a noun ("claims by X that …"). */
  nominal?: boolean;
}

const DATELINE_PREFIX =
  /^\s*[A-Z][A-Z .'-]{2,40}(?:,\s*[A-Z][A-Za-z .]{2,30})?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([A-Za-z .]{2,30}\))?\s*[-—–]{1,2}\s+/;

const EVENT_NOUNS =
  /\b(?:inauguration|election|visit|summit|resignation|arrest|death|funeral|wedding|speech|address|keynote|press conference|swearing-in|trial|verdict|ceasefire|invasion|attack|launch|release|ipo|merger|acquisition)\b/i;

function quoteRegions(text: string, offset: number): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  const re = /[“"”][^“”"]*[”"]/g;
  for (const m of text.matchAll(re)) {
    const s = offset + (m.index ?? 0);
    regions.push([s, s + m[0].length]);
  }
  // an opening quote never closed in the sentence runs to its end
  const last = regions[regions.length - 1];
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('"'));
  if (open >= 0 && (!last || offset + open >= last[1])) regions.push([offset + open, offset + text.length]);
  return regions;
}

const PREPOSITIONS = new Set(
  'between among of in with from for on against to at by into over toward towards about amid despite without within across through under upon like via per'.split(
    ' ',
  ),
);
const MARKET_NOUNS = new Set(
  'shares share stock stocks prices price trading sales profit profits revenue revenues earnings exports imports output bonds currency'.split(
    ' ',
  ),
);
const SPOKESPEOPLE = new Set(
  'spokesman spokeswoman spokesperson official officials representative representatives member members source sources envoy diplomat minister researchers scientists analysts engineers experts economists doctors lawyers executives panel board jury government city town people'.split(
    ' ',
  ),
);
const SUBORDINATORS = new Set(
  'as while when although though whether if because unless until whereas once'.split(' '),
);

const inside = (regions: Array<[number, number]>, t: Token): boolean =>
  regions.some(([a, b]) => t.start >= a && t.end <= b);

/** True when the verb token at `i` is a finite verb of an event (not "to say", not "will say"). */
function finiteAt(tokens: Token[], i: number, info: VerbInfo, subjectEnd: number): boolean {
  let k = i - 1;
  let aux = false;
  while (k >= 0 && (ADVERBS.has(tokens[k]?.key ?? '') || AUXILIARIES.has(tokens[k]?.key ?? ''))) {
    if (AUXILIARIES.has(tokens[k]?.key ?? '')) aux = true;
    k--;
  }
  const prev = tokens[k]?.key ?? '';
  if (prev === 'to' && CATENATIVES.has(tokens[k - 1]?.key ?? '') && !MODALS.has(tokens[k - 2]?.key ?? ''))
    return true;
  if (MODALS.has(prev) || prev === 'to') return false;
  for (let j = Math.max(0, i - 4); j < i; j++) if (MODALS.has(tokens[j]?.key ?? '')) return false;
  if (/^(?:the|a|an|its|their|his|her|our|this|these|those|recently|newly)$/.test(prev) && !aux) return false;
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

function subjectBefore(
  mentions: Mention[],
  verbIndex: number,
  floor: number,
  tokens: Token[],
  regions: Array<[number, number]>,
  passive = false,
): Mention | undefined {
  const candidates = mentions
    .filter(
      (m) => !m.absorbed && m.to <= verbIndex && m.from >= floor && !inside(regions, tokens[m.from] as Token),
    )
    .sort((a, b) => b.to - a.to || (a.via === 'pronoun' ? 1 : 0) - (b.via === 'pronoun' ? 1 : 0));
  for (const candidate of candidates) {
    let best = candidate;
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
      // "Shares in Nordwagen fell": the market figures of an actor stand for it
      // "a spokesman for the Chinese embassy said": the body a spokesperson speaks for
      const owner =
        (MARKET_NOUNS.has(tokens[k - 1]?.key ?? '') && (key === 'in' || key === 'of')) ||
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
      if (SUBORDINATORS.has(key) && !(temporalClauses && TEMPORAL.has(key))) return undefined;
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
function unnamedSubject(tokens: Token[], mentions: Mention[], verbIndex: number): boolean {
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

/** Subordinators of time: their clause states a past event ("When X closed the pit in 2019, …"). */
const TEMPORAL = new Set(['when', 'after', 'before', 'since', 'once']);
/** Set while looking for an event in a dated temporal clause, when the main clause has none. */
let temporalClauses = false;

let gapSource = '';
let gapOffset = 0;
function gapText(a: Token, b: Token): string {
  return gapSource.slice(a.end - gapOffset, b.start - gapOffset);
}

/** Finds the event of a sentence: who acts (or speaks) and with which verb. */
function findEvent(
  tokens: Token[],
  mentions: Mention[],
  text: string,
  offset: number,
  regions: Array<[number, number]>,
  anchorCueEnd: number | undefined,
): Found | undefined {
  gapSource = text;
  gapOffset = offset;
  // 1. a quotation and who said it: "…,” Lavrov said / "…,” said Uralsib analyst Chris Weafer
  const close = /[”"]\s*,?\s*/g;
  for (const m of text.matchAll(close)) {
    const at = offset + (m.index ?? 0);
    if (!regions.some(([a, b]) => b === at + 1 && a < at)) continue;
    const afterAt = at + m[0].length;
    const idx = tokens.findIndex((t) => t.start >= afterAt);
    if (idx < 0) break;
    // speaker then verb (within 8 words), or verb then speaker
    for (let k = idx; k < Math.min(tokens.length, idx + 9); k++) {
      const word = tokens[k]?.text.toLowerCase() ?? '';
      const info = /^(?:added|adds)$/.test(word) ? verbInfo('stated') : verbInfo(word);
      if (!info || !SPEECH_VERBS.has(info.base) || info.ing) continue;
      const speaker =
        mentions.find((x) => !x.absorbed && x.from >= idx && x.to <= k) ??
        mentions.find((x) => !x.absorbed && x.from > k && x.from <= k + 6 && x.via !== 'pronoun');
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
          quoteFirst: /^\s*[“"”]/.test(text),
          attributed: true,
          ...(speaker ? {} : { unnamedSpeaker: true }),
        };
      break;
    }
  }
  // 2. "According to X, …": X's statement, unless the clause after it has an acting subject
  const according = /^\s*according to\b/i.test(text);
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
    const passive = info.past && /^(?:been|was|were|is|are)$/.test(tokens[i - 1]?.key ?? '');
    if (unnamedSubject(tokens, mentions, i)) continue;
    let source = subjectBefore(mentions, i, Math.max(0, floor), tokens, regions, passive);
    if (!source) continue;
    if (passive) {
      // "… have been met with strong rebuttals from Western leaders": the agent acts
      const agent = mentions.find(
        (m) =>
          m.from > i &&
          !m.absorbed &&
          m.via !== 'pronoun' &&
          /^(?:by|from)$/.test(tokens[m.from - 1]?.key ?? '') &&
          m.from - i <= 6,
      );
      if (agent) source = agent;
    }
    const lead = tokens[source.from - 1]?.key === 'the' ? source.from - 1 : source.from;
    if (according && tokens[lead - 1]?.key === 'to' && tokens[lead - 2]?.key === 'according') continue;
    if (!finiteAt(tokens, i, info, source.to)) continue;
    const subjectToken = tokens[source.to - 1];
    if (subjectToken?.possessive) {
      // "Lavrov’s statement … highlighted": the event noun acts; "Trump’s bold promises … have added": commentary
      if (!info.past || COMMENTARY_VERBS.has(t.key)) continue;
    }
    if (COMMENTARY_VERBS.has(t.key) && info.present && source.to < i - 1) continue;
    return { source, verbIndex: i, verb: info, clauseFrom: Math.max(0, floor), quoteFirst: false };
  }
  // 4. "has been critical of", "is open to": an adjective that states a position
  for (let i = Math.max(0, floor) + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || inside(regions, t) || !PREDICATES.has(t.key)) continue;
    let k = i - 1;
    while (k >= 0 && ADVERBS.has(tokens[k]?.key ?? '')) k--;
    if (!COPULAS.has(tokens[k]?.key ?? '')) continue;
    const source = subjectBefore(mentions, k, Math.max(0, floor), tokens, regions);
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
  return undefined;
}

function actorsOf(mentions: Mention[], source: Mention, from: number, tokens?: Token[]): EventActor[] {
  const out: EventActor[] = [{ name: source.name, kind: source.kind, role: 'source' }];
  // "Poland and Hungary voted …": actors joined to the subject act with it
  const joint = new Set<Mention>();
  if (tokens) {
    let head = source;
    for (;;) {
      const gap = tokens[head.from - 1]?.key === 'the' ? 2 : 1;
      const link = tokens[head.from - gap]?.key;
      const prev = mentions.find((m) => m.to === head.from - gap && !m.absorbed && m.via !== 'pronoun');
      // "Estonia, Latvia and Lithuania agreed": a comma list goes on before the "and"
      const listed = mentions.find(
        (m) =>
          m.to === head.from &&
          joint.size > 0 &&
          !m.absorbed &&
          m.via !== 'pronoun' &&
          !!tokens[m.to - 1] &&
          !!tokens[head.from] &&
          /^,\s*$/.test(gapText(tokens[m.to - 1] as Token, tokens[head.from] as Token)),
      );
      if (listed) {
        joint.add(listed);
        head = listed;
        continue;
      }
      if (!prev || (link !== 'and' && link !== 'or')) break;
      joint.add(prev);
      head = prev;
    }
  }
  for (const m of mentions) {
    if (m.absorbed || m.via === 'pronoun' || m.from < from) continue;
    if (m.weak && !joint.has(m) && m !== source) continue;
    if (out.some((a) => a.name === m.name)) continue;
    out.push({ name: m.name, kind: m.kind, role: joint.has(m) ? 'source' : 'target' });
  }
  return out;
}

/**
 * "said it would seek a meeting": an act that a statement announces for later is an intent to
 * cooperate (03) when the act is cooperative, a threat (13) when it is coercive, as CAMEO codes it.
 */
function intentOf(code: CameoCode | null, speech: boolean, afterVerb: string): CameoCode | null {
  if (!speech || !code || code === '01' || code === '03' || code === '13') return code;
  const modal =
    /\b(?:will|would|plans? to|planned to|intends? to|intended to|is to|are to|was to|were to)\b/.exec(
      afterVerb,
    );
  if (!modal) return code;
  const phrase = phraseCode(afterVerb);
  if (phrase && phrase.at < modal.index) return code;
  if (['04', '05', '06', '07', '08'].includes(code)) return '03';
  if (['15', '16', '17', '18', '19', '20'].includes(code)) return '13';
  return code;
}

function cameoOf(verb: VerbInfo | undefined, clauseLower: string, passive = false): CameoCode | null {
  // a specific active verb names the act ("annexed Crimea, a move condemned by …" is 19, not 11)
  if (verb?.code && verb.code !== '01' && !passive) return verb.code;
  const phrase = phraseCode(clauseLower);
  if (phrase && phrase.code !== '01') return phrase.code;
  if (verb?.code && verb.code !== '01') return verb.code;
  if (verb?.code === '01' || phrase) return '01';
  return null;
}

/** Walks one article and returns its events in text order. */
export function extractArticleEvents(run: ArticleRun): Draft[] {
  const ctx: ActorContext = newActorContext(run.text);
  const lines = classifyLines(run.text);
  const drafts: Draft[] = [];
  let order = run.orderBase;
  let paragraph = 0;
  let sawHeadline = false;
  let lastDated: Draft | undefined;

  const emit = (d: Draft): void => {
    d.title = finishTitle(d.title);
    drafts.push(d);
    if (d.date.basis !== 'reported') lastDated = d;
  };

  for (const line of lines) {
    if (line.kind === 'blank') continue;
    if (!sawHeadline) {
      sawHeadline = true;
      if (line.kind === 'heading') {
        // the headline's event joins the body's report of it when merged
        const h = {
          start: run.offset + line.start,
          end: run.offset + line.start + line.text.length,
          text: line.text,
        };
        // read with a copy of what the article knows: a headline's capitals name nothing for the body
        const scratch: ActorContext = {
          ...ctx,
          known: new Map(ctx.known),
          described: new Map(ctx.described),
        };
        for (const d of sentenceEvents(run, h, scratch, 0, order++, drafts, lastDated, true)) emit(d);
        continue;
      }
    }
    if (line.kind === 'table-row') {
      paragraph++;
      for (const d of tableRowEvents(run, line.text, run.offset + line.start, ctx, paragraph, order++))
        emit(d);
      continue;
    }
    if (line.kind !== 'paragraph') continue;
    paragraph++;
    // "BRUSSELS (Reuters) - …": the dateline that opens a wire story is not part of any event
    // a list marker or quote mark of Markdown ("- ", "1. ", "> ") is not part of the sentence
    const marker = /^\s*(?:[-*+•]|\d{1,2}[.)]|>)\s+/.exec(line.text);
    const dateline = DATELINE_PREFIX.exec(line.text.slice(marker?.[0].length ?? 0));
    const skip = (marker?.[0].length ?? 0) + (dateline ? dateline[0].length : 0);
    for (const s of splitSentences(line.text.slice(skip), run.offset + line.start + skip)) {
      order++;
      if (isBoilerplate(s.text) || isQuestion(s.text) || isBareQuote(s.text)) continue;
      for (const clause of clausesOf(s)) {
        for (const d of sentenceEvents(run, clause, ctx, paragraph, order, drafts, lastDated)) emit(d);
      }
    }
  }
  storyDay(drafts, run.published);
  return drafts;
}

/** How many days before publication a lead's date may lie and still be the day of the story. */
const STORY_DAY_SPAN = 1;

/**
 * News is written about a day: "Yesterday, at its conference, Apple unveiled …" dates the story,
 * and what the article goes on to report without a date of its own happened that day too, not on
 * the day of publication. The day comes from the first event dated by a relative expression
 * ("yesterday", "on Friday") a few days before publication; events before it keep their dates.
 */
function storyDay(drafts: Draft[], published: string): void {
  // the article's first event dated to a day sets the day (on the day of publication: nothing moves)
  const lead = drafts.find((d) => !d.headline && d.ownDate && d.date.precision === 'day' && !d.date.end);
  if (
    !lead ||
    lead.date.basis !== 'relative' ||
    lead.date.start >= published ||
    Date.parse(published) - Date.parse(lead.date.start) > STORY_DAY_SPAN * 86_400_000
  )
    return;
  for (const d of drafts) {
    if (d.order > lead.order && d.date.basis === 'reported' && !d.fromTable) d.date = { ...lead.date };
  }
}

/** Clauses of a sentence that may each hold an event: split at semicolons. */
function clausesOf(s: {
  start: number;
  end: number;
  text: string;
}): Array<{ start: number; end: number; text: string }> {
  const parts: Array<{ start: number; end: number; text: string }> = [];
  let from = 0;
  for (const m of s.text.matchAll(/;\s+/g)) {
    const at = m.index ?? 0;
    parts.push({ start: s.start + from, end: s.start + at, text: s.text.slice(from, at) });
    from = at + m[0].length;
  }
  parts.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  return parts.filter((p) => p.text.trim().length > 0);
}

/** The events of one sentence (or clause of a table-free line): its main event, then its other clauses. */
function sentenceEvents(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  ctx: ActorContext,
  paragraph: number,
  order: number,
  drafts: Draft[],
  lastDated: Draft | undefined,
  headline = false,
): Draft[] {
  const tokens = tokenize(s.text, s.start);
  // in a headline every word is capitalised: a name found by its shape counts if the body writes it too
  // ("Varrow Motors Recalls 90,000 Cars": the name is as long as the body writes it)
  const inBody = (from: number, to: number): boolean =>
    ctx.text.includes(
      s.text.slice((tokens[from]?.start ?? 0) - s.start, (tokens[to - 1]?.end ?? 0) - s.start),
      s.end - run.offset,
    );
  const bodyNames = (list: Mention[]): Mention[] =>
    !headline
      ? list
      : list.flatMap((m) => {
          if (m.via === 'gazetteer') return [m];
          for (let to = m.to; to > m.from; to--)
            if (inBody(m.from, to))
              return [
                to === m.to
                  ? m
                  : {
                      ...m,
                      to,
                      name: tokens
                        .slice(m.from, to)
                        .map((t) => t.text)
                        .join(' '),
                    },
              ];
          return [];
        });
  const found = bodyNames(findMentions(tokens, s.text, s.start, ctx));
  const named = [...found, ...bodyNames(namesByShape(tokens, found, run.tags, ctx.recurrent, ctx.text))];
  const described = [...named, ...describedActors(tokens, named, run.tags, s.text, s.start)];
  noteIntroductions(tokens, described, ctx);
  const mentions = [...described, ...referringMentions(tokens, described, run.tags, ctx)].sort(
    (a, b) => a.from - b.from,
  );
  const regions = quoteRegions(s.text, s.start);
  const view: SentenceView = {
    tokens,
    mentions,
    gap: (a, b) => {
      const x = tokens[a];
      const y = tokens[b];
      return x && y ? s.text.slice(x.end - s.start, y.start - s.start) : '';
    },
    inQuote: (t) => inside(regions, t),
    tags: run.tags,
    headline,
  };
  // "Loughner remains in custody", "Alkatiri is widely blamed": how things are, not what happened
  // (unless the clause dates it: "is suspected of shooting … on Saturday")
  const dated = (from: number, to: number): boolean => {
    const a = tokens[from]?.start ?? s.start;
    const b = tokens[to - 1]?.end ?? s.end;
    return run.timexes.some((x) => x.start >= a && x.end <= b && /^\d{4}/.test(x.value));
  };
  const state = (v: number, from: number, to: number): boolean => statesOnly(view, v) && !dated(from, to);
  const clauses = findClauses(view).filter((c) => !state(c.verbIndex, c.from, c.to));
  const main = mainEvent(
    run,
    s,
    ctx,
    paragraph,
    order,
    drafts,
    lastDated,
    tokens,
    mentions,
    regions,
    clauses,
  );
  const out: Draft[] = [];
  const mainVerb = main?.verbIndex;
  let first =
    main && main.verbIndex >= 0 && state(main.verbIndex, 0, tokens.length) ? undefined : main?.draft;
  const extra = clauses.filter(
    (c) =>
      mainVerb === undefined ||
      ((c.to <= mainVerb || c.from > mainVerb) && !(first?.quoteFirst && c.verbIndex < mainVerb)),
  );
  if (!first && extra.length && !extra[0]?.shared) {
    const c = extra.shift() as Clause;
    first = clauseDraft(run, s, tokens, mentions, regions, c, paragraph, order, undefined, clauses);
  }
  if (first) {
    if (!first.modality && mainVerb !== undefined && mainVerb >= 0)
      first.modality = modalityOf(view, mainVerb);
    out.push(first);
    // the main event's quote ends where the next clause begins
    const next = extra.find((c) => (tokens[c.from]?.start ?? 0) > first.start && !c.subordinate);
    const cut = next ? tokens[next.from]?.start : undefined;
    if (cut !== undefined && cut < first.end && extra.length) {
      const quote = s.text
        .slice(first.start - s.start, cut - s.start)
        .replace(/[\s,;:]+(?:and|but|while|whilst|whereas|then)?\s*$/i, '');
      if (quote.length >= 12) {
        first.quote = quote;
        first.end = first.start + quote.length;
      }
    }
  }
  for (const c of extra) {
    const d = clauseDraft(run, s, tokens, mentions, regions, c, paragraph, order, first, clauses);
    if (!d) continue;
    // "Djokovic took the measure of a serve and delivered a backhand": one actor, one event
    const before = out[out.length - 1];
    if (before && before.source?.name === d.source?.name && d.start >= before.end && !d.ownDate) {
      before.quote = s.text.slice(before.start - s.start, d.end - s.start);
      before.end = d.end;
      for (const a of d.actors) if (!before.actors.some((x) => x.name === a.name)) before.actors.push(a);
      continue;
    }
    out.push(d);
  }
  for (const d of out)
    if (d.modality === 'planned' && d.ownDate) d.date = aheadForPlan(d.date, run.published);
  if (headline) for (const d of out) d.headline = true;
  // the last clause's subject is who "it" and "he" refer to next
  const lastSubject = extra[extra.length - 1]?.subject;
  if (lastSubject && lastSubject.kind === 'person') ctx.lastPerson = lastSubject.name;
  else if (lastSubject) ctx.lastGroup = { name: lastSubject.name, kind: lastSubject.kind };
  return out;
}

function mainEvent(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  ctx: ActorContext,
  paragraph: number,
  order: number,
  drafts: Draft[],
  lastDated: Draft | undefined,
  tokens: Token[],
  mentions: Mention[],
  regions: Array<[number, number]>,
  clauses: Clause[],
): { draft: Draft; verbIndex: number } | undefined {
  const prev = drafts[drafts.length - 1];
  const prevSameParagraph = prev && prev.paragraph === paragraph ? prev : undefined;

  // the date the main clause stands at, for "just weeks after" cues
  const anchorBase = prevSameParagraph?.date ?? lastDated?.date;
  const anchorDay =
    anchorBase && anchorBase.precision === 'day' && !anchorBase.end ? anchorBase.start : run.published;
  const anchored = anchoredDate(s.text, anchorDay);

  let found = findEvent(tokens, mentions, s.text, s.start, regions, anchored?.cueEnd);
  if (found && anchored && found.clauseFrom > 0) {
    // "weeks after Trump criticized …" introduces a clause; "Five years after its launch, …" does not
    const verbAt = (tokens[found.verbIndex]?.start ?? s.start) - s.start;
    if (/[,;]/.test(s.text.slice(anchored.cueEnd, verbAt)))
      found = findEvent(tokens, mentions, s.text, s.start, regions, undefined);
  }
  // the clause after the cue has no acting actor: the main clause may still hold the event
  if (!found && anchored) found = findEvent(tokens, mentions, s.text, s.start, regions, undefined);
  found ??= datedEvent(run, s, tokens, mentions, regions);
  if (!found && /^\s*(?:when|after|before|since|once)\b/i.test(s.text)) {
    // "When Kestrel Mining closed the pit in 2019, the town lost 400 jobs": the main clause has no
    // named actor; the dated clause of time states what the actor did
    const comma = s.text.indexOf(',');
    const dated = run.timexes.some((x) => x.start >= s.start && x.end <= s.start + (comma < 0 ? 0 : comma));
    if (dated) {
      temporalClauses = true;
      try {
        found = findEvent(tokens, mentions, s.text, s.start, regions, undefined);
      } finally {
        temporalClauses = false;
      }
    }
  }
  if (!found) {
    const noun = clauses.length ? undefined : nounEvent(run, s, tokens, mentions, regions);
    rememberActors(ctx, mentions, clauses[0]?.subject);
    return noun ? { draft: { ...noun, paragraph, order }, verbIndex: -1 } : undefined;
  }
  const verbToken = tokens[found.verbIndex];
  const verbStart = verbToken?.start ?? s.start;
  const verbEnd = verbToken?.end ?? s.start;
  const speech = !!found.verb && SPEECH_VERBS.has(found.verb.base);
  const clauseFromOffset = tokens[found.clauseFrom]?.start ?? s.start;
  const actors = actorsOf(mentions, found.source, found.clauseFrom, tokens);
  const sources = actors.filter((a) => a.role === 'source').map((a) => a.name);
  const jointName =
    sources.length > 1 ? `${sources.slice(1).join(', ')} and ${sources[0] ?? ''}` : found.source.name;
  let phraseFrom = found.verbIndex;
  while (phraseFrom > found.clauseFrom && AUXILIARIES.has(tokens[phraseFrom - 1]?.key ?? '')) phraseFrom--;
  const phraseStart = Math.max(clauseFromOffset, tokens[phraseFrom]?.start ?? verbStart);
  const passiveVerb = /^(?:was|were|is|are|been|be|being)$/.test(tokens[found.verbIndex - 1]?.key ?? '');
  const cameo = found.dated
    ? null // "an earthquake struck Peru": the actor named after the verb did not act
    : intentOf(
        cameoOf(found.verb, s.text.slice(phraseStart - s.start).toLowerCase(), passiveVerb),
        speech,
        s.text.slice(verbEnd - s.start).toLowerCase(),
      );
  const codes = [
    ...new Set([
      ...phraseCodes(s.text.slice(phraseStart - s.start).toLowerCase()),
      ...(cameo && cameo !== '01' ? [cameo] : []),
    ]),
  ];

  // date: anchored to another event, written in the clause, continued, or reported
  let date: EventDate | undefined;
  let ownDate = false;
  if (anchored && found.clauseFrom > 0) {
    date = anchored.date;
    ownDate = true;
  } else {
    const excluded: Array<[number, number]> = [...regions];
    const acc = /,?\s*according to\b[^,;]*/i.exec(s.text);
    if (acc) excluded.push([s.start + acc.index, s.start + acc.index + acc[0].length]);
    const pick = pickEventTimex(
      run.timexes,
      s,
      { start: verbStart, end: verbEnd, speech, base: found.verb?.base },
      run.published,
      excluded,
    );
    if (pick) {
      date = dateFromTimex(pick);
      ownDate = true;
    }
  }
  const pronounSubject = found.source.via === 'pronoun';
  const additive = /\b(?:also|further|additionally|moreover|meanwhile|separately)\b/i.test(
    s.text.slice(0, Math.max(0, verbEnd - s.start)),
  );
  if (!date) {
    // a clause that continues an event of the same actor keeps that event's date
    const refers = pronounSubject || found.quoteFirst || !!tokens[found.source.to - 1]?.possessive;
    const continued =
      refers &&
      prevSameParagraph &&
      prevSameParagraph.source?.name === found.source.name &&
      prevSameParagraph.date.basis !== 'reported'
        ? prevSameParagraph
        : referencesEvent(s.text, tokens, found, lastDated, paragraph);
    date = continued ? { ...continued.date } : reportedDate(run.published);
  }
  const quoteStart = anchored && found.clauseFrom > 0 ? clauseFromOffset : s.start;
  const quote = s.text.slice(quoteStart - s.start);
  const draft: Draft = {
    articleId: run.articleId,
    published: run.published,
    paragraph,
    order,
    source: { name: found.source.name, kind: found.source.kind },
    actors,
    verb: found.verb?.base ?? 'state',
    speech,
    cameo,
    date,
    ownDate,
    quote,
    start: quoteStart,
    end: s.end,
    title: found.dated
      ? happeningTitle(s.text, verbEnd - s.start, date.expression)
      : tokens[found.source.to - 1]?.possessive && !found.attributed && !found.according
        ? // "Trump’s criticism of … have raised concerns": the subject is what the actor said or did
          happeningTitle(
            s.text.slice((tokens[found.source.from]?.start ?? s.start) - s.start),
            verbEnd - (tokens[found.source.from]?.start ?? s.start),
            date.expression,
          )
        : found.attributed
          ? quoteTitle(
              found.source.name,
              tokens[found.verbIndex]?.text ?? 'said',
              s.text,
              s.start,
              regions,
              verbStart,
            )
          : found.according
            ? accordingTitle(found.source.name, s.text)
            : found.nominal
              ? nominalTitle(found.source.name, s.text.slice(clauseFromOffset - s.start))
              : makeTitle(jointName, tokens, found.verbIndex, s.text, s.start, regions, date.expression),
    fromTable: false,
    pronounSubject,
    quoteFirst: found.quoteFirst,
    ...(found.unnamedSpeaker ? { unnamedSpeaker: true } : {}),
    additive,
    codes,
  };
  rememberActors(ctx, mentions, found.source);
  return { draft, verbIndex: found.verbIndex };
}

/** The event of one clause found by `findClauses`: its subject acts, dated by its own words first. */
function clauseDraft(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  tokens: Token[],
  mentions: Mention[],
  regions: Array<[number, number]>,
  c: Clause,
  paragraph: number,
  order: number,
  main: Draft | undefined,
  clauses: Clause[],
): Draft | undefined {
  let lead = c.from;
  while (
    lead < c.verbIndex &&
    /^(?:and|but|while|whilst|whereas|then|yet|although|though)$/.test(tokens[lead]?.key ?? '')
  )
    lead++;
  const startTok = tokens[lead];
  // the quote runs on over what follows that is no clause of its own ("…, before going back up")
  const next = c.subordinate ? undefined : clauses.find((x) => x.from > c.from && !x.subordinate);
  const to = c.subordinate ? c.to : (next?.from ?? tokens.length);
  const endTok = tokens[to - 1];
  const verbTok = tokens[c.verbIndex];
  if (!startTok || !endTok || !verbTok) return undefined;
  const start = c.shared
    ? startTok.start
    : Math.min(startTok.start, tokens[c.subject.from]?.start ?? startTok.start);
  let end = to >= tokens.length ? s.end : endTok.end;
  const quote = s.text.slice(start - s.start, end - s.start).replace(/[\s,;:]+$/, '');
  end = start + quote.length;
  if (quote.length < 8) return undefined;
  const inClause = mentions.filter((m) => m.from >= c.from && m.to <= c.to);
  const actors = actorsOf([c.subject, ...inClause.filter((m) => m !== c.subject)], c.subject, 0, tokens);
  // "The Shuffle was introduced": the subject of a passive is acted upon
  const first = actors[0];
  if (c.passive && first) actors[0] = { ...first, role: 'target' };
  const info = verbInfo(verbTok.key);
  const lemma = verbTok.key;
  const speech = !!info && SPEECH_VERBS.has(info.base);
  const lower = quote.toLowerCase();
  const cameo = intentOf(
    cameoOf(info, lower, c.passive),
    speech,
    s.text.slice(verbTok.end - s.start, end - s.start).toLowerCase(),
  );
  const pick = pickEventTimex(
    run.timexes,
    { start, end, text: quote },
    { start: verbTok.start, end: verbTok.end, speech, base: info?.base ?? lemma },
    run.published,
    regions,
  );
  const date: EventDate = pick
    ? dateFromTimex(pick)
    : main && main.ownDate && !main.fromTable
      ? { ...main.date }
      : reportedDate(run.published);
  return {
    articleId: run.articleId,
    published: run.published,
    paragraph,
    order,
    source: { name: c.subject.name, kind: c.subject.kind },
    actors,
    verb: info?.base ?? lemma,
    speech,
    cameo,
    date,
    ownDate: !!pick,
    quote,
    start,
    end,
    title: makeTitle(c.subject.name, tokens, c.verbIndex, s.text, s.start, regions, date.expression),
    fromTable: false,
    pronounSubject: c.subject.via === 'pronoun',
    quoteFirst: false,
    additive: false,
    codes: cameo && cameo !== '01' ? [cameo] : [],
    modality: c.modality,
  };
}

/**
 * "Pre-orders of the iPhone 4 began Tuesday, overwhelming Apple": no actor as subject, but a dated
 * happening that involves actors; the first actor named after the verb stands for it.
 */
function datedEvent(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  tokens: Token[],
  mentions: Mention[],
  regions: Array<[number, number]>,
): Found | undefined {
  if (!mentions.length || !run.timexes.some((x) => x.start >= s.start && x.end <= s.end)) return undefined;
  const i = tokens.findIndex((t, k) => {
    const v = verbInfo(t.key);
    return !inside(regions, t) && !!v?.past && finiteAt(tokens, k, v, -1);
  });
  const t = tokens[i];
  const info = t ? verbInfo(t.key) : undefined;
  if (!t || !info) return undefined;
  if (mentions.some((m) => m.to <= i && !m.absorbed)) return undefined;
  const source = mentions.find((m) => m.from > i && m.from <= i + 8 && !m.absorbed && m.via !== 'pronoun');
  if (!source) return undefined;
  const pick = pickEventTimex(
    run.timexes,
    s,
    { start: t.start, end: t.end, speech: false },
    run.published,
    regions,
  );
  if (!pick || pick.date.precision !== 'day') return undefined;
  return { source, verbIndex: i, verb: info, clauseFrom: 0, quoteFirst: false, dated: true };
}

/** Title of "claims by X that Y …": "X claims that Y …" in a few words. */
function nominalTitle(source: string, clause: string): string {
  const m = /^(\w+)\s+(?:made\s+)?by\s+.*?\b(that\b.*)$/i.exec(clause);
  const words = (m ? `${m[1]} ${m[2]}` : clause).replace(/[“”"]/g, '').split(/\s+/);
  const head = words
    .slice(0, 10)
    .join(' ')
    .replace(/[,.;:]+$/, '');
  return `${source}: ${head}${words.length > 10 ? '…' : ''}`;
}

/** Title of a happening with no acting subject: the sentence up to its verb and a few words more. */
function happeningTitle(text: string, verbEnd: number, expression?: string): string {
  const head = text.slice(0, verbEnd);
  let rest = text.slice(verbEnd);
  if (expression) rest = rest.replace(expression, ' ');
  const words = `${head} ${rest.split(/[,;:(]/)[0] ?? ''}`.replace(/\s+/g, ' ').trim().split(' ');
  return `${words
    .slice(0, 12)
    .join(' ')
    .replace(/[.,;:]+$/, '')}${words.length > 12 ? '…' : ''}`;
}

/** Title of a quotation: "X said: “first words …”". */
function quoteTitle(
  source: string,
  verb: string,
  text: string,
  offset: number,
  regions: Array<[number, number]>,
  verbAt: number,
): string {
  const q = regions.filter(([a]) => a < verbAt).pop() ?? regions[0];
  if (!q) return `${source} ${verb}`;
  const said = text
    .slice(q[0] - offset + 1, q[1] - offset)
    .replace(/[”"]$/, '')
    .replace(/[,.\s]+$/, '');
  const words = said.split(/\s+/);
  return `${source} ${verb.toLowerCase()}: “${words.slice(0, 7).join(' ')}${words.length > 7 ? '…' : ''}”`;
}

/** Title of "According to X, Y …": "X: Y …" in a few words. */
function accordingTitle(source: string, text: string): string {
  const comma = text.indexOf(',');
  const rest = (comma >= 0 ? text.slice(comma + 1) : text).trim().split(/\s+/);
  const head = rest
    .slice(0, 9)
    .join(' ')
    .replace(/[,.;:]+$/, '');
  return `${source}: ${head}${rest.length > 9 ? '…' : ''}`;
}

/** "Lavrov’s statement, made during …": a clause about an earlier event of the same actor. */
function referencesEvent(
  text: string,
  tokens: Token[],
  found: Found,
  lastDated: Draft | undefined,
  paragraph: number,
): Draft | undefined {
  if (!lastDated || lastDated.source?.name !== found.source.name) return undefined;
  if (lastDated.paragraph < paragraph - 1) return undefined;
  const first = tokens[found.source.to - 1];
  if (first?.possessive) return lastDated;
  if (
    /^\s*(?:the|this|that)\s+(?:statement|remarks?|comments?|announcement|move|decision|speech|meeting|event|conference)\b/i.test(
      text,
    )
  )
    return lastDated;
  return undefined;
}

/** "His inauguration on january 20 …": an event named by a noun, with a date of its own. */
function nounEvent(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  tokens: Token[],
  mentions: Mention[],
  regions: Array<[number, number]>,
): Omit<Draft, 'paragraph' | 'order'> | undefined {
  const m = EVENT_NOUNS.exec(s.text);
  if (!m) return undefined;
  const nounAt = s.start + m.index;
  const owner = mentions.find(
    (x) =>
      !x.absorbed &&
      (tokens[x.to - 1]?.possessive || /^(?:his|her|their)$/i.test(tokens[x.from]?.text ?? '')) &&
      (tokens[x.to]?.start ?? 0) >= nounAt - 1 &&
      (tokens[x.to - 1]?.end ?? 0) <= nounAt,
  );
  if (!owner) return undefined;
  const pick = pickEventTimex(
    run.timexes,
    s,
    { start: nounAt, end: nounAt + m[0].length, speech: false },
    run.published,
    regions,
  );
  if (!pick) return undefined;
  const date = dateFromTimex(pick);
  const actors = actorsOf(mentions, owner, 0);
  return {
    articleId: run.articleId,
    published: run.published,
    source: { name: owner.name, kind: owner.kind },
    actors,
    verb: m[0].toLowerCase(),
    speech: false,
    cameo: null,
    date,
    ownDate: true,
    quote: s.text,
    start: s.start,
    end: s.end,
    title: `${owner.name}: ${m[0].toLowerCase()} ${pick.timex.text}`.trim(),
    fromTable: false,
    pronounSubject: false,
    quoteFirst: false,
    additive: false,
    codes: [],
  };
}

/** Events restated by a table row: the first cell names the topic, the others what happened. */
function tableRowEvents(
  run: ArticleRun,
  text: string,
  offset: number,
  ctx: ActorContext,
  paragraph: number,
  order: number,
): Draft[] {
  const cells: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const part of text.split('|')) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) cells.push({ start: offset + at + lead, text: part.trim() });
    at += part.length + 1;
  }
  if (cells.length < 2) return [];
  const topic = cells[0];
  if (!topic) return [];
  const topicTokens = tokenize(topic.text, topic.start);
  const topicMentions = findMentions(topicTokens, topic.text, topic.start, ctx).filter(
    (m) => !m.absorbed && m.via !== 'pronoun',
  );
  const out: Draft[] = [];
  for (const cell of cells.slice(1)) {
    let from = 0;
    const pieces = cell.text.split(/;\s*/);
    for (const piece of pieces) {
      const start = cell.start + cell.text.indexOf(piece, from);
      from = start - cell.start + piece.length;
      const clause = piece.replace(/[.\s]+$/, '');
      if (!clause) continue;
      const tokens = tokenize(clause, start);
      const mentions = findMentions(tokens, clause, start, ctx).filter((m) => !m.absorbed);
      const verbIndex = tokens.findIndex((t) => !!verbInfo(t.key) && !verbInfo(t.key)?.ing);
      const lower = clause.toLowerCase();
      const phrase = phraseCode(lower);
      if (verbIndex < 0 && !phrase) continue;
      const lead = tokens[0]?.key === 'the' ? 1 : 0;
      const own = mentions.find((m) => m.from === lead && (verbIndex < 0 || m.to <= verbIndex));
      const source = own ?? topicMentions[0] ?? mentions[0];
      if (!source) continue;
      const info = verbIndex >= 0 ? verbInfo(tokens[verbIndex]?.key ?? '') : undefined;
      const actors = actorsOf([...topicMentions, ...mentions.filter((m) => m.via !== 'pronoun')], source, 0);
      out.push({
        articleId: run.articleId,
        published: run.published,
        paragraph,
        order,
        source: { name: source.name, kind: source.kind },
        actors,
        verb: info?.base ?? 'state',
        speech: !!info && SPEECH_VERBS.has(info.base),
        cameo: cameoOf(info, lower),
        date: reportedDate(run.published),
        ownDate: false,
        quote: clause,
        start,
        end: start + clause.length,
        title: `${source.name}: ${clause.length > 70 ? `${clause.slice(0, 67).replace(/\s+\S*$/, '')}…` : clause}`,
        fromTable: true,
        pronounSubject: source.via === 'pronoun',
        quoteFirst: false,
        additive: false,
        codes: [],
      });
    }
  }
  return out;
}
