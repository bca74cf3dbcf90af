/**
 * What an actor says in a participle after its act: "Ordaz made the announcement during a visit
 * to the hospital, observing that the building had deteriorated", "Samara launched the products,
 * describing them as portable". The participle's statement is an event of the main event's actor,
 * told by its own words; the main event keeps the words before its comma.
 */
import { factDraft, gapAfter, tellUntil, type Draft, type SentenceContext } from './draft';
import { SPEECH_VERBS } from './lexicon';
import { inside } from './quotes';
import { finishTitle } from './title';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** CAMEO roots of acts made of words: statements, appeals, demands, praise, criticism, rejection, threats. */
const VERBAL = new Set(['01', '02', '05', '10', '11', '12', '13']);

/** Verbs of saying that describe or name what they speak of ("describing them as …", "calling it …"). */
const DESCRIBING = new Set(['describe', 'call', 'observe', 'note', 'insist', 'warn']);

/** The statement a participle of saying after a comma makes, for `main` (not itself a statement). */
export function sayingActs(sentence: SentenceContext, main: Draft | undefined, taken: Draft[]): Draft[] {
  const { s, tokens, regions } = sentence;
  const owner = main?.source && main.actors[0];
  // (after an act, not after words: "criticised the aid, arguing that …" is one statement)
  if (!main || !owner || owner.role !== 'source' || main.fromTable || main.speech) return [];
  if (main.cameo && VERBAL.has(main.cameo)) return [];
  for (let i = 1; i < tokens.length - 1; i++) {
    const verb = tokens[i] as Token;
    const prev = tokens[i - 1] as Token;
    if (!/^\p{Ll}{3,}ing$/u.test(verb.text) || inside(regions, verb)) continue;
    if (!/^\s*,\s*$/.test(gapAfter(sentence, i - 1))) continue;
    // (not one that brings in a quotation: 'saying, "Stop me if …"')
    if (/[,:“"]/.test(gapAfter(sentence, i))) continue;
    const base = verbInfo(verb.key)?.base;
    if (!base || (!SPEECH_VERBS.has(base) && !DESCRIBING.has(base))) continue;
    // (after the main event's verb, and in no other event of the sentence)
    if (verb.start <= main.start || taken.some((d) => d !== main && d.end > verb.start)) continue;
    const end = (tokens[tokens.length - 1] as Token).end;
    if (!tellUntil(main, sentence, prev.end)) continue;
    const cut = main.title.indexOf(` ${verb.text}`);
    if (cut > 0) main.title = finishTitle(main.title.slice(0, cut));
    const words = s.text.slice(verb.start - s.start, end - s.start);
    return [
      {
        ...factDraft(
          sentence,
          { ...owner, via: 'rule' },
          {
            actors: [owner],
            verb: base,
            date: { ...main.date },
            start: verb.start,
            end,
            title: finishTitle(`${owner.name}: ${words}`),
          },
        ),
        source: main.source,
        speech: true,
        cameo: '01',
        ownDate: false,
        pronounSubject: main.pronounSubject,
      },
    ];
  }
  return [];
}
