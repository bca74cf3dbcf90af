/**
 * Past facts told in passing, with a date of their own: "a loss to Serena in the 2015 final", "her
 * 2016 French Open title", "the overthrow of Marcos 12 years ago", "a quarter-point increase in
 * March". A noun phrase whose head names an act or an outcome, dated by a time expression inside
 * it or right after it that no event of the sentence took, is an event of the actor it belongs to.
 */
import { actorsOf } from './roles';
import { BOUNDARY } from './date-pick';
import { dateFromTimex, dateOfValue, daysFrom } from './dates';
import { factDraft, gapAfter, tagOf, tellFrom, type Draft, type SentenceContext } from './draft';
import type { Mention } from './mention';
import { inside } from './quotes';
import { finishTitle } from './title';
import type { Token } from './tokens';
import { isParticiple, verbInfo } from './verb-forms';

/** Head nouns of acts and outcomes (a word list, as data; endings below catch the rest). */
const ACT_NOUNS = new Set(
  'loss win victory defeat title crown final attempt bid increase rise hike cut fall drop raid attack strike war election vote referendum crash earthquake quake storm flood trial verdict conviction deal agreement treaty protest protests overthrow coup invasion launch landing record mark visit summit talks merger takeover bankruptcy ban ruling decision resignation arrest killing shooting bombing explosion fire collapse outbreak'.split(
    ' ',
  ),
);
/** Endings of nouns made from verbs ("acquisition", "agreement", "departure", "approval"). */
const NOMINAL = /^\p{Ll}{3,}(?:tion|sion|ment|ure)$/u;
/** Words that close a noun phrase on its left. */
const LEFT_EDGE = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'its',
  'their',
  'our',
  'after',
  'since',
  'before',
  'following',
]);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);

/** Nouns with those endings that name things, not acts ("apartment", "government", "picture"). */
const THINGS = new Set(
  'apartment department government parliament document equipment monument instrument environment compartment basement pavement furniture structure culture nature picture future figure feature temperature literature signature mixture pressure creature sculpture mission commission session television nation station position population region religion version vision question'.split(
    ' ',
  ),
);

const isActNoun = (t: Token | undefined, pos: string | undefined): boolean =>
  !!t && !t.cap && pos === 'NOUN' && (ACT_NOUNS.has(t.key) || (NOMINAL.test(t.key) && !THINGS.has(t.key)));

/**
 * The act noun a time expression dates: one just before it ("a loss … in the 2015 final", "the
 * overthrow … 12 years ago") or, for a year written as a modifier, one just after it ("her 2016 …
 * title"). Stops at a verb or a clause boundary.
 */
function actNounOf(sentence: SentenceContext, from: number, to: number): number {
  const { tokens, run } = sentence;
  const pos = (i: number): string | undefined => run.tags.at(tokens[i]?.start ?? -1);
  const stops = (i: number): boolean => pos(i) === 'VERB' || pos(i) === 'AUX';
  for (let i = to; i < Math.min(tokens.length, to + 4) && /^\d{4}$/.test(tokens[from]?.text ?? ''); i++) {
    if (stops(i) || /[,;]/.test(gapAfter(sentence, i - 1))) break;
    if (isActNoun(tokens[i], pos(i))) return i;
  }
  // a gerund's act the date closes ("of raping an actress in a hotel room in 2013")
  for (let i = from - 1; i >= Math.max(0, from - 14); i--) {
    if (gerundAct(tokens, i)) return i;
    if ((stops(i) && !/ing$/.test(tokens[i]?.key ?? '')) || /[,;]/.test(gapAfter(sentence, i))) break;
  }
  for (let i = from - 1; i >= Math.max(0, from - 8); i--) {
    if (stops(i) || /[,;]/.test(gapAfter(sentence, i))) break;
    if (isActNoun(tokens[i], pos(i))) return i;
  }
  return -1;
}

/**
 * "(convicted Vane) of assaulting …", "(arrested) for robbing …", "(guilty of raping …) and
 * sexually assaulting …": a gerund that names an act.
 */
function gerundAct(tokens: Token[], i: number): boolean {
  const lead = gerundLead(tokens, i);
  if (lead === 'of' || lead === 'for') return true;
  // ("… of raping X and sexually assaulting Y": "and" goes on with a gerund's act, not "rains and flooding")
  if (lead !== 'and') return false;
  for (let j = 1; j < i; j++) if (/^(?:of|for)$/.test(gerundLead(tokens, j) ?? '')) return true;
  return false;
}

/** The word before the gerund at `i` ("of", "and"), past one adverb ("sexually"); none if `i` is no gerund. */
function gerundLead(tokens: Token[], i: number): string | undefined {
  if (!/^\p{Ll}{3,}ing$/u.test(tokens[i]?.text ?? '')) return undefined;
  return tokens[/ly$/.test(tokens[i - 1]?.key ?? '') ? i - 2 : i - 1]?.key;
}

/** The events told in passing in `sentence`, besides `taken` (the sentence's own events). */
export function pastFacts(sentence: SentenceContext, taken: Draft[]): Draft[] {
  const { run, s, tokens, mentions, regions } = sentence;
  const out: Draft[] = [];
  const used = new Set(taken.map((d) => d.date.timex).filter(Boolean));
  const pos = (i: number): string => tagOf(sentence, i);
  for (const t of run.timexes) {
    if (t.start < s.start || t.end > s.end || t.type !== 'DATE' || used.has(t.value)) continue;
    // "levels last seen in 1985", "the lowest since 2002": a comparison, no fact of its own
    if (BOUNDARY.test(s.text.slice(Math.max(0, t.start - s.start - 14), t.start - s.start))) continue;
    const written = dateOfValue(t.value);
    // a past fact: before the week the article reports
    if (!written || written.start >= run.published || daysFrom(written.start, run.published) < 7) continue;
    const from = tokens.findIndex((k) => k.start >= t.start);
    const after = tokens.findIndex((k) => k.start >= t.end);
    const to = after < 0 ? tokens.length : after;
    if (from < 0) continue;
    const aside = participleAside(sentence, from, to - 1);
    if (aside) {
      const draft = asideFact(sentence, aside, { timex: t, date: written, expression: t.text }, taken);
      if (draft) out.push(draft);
      continue;
    }
    const noun = actNounOf(sentence, from, to);
    const head = tokens[noun];
    if (!head || inside(regions, head)) continue;
    // the phrase: from its left edge ("a loss", "her 2016") to the noun the date goes with
    // (a gerund's act starts at the gerund: "assaulting a driver in 2013")
    const gerund = gerundAct(tokens, noun);
    let left = Math.min(noun, from);
    const floor = gerund ? left : left - 6;
    while (
      left > 0 &&
      left > floor &&
      !LEFT_EDGE.has(tokens[left - 1]?.key ?? '') &&
      pos(left - 1) !== 'VERB'
    )
      left--;
    if (!gerund && LEFT_EDGE.has(tokens[left - 1]?.key ?? '')) left--;
    let last = Math.max(noun, to - 1);
    // ("in the 2015 final": the phrase goes on to the noun the year modifies)
    while (
      last + 1 < tokens.length &&
      last < Math.max(noun, to) + 3 &&
      (/^(?:NOUN|PROPN)$/.test(pos(last + 1)) || ACT_NOUNS.has(tokens[last + 1]?.key ?? '')) &&
      !/[,;]/.test(gapAfter(sentence, last))
    )
      last++;
    const start = tokens[left]?.start ?? head.start;
    const end = Math.max(tokens[last]?.end ?? head.end, t.end);
    // (whose act a gerund names: the person before "of", "convicted Vane of assaulting …")
    // (of the whole list: "guilty of raping X … and sexually assaulting Y" are both Kell's acts)
    let first = noun;
    while (gerund && first > 0 && !/^(?:of|for)$/.test(gerundLead(tokens, first) ?? '')) first--;
    const before = gerund
      ? mentions.find((m) => !m.absorbed && m.to >= first - 3 && m.to < first && m.kind !== 'country')
      : undefined;
    const owner = before ?? ownerOf(sentence, left, last, taken);
    if (!owner) continue;
    if (taken.some((d) => d.start <= start && d.end >= end && d.date.start === written.start)) continue;
    const quote = s.text.slice(start - s.start, end - s.start);
    out.push(
      factDraft(sentence, owner, {
        actors: actorsOf(
          mentions.filter((m) => m === owner || (!m.absorbed && m.from >= left && m.to <= last + 1)),
          owner,
          0,
        ),
        verb: head.key,
        date: dateFromTimex({ timex: t, date: written, expression: t.text }),
        start,
        end,
        title: finishTitle(`${owner.name}: ${quote.replace(/^(?:after|since|before|following)\s+/i, '')}`),
      }),
    );
  }
  return out;
}

/** Whose the fact is: a name owning the phrase, the actor of the sentence's event, or one it names. */
function ownerOf(sentence: SentenceContext, left: number, last: number, taken: Draft[]): Mention | undefined {
  const { tokens, mentions } = sentence;
  const owning = mentions.find((m) => !m.absorbed && m.to === left + 1 && tokens[m.to - 1]?.possessive);
  if (owning) return owning;
  // "her 2016 title": the actor of the sentence's event
  const first = taken[0]?.source;
  const acting = first ? mentions.find((m) => m.name === first.name) : undefined;
  const named = mentions.find((m) => !m.absorbed && m.from >= left && m.to <= last + 1);
  if (acting && (POSSESSIVE_PRONOUNS.has(tokens[left]?.key ?? '') || !named)) return acting;
  // "the overthrow of President Marcos 12 years ago": the actor the phrase names
  return named ?? acting;
}

/** A participle's aside after a name: its owner, and the token range of its words. */
interface Aside {
  owner: Mention;
  from: number;
  to: number;
}

/**
 * "Pope Francis, born in Argentina in 1936, was elected …", "Kestrel Mining, founded in 1998,
 * reported …": the aside around a date (tokens `at` to `end`) that opens on a past participle right
 * after a name and its comma, and closes with a comma before the sentence goes on.
 */
function participleAside(sentence: SentenceContext, at: number, end: number): Aside | undefined {
  const { run, tokens, mentions } = sentence;
  const comma = (i: number): boolean => /,/.test(gapAfter(sentence, i));
  let from = at;
  while (from > 0 && !comma(from - 1)) from--;
  const verb = tokens[from];
  if (from === 0 || !verb || run.tags.at(verb.start) !== 'VERB' || !isParticiple(verb.key)) return undefined;
  const owner = mentions.find((m) => !m.absorbed && m.via !== 'pronoun' && m.to === from);
  let last = end;
  while (last < tokens.length - 1 && !comma(last)) last++;
  return owner && last < tokens.length - 1 ? { owner, from, to: last + 1 } : undefined;
}

/** The past fact an aside tells, dated by `pick`; the event of its owner then goes on after it. */
function asideFact(
  sentence: SentenceContext,
  aside: Aside,
  pick: Parameters<typeof dateFromTimex>[0],
  taken: Draft[],
): Draft | undefined {
  const { s, tokens, mentions } = sentence;
  const head = tokens[aside.from];
  const tail = tokens[aside.to - 1];
  const next = tokens[aside.to];
  if (!head || !tail || !next) return undefined;
  const { owner } = aside;
  const quote = s.text.slice(head.start - s.start, tail.end - s.start);
  // ("Pope Francis, born in …, was elected": the owner's event is told by the words after the aside)
  const ownerAt = tokens[owner.from]?.start ?? head.start;
  for (const d of taken)
    if (d.source?.name === owner.name && d.start <= ownerAt && d.end > next.start)
      tellFrom(d, sentence, next.start);
  return factDraft(sentence, owner, {
    actors: actorsOf(
      [owner, ...mentions.filter((m) => !m.absorbed && m.from >= aside.from && m.to <= aside.to)],
      owner,
      0,
      sentence,
    ),
    verb: verbInfo(head.key)?.base ?? head.key,
    date: dateFromTimex(pick),
    start: head.start,
    end: tail.end,
    title: finishTitle(`${owner.name} ${quote}`),
  });
}
