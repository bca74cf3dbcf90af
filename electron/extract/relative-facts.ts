/**
 * Happenings a relative clause tells of a thing, with a date of their own: "the contract that
 * expired at midnight Tuesday", "the earthquake that struck on October 23", "the epidemic that has
 * been raging in Gulu since September", and of a date: "since April 9, 1947, when a twister killed
 * 113 people". The clause dates its own act (no other event of the
 * sentence takes its date) and is an event of what the noun phrase before it names.
 */
import { actorsOf } from './roles';
import { dateFromTimex, dateOfValue } from './dates';
import { breakAfter, factDraft, partEnd, tagOf, type Draft, type SentenceContext } from './draft';
import type { Mention } from './mention';
import { describedKind } from './passive-things';
import type { Region } from './quotes';
import { inside } from './quotes';
import type { Timex } from './timex';
import { finishTitle } from './title';
import { isPastForm, verbInfo } from './verb-forms';

/** Relative pronouns after a thing's noun ("the contract that …", "the downpour which …"). */
const RELATIVE = new Set(['that', 'which', 'who']);
/** Auxiliaries of a past or perfect verb group ("has been raging", "had struck", "was"). */
const AUX = new Set(['has', 'have', 'had', 'been', 'was', 'were']);
/** Words that open the noun phrase before the clause. */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);

/**
 * One relative clause of a thing: where its words start, the pronoun, its verb, its end, and the
 * thing's noun phrase (before "that", or after "when": "April 9, 1947, when a twister killed …").
 */
interface RelativeClause {
  from: number;
  pronoun: number;
  verb: number;
  to: number;
  thing: [number, number];
  /** Told with "will": a plan, dated ahead of the article. */
  planned?: boolean;
}

/** A relative clause of a thing that a time expression inside it dates, and its text range. */
export interface DatedRelative extends RelativeClause {
  region: Region;
  timex: Timex;
}

/**
 * The relative clauses of things in `sentence` whose verb group is past (or perfect) and whose own
 * words hold a date: each dates what it tells, not the clause around it.
 */
export function datedRelatives(sentence: SentenceContext): DatedRelative[] {
  const { run, tokens, s } = sentence;
  const relatives = relativeClauses(sentence).flatMap((c) => {
    const region: Region = [tokens[c.pronoun]?.start ?? s.start, tokens[c.to - 1]?.end ?? s.end];
    const timex = run.timexes.find((x) => x.start >= region[0] && x.end <= region[1] && x.type === 'DATE');
    return timex ? [{ ...c, region, timex }] : [];
  });
  return [...relatives, ...whenClauses(sentence)];
}

/**
 * "… since April 9, 1947, when a twister killed 113 people in Woodward": a date, its comma, then
 * "when" and a clause whose subject is a noun phrase and whose verb is past. The date dates it.
 */
function whenClauses(sentence: SentenceContext): DatedRelative[] {
  const { run, tokens, s, regions } = sentence;
  const pos = (i: number): string => tagOf(sentence, i);
  const comma = (i: number): boolean => breakAfter(sentence, i);
  const out: DatedRelative[] = [];
  for (let w = 1; w + 2 < tokens.length; w++) {
    const when = tokens[w];
    if (!when || when.key !== 'when' || !comma(w - 1) || inside(regions, when)) continue;
    const before = tokens[w - 1];
    const timex = run.timexes.find(
      (x) => x.type === 'DATE' && before && x.end >= before.end && x.end <= before.end + 1,
    );
    if (!timex) continue;
    let v = w + 1;
    while (v < tokens.length && v - w <= 6 && /^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(pos(v))) v++;
    const verb = tokens[v];
    if (v === w + 1 || !verb || pos(v) !== 'VERB' || !isPastForm(verb.key)) continue;
    // (an actor named there makes the clause one of the sentence's own: "…, when the NDP won …")
    if (sentence.mentions.some((m) => !m.absorbed && m.from > w && m.from < v)) continue;
    const to = partEnd(sentence, v);
    const start = tokens.findIndex((t) => t.start >= timex.start);
    out.push({
      from: start,
      pronoun: w,
      verb: v,
      to: to + 1,
      thing: [w + 1, v],
      region: [timex.start, tokens[to]?.end ?? s.end],
      timex,
    });
  }
  return out;
}

/** The relative clauses of things in `sentence` whose verb group is past (or perfect). */
function relativeClauses(sentence: SentenceContext): RelativeClause[] {
  const { tokens, regions } = sentence;
  const pos = (i: number): string => tagOf(sentence, i);
  const comma = (i: number): boolean => breakAfter(sentence, i);
  const out: RelativeClause[] = [];
  for (let r = 1; r + 1 < tokens.length; r++) {
    const pronoun = tokens[r];
    if (!pronoun || !RELATIVE.has(pronoun.key) || !/^(?:NOUN|PROPN)$/.test(pos(r - 1))) continue;
    // (set off by a comma only after "which": "the new routes, which came into effect on …")
    if (inside(regions, pronoun) || (comma(r - 1) && pronoun.key === 'that')) continue;
    let v = r + 1;
    // ("which will come into effect on 30 September": a plan with its day)
    const planned = tokens[v]?.key === 'will';
    if (planned) v++;
    while (v < tokens.length && AUX.has(tokens[v]?.key ?? '') && v - r <= 2) v++;
    const verb = tokens[v];
    const group = v > r + 1;
    const past = isPastForm(verb?.key ?? '') || (group && /ing$/.test(verb?.key ?? ''));
    if (!verb || pos(v) !== 'VERB' || (planned ? tokens[v - 1]?.key !== 'will' : !past)) continue;
    let from = r - 1;
    while (from > 0 && r - from < 6 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(pos(from - 1)) && !comma(from - 1))
      from--;
    if (from > 0 && DETERMINERS.has(tokens[from - 1]?.key ?? '')) from--;
    const to = partEnd(sentence, v);
    out.push({ from, pronoun: r, verb: v, to: to + 1, thing: [from, r], ...(planned ? { planned } : {}) });
  }
  return out;
}

/** The events `relatives` (of `datedRelatives`) tell, besides `taken`. */
export function relativeFacts(
  sentence: SentenceContext,
  relatives: DatedRelative[],
  taken: Draft[],
): Draft[] {
  const { run, s, tokens, mentions } = sentence;
  const out: Draft[] = [];
  for (const c of relatives) {
    const [a, b] = c.region;
    const t = c.timex;
    const day = dateOfValue(t.value);
    if (!day || (c.planned ? day.start <= run.published : day.start > run.published)) continue;
    const start = tokens[c.from]?.start ?? a;
    if (taken.some((d) => d.start >= start && d.end <= b)) continue;
    // the thing: what the noun phrase names, else its head noun
    const [np, npEnd] = c.thing;
    const inPhrase = mentions.filter((m) => !m.absorbed && m.from >= np && m.to <= npEnd);
    // "John Kasl, an architect who entered politics in 1990": "who" after a noun in apposition to
    // a person tells of that person (one right after the name is the clause's own: "Ana Ruiz, who
    // joined …")
    const who = tokens[c.pronoun]?.key === 'who';
    const apposed =
      who && !inPhrase.length
        ? mentions.find(
            (m) => !m.absorbed && m.kind === 'person' && m.to === np && breakAfter(sentence, m.to - 1),
          )
        : undefined;
    if (who && !apposed) continue;
    const named = apposed ? [apposed] : inPhrase;
    const head = tokens[npEnd - 1];
    const word = head?.text ?? 'It';
    const thing: Mention = named[named.length - 1] ?? {
      from: npEnd - 1,
      to: npEnd,
      name: word.charAt(0).toUpperCase() + word.slice(1),
      kind: describedKind(head?.key ?? ''),
      via: 'description',
      thing: true,
    };
    const inClause = mentions.filter((m) => !m.absorbed && m.from >= npEnd && m.to <= c.to);
    const verbFrom = c.planned ? c.pronoun + 1 : c.verb;
    const clause = s.text.slice((tokens[verbFrom]?.start ?? a) - s.start, b - s.start);
    out.push({
      ...factDraft(sentence, thing, {
        actors: actorsOf([thing, ...inClause], thing, 0, sentence),
        verb: verbInfo(tokens[c.verb]?.key ?? '')?.base ?? tokens[c.verb]?.key ?? '',
        date: dateFromTimex({ timex: t, date: day, expression: t.text }),
        start,
        end: b,
        title: finishTitle(`${thing.name} ${clause}`),
      }),
      background: true,
      ...(c.planned ? { modality: 'planned' as const } : {}),
    });
  }
  return out;
}
