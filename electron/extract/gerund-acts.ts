/**
 * Acts told by a gerund after a preposition of time: "(The singers left at 4.15 p.m.) after giving
 * assurances …", "(Gardiner made his third appearance) since pleading guilty … in 2014", "After
 * meeting the king, (the envoy said …)". The gerund's act is one of the main event's actor, an
 * event of its own told by its own words; the main event keeps the words outside them.
 */
import { actorsOf } from './roles';
import { pickEventTimex } from './date-pick';
import { dateFromTimex, reportedDate } from './dates';
import {
  asidesBesides,
  factDraft,
  partEnd,
  tellFrom,
  tellUntil,
  type Draft,
  type SentenceContext,
} from './draft';
import { inside } from './quotes';
import { finishTitle } from './title';
import { verbInfo } from './verb-forms';

/** Prepositions of time that a gerund's act may follow. */
const TIME_PREPOSITIONS = new Set(['after', 'before', 'since', 'upon']);
/** Gerunds of no act of their own ("after being …" tells a passive; "before making" is no act). */
const NO_ACT = new Set(['being', 'having', 'making', 'doing', 'getting', 'going']);

/** The gerund acts of `main`'s actor in `sentence`, besides `taken` (the sentence's events). */
export function gerundActs(sentence: SentenceContext, main: Draft | undefined, taken: Draft[]): Draft[] {
  const { run, s, tokens, mentions, regions } = sentence;
  const owner = main?.source && main.actors[0];
  // (the subject of a passive main clause did the gerund's act too: "Since stepping down in 2009,
  // Marek was implicated in …")
  const subject = owner?.role === 'source' || main?.source?.name === owner?.name;
  if (!main || !owner || !subject || main.fromTable) return [];
  const out: Draft[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const prep = tokens[i];
    const verb = tokens[i + 1];
    if (!prep || !verb || !TIME_PREPOSITIONS.has(prep.key) || NO_ACT.has(verb.key)) continue;
    if (!/^\p{Ll}{3,}ing$/u.test(verb.text) || run.tags.at(verb.start) !== 'VERB' || inside(regions, verb))
      continue;
    const last = partEnd(sentence, i + 1);
    const from = prep.start;
    const end = tokens[last]?.end ?? verb.end;
    // a clause that opens the sentence ("After meeting the king, …") or ends it ("… after giving
    // assurances."): the main event is told by the words around it
    const opens = i === 0 && last + 1 < tokens.length;
    const ends = last === tokens.length - 1 && i > 0;
    if (!opens && !ends) continue;
    if (taken.some((d) => d !== main && d.start < end && d.end > from)) continue;
    const at = tokens[last + 1]?.start;
    // (a main event already told from after it keeps its words)
    if (opens && at !== undefined) {
      if (main.start <= from) tellFrom(main, sentence, at);
    } else if (ends) {
      if (main.start >= from || !tellUntil(main, sentence, from)) continue;
    }
    // (its title ends before the clause: "The singers left …", not "… after giving assurances")
    const cut = main.title.indexOf(` ${prep.text} ${verb.text}`);
    if (cut > 0) main.title = finishTitle(main.title.slice(0, cut));
    const words = s.text.slice(from - s.start, end - s.start);
    const info = verbInfo(verb.key);
    const base = info?.base ?? verb.key.replace(/ing$/, '');
    const pick = pickEventTimex(
      run.timexes,
      { start: from, end, text: words },
      { start: verb.start, end: verb.end, speech: false, base },
      run.published,
      [...regions, ...asidesBesides(sentence, verb.start)],
    );
    const inClause = mentions.filter(
      (m) => !m.absorbed && m.via !== 'pronoun' && m.from > i && m.to <= last + 1,
    );
    const subject = mentions.find((m) => m.name === owner.name);
    const actors = subject
      ? actorsOf([subject, ...inClause.filter((m) => m.name !== owner.name)], subject, 0, sentence)
      : [owner];
    // (a date the clause writes is its own, not the main event's)
    if (pick && main.ownDate && main.date.start === dateFromTimex(pick).start) {
      main.date = reportedDate(run.published);
      main.ownDate = false;
    }
    out.push({
      ...factDraft(sentence, subject ?? { ...owner, via: 'rule' }, {
        actors,
        verb: base,
        date: pick ? dateFromTimex(pick) : main.ownDate ? { ...main.date } : reportedDate(run.published),
        start: from,
        end,
        title: finishTitle(`${owner.name}: ${s.text.slice(verb.start - s.start, end - s.start)}`),
      }),
      // (the main event's actor, its date where the clause writes none, and how it is told)
      source: main.source,
      ownDate: !!pick,
      pronounSubject: main.pronounSubject,
      // (what was done "after …" is done before the main act, whatever that act's mode: "will
      // resume … after staying until 9 p.m. Monday")
      modality: prep.key === 'after' && main.modality === 'planned' ? 'asserted' : main.modality,
    });
  }
  return out;
}
