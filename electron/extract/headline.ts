/**
 * How a headline is read: the part of it that tells an event, and a copy of what the article
 * knows to read it with (a headline's capitals name nothing for the body). Its event joins the
 * body's report of it when merged (`merge-drafts`).
 */
import type { ArticleRun } from './draft';
import type { ActorContext } from './mention';
import type { Span } from './sentences';
import { tokenize } from './tokens';

/** A copy of the article's actor context for reading its headline. */
export function headlineContext(ctx: ActorContext): ActorContext {
  return {
    ...ctx,
    known: new Map(ctx.known),
    described: new Map(ctx.described),
    fullNames: new Map(ctx.fullNames),
    bodies: new Map(ctx.bodies),
    roles: new Map(ctx.roles),
    ordinary: new Map(ctx.ordinary),
    people: [...ctx.people],
    genders: new Map(ctx.genders),
  };
}

/**
 * "Film Festival Awards: Certain Women wins best film", "Mortuary workers strike hits Ghana: No
 * burial services": of a headline in two parts about a colon, the part with a verb tells its event
 * (a label or a subtitle without one is no part of it).
 */
export function headlineClause(run: ArticleRun, h: Span): Span {
  const colon = /:\s+/.exec(h.text);
  if (!colon) return h;
  const cut = colon.index;
  const hasVerb = (from: number, to: number): boolean =>
    tokenize(h.text.slice(from, to), h.start + from).some((t) => {
      const tag = run.tags.at(t.start);
      return tag === 'VERB' || tag === 'AUX';
    });
  const before = hasVerb(0, cut);
  const after = hasVerb(cut + colon[0].length, h.text.length);
  if (before === after) return h;
  return before
    ? { start: h.start, end: h.start + cut, text: h.text.slice(0, cut) }
    : { start: h.start + cut + colon[0].length, end: h.end, text: h.text.slice(cut + colon[0].length) };
}
