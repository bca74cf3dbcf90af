/**
 * Merging within one file, by its structure: a table row that restates an event, "He claims …"
 * elaborating the sentence before, a quotation that continues an earlier dated event of the same
 * speaker, a confirmation of the news told just before, a headline and the body's report of it;
 * then the events that are the same by `sameEvent` (`merge`).
 */
import type { NewsEvent } from '../shared/model';
import { daysFrom } from './dates';
import type { Draft } from './draft';
import { stableHash } from './ids';
import { combine, mergeEvents, sameEvent, sourceOf } from './merge';
import { ARGUING_VERBS } from './lexicon';
import { NEGATORS } from './sentence-view';
import { tokenize } from './tokens';
import { stems } from './word-stems';

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
    // (a thing no one named is the subject of its title, not an actor)
    actors: d.thing ? d.actors.filter((a) => a.name !== d.thing || a.kind !== 'product') : d.actors,
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

/** A clause turned round: "not", "never", "-n't", "no". */
const turnedRound = (quote: string): boolean => tokenize(quote).some((t) => NEGATORS.has(t.key));

/**
 * The day a quotation gives its words, in the week before the report ("… ,” she told reporters on
 * Monday"): the day of the undated statement of its speaker that it goes on with ("Holt says the
 * levy will …").
 */
function dayOfTheWeekBefore(d: Draft): boolean {
  if (d.date.precision !== 'day' || d.date.end) return false;
  const days = daysFrom(d.date.start, d.published);
  return days >= 0 && days <= 7;
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
  if (!d.speech || !TELLING.has(d.verb)) return undefined;
  const anaphoric = THE_NEWS.test(d.quote);
  // a date of its own is the news's own day ("confirmed the news at 6.30pm on Thursday") or another
  if (d.ownDate && !anaphoric) return undefined;
  const named = new Set(d.actors.filter((a) => a.role === 'target').map((a) => a.name));
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g || g.head.articleId !== d.articleId || d.paragraph - g.head.paragraph > 2) break;
    if (g.head.speech) continue;
    const actor = g.head.source?.name ?? '';
    // "announced the development": the news told just before, in this paragraph, whoever made it
    // (or in the paragraphs before, when both are of the day the confirmation names)
    const sameDay = d.date.start === g.head.date.start;
    if (anaphoric && (d.ownDate ? sameDay : g.head.paragraph === d.paragraph || actor === d.source?.name))
      return g;
    if (!anaphoric && named.has(actor) && d.date.start === g.head.date.start) return g;
  }
  return undefined;
}

/** Verbs of an act coming about or going on ("came", "took place", "followed"). */
const COMING_ABOUT = new Set(
  'come came comes take took takes follow followed follows happen happened happens occur occurred occurs begin began begins end ended ends last lasted lasts'.split(
    ' ',
  ),
);

/**
 * "Apple announced … The announcement came in a press conference", "… suspended trading. The
 * suspension took place after …": a definite thing named by the noun of an act told before in the
 * article (the noun and the act's verb share their first five letters), coming about, retells that act.
 */
function retoldAct(
  d: Draft,
  groups: Array<{ head: Draft; event: NewsEvent }>,
): { head: Draft; event: NewsEvent } | undefined {
  if (d.source?.kind !== 'product' || !COMING_ABOUT.has(d.verb)) return undefined;
  const noun = d.source.name.split(' ').pop()?.toLowerCase() ?? '';
  if (noun.length < 6 || !d.quote.toLowerCase().includes(`the ${noun}`)) return undefined;
  const stem = noun.slice(0, 5);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i];
    if (!g || g.head.articleId !== d.articleId) break;
    if (g.head.verb.startsWith(stem)) return g;
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
    // (a pronoun speaker in the next paragraph goes on too: "… said Joseph Arsenio. ¶ He insisted, however, …")
    const nextSpeaker =
      !!p &&
      p.articleId === d.articleId &&
      d.paragraph - p.paragraph === 1 &&
      p.source?.name === d.source?.name;
    // (a stance argued, not a new statement: "he said" twice is two)
    const elaboration =
      ARGUING_VERBS.has(d.verb) &&
      (sameSpeaker || nextSpeaker) &&
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
    // (when it goes on in quotation marks or with "added": "Scranton said …" twice is two; a
    // quotation telling an act done, "“We sold the ferry,” she said", is words of their own)
    const goesOn =
      !!p &&
      p.articleId === d.articleId &&
      d.paragraph - p.paragraph <= 1 &&
      (d.quoteFirst || d.verb === 'add') &&
      p.source?.name === d.source?.name &&
      p.speech &&
      d.speech &&
      !d.unnamedSpeaker &&
      !d.additive &&
      !d.quotedAct &&
      (d.cameo === p.cameo || d.cameo === '01') &&
      (d.ownDate ? !p.ownDate && dayOfTheWeekBefore(d) : p.date.start === d.date.start);
    // "The government closed the markets … Facing its worst crisis, the government is fighting …":
    // the next sentence about the same actor, referred to by a description, with no date or new
    // item of its own, goes on with it ("He was acquitted of …", a personal pronoun's, is an act
    // of its own)
    const followsUp =
      !!p &&
      p.articleId === d.articleId &&
      d.order - p.order === 1 &&
      d.paragraph - p.paragraph <= 1 &&
      d.pronounSubject &&
      !d.personalSubject &&
      !d.ownDate &&
      !d.additive &&
      d.speech === p.speech &&
      p.date.start === d.date.start &&
      (p.source?.name === d.source?.name || p.actors.some((a) => a.name === d.source?.name)) &&
      // (not another kind of act, nor the same act turned round: "found guilty … not guilty")
      (d.cameo === p.cameo || d.cameo === null || p.cameo === null) &&
      turnedRound(d.quote) === turnedRound(p.quote);
    if (prev && (elaboration || continuation || goesOn || followsUp)) {
      prev.event = combine(prev.event, draftToEvent(d));
      continue;
    }
    const told = confirmedEvent(d, groups);
    if (told) {
      told.event = combine(told.event, draftToEvent(d));
      continue;
    }
    // (the act retold brings its words, not the noun that named it as an actor)
    const retold = retoldAct(d, groups);
    if (retold) {
      const actors = d.actors.filter((a) => a.name !== d.source?.name);
      retold.event = combine(retold.event, draftToEvent({ ...d, actors }));
      continue;
    }
    groups.push({ head: d, event: draftToEvent(d) });
  }
  // the same specific act by the same actor in one article, unless told as another item ("also")
  type Group = { head: Draft; event: NewsEvent; words?: Set<string> };
  const merged: Group[] = [];
  const byArticle = new Map<string, Group[]>();
  // content stems of a group's first report, computed once (each new group is compared with those
  // before it by the words that first told them: a group that gathers reports does not gather
  // words, so one long statement does not swallow every later one of its speaker)
  const wordsOf = (g: Group): Set<string> =>
    (g.words ??= stems(
      g.head.quote,
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
    } else {
      merged.push(g);
      near.push(g);
      byArticle.set(g.head.articleId, near);
    }
  }
  // ("The president also inaugurated …": another item of the actor stays apart from the acts before;
  // such items follow the others, as the headlines and table rows below do)
  let events = [
    ...mergeEvents(merged.filter((g) => !g.head.additive).map((g) => g.event)),
    ...merged.filter((g) => g.head.additive).map((g) => g.event),
  ];
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
  return withUniqueIds(events);
}

/**
 * Two events told by the same words of one sentence (its main event and a happening it tells)
 * would share the id their quote gives: each later one takes an id of its title too, so every id
 * names one event, and an id no other event shares stays as it was.
 */
function withUniqueIds(events: NewsEvent[]): NewsEvent[] {
  const seen = new Set<string>();
  return events.map((e) => {
    let id = e.id;
    while (seen.has(id)) id = `ev_${stableHash(`${id}|${e.title}`)}`;
    seen.add(id);
    return id === e.id ? e : { ...e, id };
  });
}
