/**
 * Merging: the same real-world event told in several places becomes one event with several sources.
 * Within a file: a table row that restates an event, "He claims …" elaborating the sentence before,
 * a quotation that continues an earlier dated event of the same speaker. Across places: the same
 * source actor, compatible dates and CAMEO codes, and enough shared wording (after folding common
 * synonyms) or the same target.
 */
import type { EventSource, NewsEvent } from '../shared/model';
import { datesCompatible } from './dates';
import type { Draft } from './draft';
import { stableHash } from './ids';

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they his her their them him which who whom what when while than then there here not no so also any all some such into over about after before between during under more most very can could would should will may might must do does did just only other others new same own former incoming current ongoing recent recently repeatedly consistently firmly further already said says say stated state told according official officials spokesperson spokesman spokeswoman leader leaders situation issue'.split(
    ' ',
  ),
);

const SYNONYMS: Array<[RegExp, string]> = [
  [/^(?:support|supports|supported|aid|aids|assistance|backing|help)$/, 'aid'],
  [/^(?:military|arms|weapons|weaponry)$/, 'arms'],
  [
    /^(?:talks|talk|discussion|discussions|discuss|discussing|dialogue|negotiation|negotiations|negotiate|contact|engage|engagement|meeting|meet)$/,
    'talk',
  ],
  [/^(?:open|openness|willing|willingness|ready|readiness|eager|prepared)$/, 'willing'],
  [
    /^(?:reject|rejects|rejected|rejecting|rebuttal|rebuttals|rebuff|rebuffed|refuse|refused|spurn|spurned|dismiss|dismissed|dismissing|deny|denies|denied|unfounded|baseless)$/,
    'reject',
  ],
  [
    /^(?:accuse|accuses|accused|accusing|accusation|accusations|allegation|allegations|alleged|allege|claims)$/,
    'accuse',
  ],
  [/^(?:criticize|criticized|criticizes|criticism|critical|criticise|criticised)$/, 'critic'],
  [/^(?:ceasefire|truce|peace)$/, 'peace'],
  [/^(?:membership|member|members|join|joins|joined|joining|accession|integration)$/, 'member'],
  [/^(?:war|conflict|fighting)$/, 'war'],
  [/^(?:guarantees|guarantee|assurances|assurance)$/, 'guarantee'],
  [/^(?:invasion|aggression)$/, 'invasion'],
  [
    /^(?:acquire|acquires|acquired|acquiring|acquisition|buy|buys|bought|buying|purchase|purchased|takeover|merger|merge|merged)$/,
    'acquire',
  ],
  [/^(?:offer|offers|offered|bid|bids|approach|proposal)$/, 'offer'],
  [/^(?:win|wins|won|winning|victory|victories)$/, 'win'],
  [/^(?:kill|killed|killing|dead|deaths|died)$/, 'kill'],
  [/^(?:sworn|swear|swears|swore|oath|inaugurated|inauguration)$/, 'oath'],
  [/^(?:defeat|defeats|defeated|beat|beats|beating|overcame)$/, 'defeat'],
  [/^(?:title|titles|crown|trophy|championship|cup)$/, 'title'],
];

/** A word without its common inflection ("opened" → open, "talks" → talk, "readiness" → ready). */
function baseForm(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('iness')) return `${word.slice(0, -5)}y`;
  const m = /^(.{3,}?)(?:ness|ing|ed|es|s)$/.exec(word);
  return m?.[1] ?? word;
}

const WORD_STEMS = new Map<string, string>();

/** The stem of one lower-case word: its synonym group, else its first five letters. */
function stemOf(word: string): string {
  let stem = WORD_STEMS.get(word);
  if (stem === undefined) {
    const base = baseForm(word);
    stem = SYNONYMS.find(([re]) => re.test(word) || re.test(base))?.[1] ?? word.slice(0, 5);
    if (WORD_STEMS.size > 100_000) WORD_STEMS.clear();
    WORD_STEMS.set(word, stem);
  }
  return stem;
}

const STEM_CACHE = new Map<string, Array<[string, string]>>();

function wordStems(text: string): Array<[string, string]> {
  const cached = STEM_CACHE.get(text);
  if (cached) return cached;
  const out: Array<[string, string]> = [];
  for (const raw of text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[a-z][a-z-]+/g) ?? []) {
    if (STOP.has(raw) || raw.length < 3) continue;
    out.push([stemOf(raw), raw]);
  }
  if (STEM_CACHE.size > 50_000) STEM_CACHE.clear();
  STEM_CACHE.set(text, out);
  return out;
}

/** Content stems of a text: folded synonyms, then the first five letters of each word. */
export function stems(text: string, names: string[] = []): Set<string> {
  const nameWords = new Set(names.flatMap((n) => n.toLowerCase().split(/\s+/)));
  const out = new Set<string>();
  for (const [stem, word] of wordStems(text)) if (!nameWords.has(word)) out.add(stem);
  return out;
}

function sourceOf(e: NewsEvent): string | undefined {
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
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const smaller = Math.min(wa.size, wb.size);
  if (smaller === 0) return false;
  const overlap = shared / smaller;
  const sameArticle = (): boolean =>
    a.sources.some((x) => b.sources.some((y) => y.articleId === x.articleId));
  if (lenient && a.cameo && b.cameo && sameArticle()) {
    // the same specific act by the same actors in one article; a statement restating it needs more words
    if (a.cameo === b.cameo && a.cameo !== '01' && shared >= 2) return true;
    if (sa !== sb) return false;
    if (a.cameo !== b.cameo && (a.cameo === '01' || b.cameo === '01') && shared >= 3) return true;
    // a statement that names no one the act did not name, in the act's words (two shared stems)
    const statement = a.cameo === '01' ? a : b.cameo === '01' ? b : undefined;
    const act = statement === a ? b : a;
    const actNames = new Set(act.actors.map((x) => x.name));
    if (
      statement &&
      a.cameo !== b.cameo &&
      shared >= 2 &&
      statement.actors.every((x) => actNames.has(x.name))
    )
      return true;
  }
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
 * How well a table row restates an event of the same article: the number of shared content stems
 * when they share an actor and compatible CAMEO codes, else 0. A row may name the event by another
 * of its actors ("Moscow is open to …" for "Lavrov revealed that Moscow is open to …").
 */
function rowMatch(e: NewsEvent, row: NewsEvent, articleId: string): number {
  if (!e.sources.some((s) => s.articleId === articleId)) return 0;
  const names = new Set(e.actors.map((a) => a.name));
  if (!row.actors.some((a) => names.has(a.name))) return 0;
  const compatible = e.cameo === row.cameo || e.cameo === '01' || row.cameo === '01' || row.cameo === null;
  if (!compatible) return 0;
  const all = [...names, ...row.actors.map((a) => a.name)];
  const we = stems(e.sources.map((s) => s.quote).join(' '), all);
  let shared = 0;
  for (const w of stems(row.sources.map((s) => s.quote).join(' '), all)) if (we.has(w)) shared++;
  return shared;
}

/** One draft as an event with one source. */
export function draftToEvent(d: Draft): NewsEvent {
  const e: NewsEvent = {
    id: `ev_${stableHash(`${d.articleId}|${d.quote}`)}`,
    title: d.title,
    start: d.date.start,
    precision: d.date.precision,
    basis: d.date.basis,
    actors: d.actors,
    cameo: d.cameo,
    sources: [{ articleId: d.articleId, quote: d.quote, start: d.start, end: d.end }],
  };
  if (d.date.end) e.end = d.date.end;
  if (d.date.expression) e.expression = d.date.expression;
  if (d.date.timex) e.timex = d.date.timex;
  if (d.date.approximation) e.approximation = d.date.approximation;
  if (d.modality && d.modality !== 'asserted') e.modality = d.modality;
  return e;
}

/** Verbs that tell news already told: confirming or announcing it adds no event of its own. */
const TELLING = new Set(['confirm', 'announce', 'unveil', 'reveal', 'disclose']);
/** Nouns that stand for the news just told ("announced the development"). */
const THE_NEWS =
  /\b(?:confirm|announc|unveil|reveal|disclos)\w*\s+(?:the|this|that)\s+(?:development|move|news|decision|deal|departure|change|launch|step|plan)\b/i;

/**
 * "Apple launched a 3G iPhone. … Steve Jobs announced the development", "Papermaster is stepping
 * down … Apple confirmed that Papermaster had left": a confirmation or announcement of the event
 * told just before (in the paragraphs before, by its actor or naming it) is a source of that event.
 */
function confirmedEvent(
  d: Draft,
  groups: Array<{ head: Draft; event: NewsEvent }>,
): { head: Draft; event: NewsEvent } | undefined {
  if (!d.speech || !TELLING.has(d.verb) || d.ownDate) return undefined;
  const anaphoric = THE_NEWS.test(d.quote);
  const named = new Set(d.actors.filter((a) => a.role === 'target').map((a) => a.name));
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g || g.head.articleId !== d.articleId || d.paragraph - g.head.paragraph > 2) break;
    if (g.head.speech) continue;
    const actor = g.head.source?.name ?? '';
    // "announced the development": the news told just before, in this paragraph, whoever made it
    if (anaphoric && (g.head.paragraph === d.paragraph || actor === d.source?.name)) return g;
    if (!anaphoric && named.has(actor) && d.date.start === g.head.date.start) return g;
  }
  return undefined;
}

/**
 * Merges the drafts of one file: structural rules first (elaboration, continuation, table rows),
 * then events that are the same by `sameEvent`.
 */
export function mergeDrafts(drafts: Draft[]): NewsEvent[] {
  const groups: Array<{ head: Draft; event: NewsEvent }> = [];
  const tableRows: Draft[] = [];
  const headlines: Draft[] = [];
  for (const d of drafts) {
    if (d.fromTable) {
      tableRows.push(d);
      continue;
    }
    if (d.headline) {
      headlines.push(d);
      continue;
    }
    const prev = groups[groups.length - 1];
    const p = prev?.head;
    const sameSpeaker =
      !!p && p.articleId === d.articleId && p.paragraph === d.paragraph && p.source?.name === d.source?.name;
    const elaboration =
      sameSpeaker &&
      d.pronounSubject &&
      !d.quoteFirst &&
      d.speech &&
      !d.additive &&
      !d.ownDate &&
      !!p &&
      (p.speech || ['10', '11', '12', '13'].includes(p.cameo ?? ''));
    const continuation =
      sameSpeaker &&
      d.quoteFirst &&
      d.speech &&
      !d.ownDate &&
      !!p &&
      // a dated event before the report, or a statement its named speaker goes on with
      (p.ownDate ? (p.date.end ?? p.date.start) < d.published : p.speech && !d.unnamedSpeaker);
    // a speaker's statement that goes on over the next sentences and paragraphs is one statement
    const goesOn =
      !!p &&
      p.articleId === d.articleId &&
      (d.paragraph === p.paragraph ||
        (d.paragraph - p.paragraph === 1 && (d.quoteFirst || d.verb === 'add'))) &&
      p.source?.name === d.source?.name &&
      p.speech &&
      d.speech &&
      !d.unnamedSpeaker &&
      !d.ownDate &&
      !d.additive &&
      (d.cameo === p.cameo || d.cameo === '01') &&
      p.date.start === d.date.start;
    if (prev && (elaboration || continuation || goesOn)) {
      prev.event = combine(prev.event, draftToEvent(d));
      continue;
    }
    const told = confirmedEvent(d, groups);
    if (told) {
      told.event = combine(told.event, draftToEvent(d));
      continue;
    }
    groups.push({ head: d, event: draftToEvent(d) });
  }
  // the same specific act by the same actor in one article, unless told as another item ("also")
  type Group = { head: Draft; event: NewsEvent; words?: Set<string> };
  const merged: Group[] = [];
  const byArticle = new Map<string, Group[]>();
  // content stems of a group, computed once (each new group is compared with those before it)
  const wordsOf = (g: Group): Set<string> =>
    (g.words ??= stems(
      g.event.sources.map((x) => x.quote).join(' '),
      g.event.actors.map((a) => a.name),
    ));
  for (const g of groups as Group[]) {
    const simple = (d: Draft): boolean => !d.additive && d.codes.length <= 1;
    const near = byArticle.get(g.head.articleId) ?? [];
    const host = simple(g.head)
      ? near.find(
          (m) => simple(m.head) && sameEvent(m.event, g.event, true, { a: wordsOf(m), b: wordsOf(g) }),
        )
      : undefined;
    if (host) {
      host.event = combine(host.event, g.event);
      host.words = undefined;
    } else {
      merged.push(g);
      near.push(g);
      byArticle.set(g.head.articleId, near);
    }
  }
  let events = mergeEvents(merged.map((g) => g.event));
  // a headline tells the story the body reports: it joins the body's first event of its actor
  // (after the body's own merging, so the headline's words make no two body events look alike)
  for (const h of headlines) {
    // ("Chakwera sworn in" is Lazarus Chakwera's event: a headline names people short)
    // ("the Dow" and "Dow Jones Industrial Average": one is the other's first or last words)
    const who = h.source?.name ?? '';
    const same = (name: string): boolean =>
      name === who ||
      name.endsWith(` ${who}`) ||
      who.endsWith(` ${name}`) ||
      name.startsWith(`${who} `) ||
      who.startsWith(`${name} `);
    // the body event of the same actor, else the one telling it in the most of the same words
    const words = stems(h.quote);
    let at = -1;
    let best = 1;
    events.forEach((e, i) => {
      if (!e.sources.some((x) => x.articleId === h.articleId)) return;
      const actor = same(sourceOf(e) ?? '') || e.actors.some((a) => same(a.name)) ? 10 : 0;
      let shared = 0;
      for (const w of stems(e.sources.map((x) => x.quote).join(' '))) if (words.has(w)) shared++;
      if (actor + shared > best && (actor > 0 || shared >= 2)) {
        best = actor + shared;
        at = i;
      }
    });
    const headline = draftToEvent(h);
    const host = events[at];
    if (host) events[at] = combine(host, headline);
    else events.push(headline);
  }
  // a table row is a source of the event it restates; a row that restates nothing found stays out
  const inArticle = new Map<string, number[]>();
  const bySource = new Map<string, number[]>();
  events.forEach((e, i) => {
    for (const a of new Set(e.sources.map((x) => x.articleId)))
      inArticle.set(a, [...(inArticle.get(a) ?? []), i]);
    const src = sourceOf(e) ?? '';
    bySource.set(src, [...(bySource.get(src) ?? []), i]);
  });
  for (const row of tableRows) {
    const ev = draftToEvent(row);
    let target = -1;
    let best = 1;
    for (const i of inArticle.get(row.articleId) ?? []) {
      const e = events[i];
      const shared = e ? rowMatch(e, ev, row.articleId) : 0;
      if (shared > best) {
        best = shared;
        target = i;
      }
    }
    if (target < 0) {
      target =
        (bySource.get(sourceOf(ev) ?? '') ?? []).find((i) => {
          const e = events[i];
          return !!e && sameEvent(e, ev);
        }) ?? -1;
    }
    const host = events[target];
    if (host) events[target] = combine(host, ev);
  }
  events = events.map((e) => ({
    ...e,
    sources: [...e.sources].sort((x, y) => (x.articleId === y.articleId ? x.start - y.start : 0)),
  }));
  return events;
}

/** Merges events that are the same real-world event; order is kept (first occurrence first). */
export function mergeEvents(events: NewsEvent[]): NewsEvent[] {
  const out: NewsEvent[] = [];
  const outStems: Array<Set<string>> = [];
  // source actor → stem → events holding it: only events sharing wording are compared
  const index = new Map<string, Map<string, number[]>>();
  for (const e of events) {
    const src = sourceOf(e) ?? '';
    const own = stems(
      e.sources.map((s) => s.quote).join(' '),
      e.actors.map((a) => a.name),
    );
    const byStem = index.get(src) ?? new Map<string, number[]>();
    index.set(src, byStem);
    const shared = new Map<number, number>();
    for (const w of own) for (const i of byStem.get(w) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let target = -1;
    for (const [i, n] of [...shared].sort((a, b) => a[0] - b[0])) {
      const host = out[i];
      if (n >= 2 && host && sameEvent(host, e, false, { a: outStems[i] ?? new Set(), b: own })) {
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
  return out;
}
