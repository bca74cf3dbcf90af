/**
 * A clause told before the main event's verb, of another actor: its words end where the main
 * event's actor comes in ("Jubilant demonstrators shouted … at news Mubarak had resigned"), or
 * where its own segment ends when that actor is named inside it ("Borowski reprimanded Janowski a
 * number of times, but the deputy refused …"), and its title ends with them.
 */
import { cueStartBefore } from './anchored-dates';
import type { Clause } from './clauses';
import type { Draft, SentenceContext } from './draft';
import { finishTitle } from './title';

/** Ends draft `d` of clause `c`, told before main event `main` (`segment`: its segment ends there). */
export function endBeforeMain(
  sentence: SentenceContext,
  d: Draft,
  c: Clause,
  main: Draft,
  segment: boolean,
): void {
  const { s, tokens, mentions } = sentence;
  const actor = mentions.find((m) => m.from > c.verbIndex && !m.absorbed && m.name === main.source?.name);
  if (!actor) return;
  const inside = segment && actor.from < c.to;
  const at = inside ? tokens[c.to]?.start : tokens[actor.from]?.start;
  if (at === undefined) return;
  const cue = cueStartBefore(s.text, at - s.start);
  const cut = cue === undefined ? at : cue + s.start;
  if (cut <= d.start || cut >= d.end) return;
  const quote = s.text
    .slice(d.start - s.start, cut - s.start)
    .replace(/(?:[\s,;:]+(?:the|a|an|at|on|of|in|to|that|as|with|by))*[\s,;:]*$/i, '');
  if (quote.length < 12) return;
  d.quote = quote;
  d.end = d.start + quote.length;
  // (the main event's actor named inside the segment is one this clause acted on)
  if (!inside) d.actors = d.actors.filter((a) => a.name !== main.source?.name);
  d.title = finishTitle(quote.replace(/\s+(?:at|on|after|as|with|by|to)(?:\s+\p{Ll}+){0,2}$/u, ''));
}
