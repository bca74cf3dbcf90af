/**
 * Events of a table row: the first cell names the topic, each other cell (or each of its parts
 * split at semicolons) restates what happened, dated by the article's publication.
 */
import { findMentions } from './actors';
import { cameoOf } from './cameo';
import { reportedDate } from './dates';
import type { ArticleRun, Draft } from './draft';
import { SPEECH_VERBS } from './lexicon';
import { phraseCode, verbInfo } from './verb-forms';
import type { ActorContext } from './mention';
import { actorsOf } from './roles';
import { tokenize } from './tokens';

/** Events restated by a table row: the first cell names the topic, the others what happened. */
export function tableRowEvents(
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
