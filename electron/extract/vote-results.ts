/**
 * A list of votes a body took, one measure a line after an introduction that ends in a colon
 * ("Here's how the Kelby council voted Tuesday:" … "Closing the pool on Sundays: DENIED, 6-5."):
 * each measure is an act of the body the introduction names, on the introduction's day. The line
 * names no actor of its own, so without the introduction it would be no event.
 */
import type { Draft } from './draft';

/** The outcomes a vote's line may state, with the verb each is the past of. */
const OUTCOMES = new Map([
  ['approved', 'approve'],
  ['denied', 'deny'],
  ['passed', 'pass'],
  ['failed', 'fail'],
  ['rejected', 'reject'],
  ['adopted', 'adopt'],
  ['defeated', 'defeat'],
  ['tabled', 'table'],
]);

/** "<measure>: APPROVED, 7-3": the measure, the outcome in capitals or capitalised, the tally. */
const RESULT = new RegExp(
  `^\\s*(?<measure>[^:]{3,200}?):\\s*(?<outcome>${[...OUTCOMES.keys()]
    .flatMap((w) => [w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)])
    .join('|')})\\b(?:,?\\s*(?<tally>\\d{1,3}-\\d{1,3}))?[^:]*$`,
  'u',
);

/** How many paragraphs after its introduction a vote's line may come. */
const LIST_SPAN = 40;

/**
 * The event of a vote's line (`text` at file offset `start`), done by the source of the last
 * event told in a sentence that ends in a colon, at its date; undefined for any other line.
 */
export function voteResult(
  text: string,
  start: number,
  drafts: readonly Draft[],
  place: { paragraph: number; order: number },
): Draft | undefined {
  const m = RESULT.exec(text);
  if (!m?.groups) return undefined;
  const intro = drafts.findLast((d) => /:\s*$/.test(d.quote));
  const body = intro?.source;
  if (!intro || !body || place.paragraph - intro.paragraph > LIST_SPAN) return undefined;
  const measure = (m.groups.measure ?? '').trim();
  const outcome = (m.groups.outcome ?? '').toLowerCase();
  const tally = m.groups.tally ? `, ${m.groups.tally}` : '';
  // (a remark in brackets after the tally is no part of the vote)
  const quote = text.trim().replace(/\s+\(.*$/, '');
  const from = start + text.indexOf(quote);
  return {
    articleId: intro.articleId,
    published: intro.published,
    ...place,
    source: body,
    actors: intro.actors.filter((a) => a.name === body.name),
    verb: OUTCOMES.get(outcome) ?? outcome,
    speech: false,
    cameo: null,
    date: intro.date,
    ownDate: intro.ownDate,
    quote,
    start: from,
    end: from + quote.length,
    title: `${body.name} ${outcome} ${measure.charAt(0).toLowerCase()}${measure.slice(1)}${tally}`,
    fromTable: false,
    pronounSubject: false,
    quoteFirst: false,
    additive: false,
    codes: [],
  };
}
