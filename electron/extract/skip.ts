/**
 * Text that is never an event: boilerplate ("Share your thoughts …", "For more insights … visit"),
 * questions to the reader, a refusal to comment, and sentences that are a quotation with no one
 * saying it.
 */
import type { Draft } from './draft';
import { BE_FORMS } from './lexicon';
import { ATTRIBUTION_AT_END } from './quotes';
import { isPastForm, verbInfo } from './verb-forms';

const BOILERPLATE = [
  /^\s*(?:for (?:more|further|additional) (?:insights?|information|details|news|coverage|updates|analysis|reading)\b)/i,
  /\b(?:share your (?:thoughts|views|opinion)|leave (?:a|your) comments?|let us know (?:in the comments|what you think)|in the comments below)\b/i,
  /^\s*(?:read more|click here|subscribe|sign up|follow us|visit (?:our|the)|explore (?:our|more)|watch:|listen:|related:|see also|advertisement)\b/i,
  // an instruction to the reader: "Visit the … page", "Explore the agency's statements and …"
  /^\s*(?:visit|explore|read|check out|watch|listen to|follow|download|sign up|subscribe)\s+(?:the|our|their|its|\p{Lu})/iu,
  /\bvisit the [\w\s]+(?:report|website|site|page)\b/i,
  /^\s*(?:the table below|the following table|see the table|as shown in the table)\b/i,
  // a reader comment's header: "At 16:23 1st Jun 2010, Uphios wrote:", "jsmith said:"
  /^\s*(?:(?:at|on)\s+)?[\w:.,/ -]{0,40}\d[\w:.,/ -]{0,40}\b(?:wrote|said|commented|posted|replied)\s*:\s*$/i,
  /^\s*\S{1,30}\s+(?:wrote|commented|posted|replied)\s*:\s*$/i,
];

/** True for boilerplate a site adds around an article. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.some((re) => re.test(sentence));
}

/** True for a question (to the reader or rhetorical): it reports nothing that happened. */
export function isQuestion(sentence: string): boolean {
  const t = sentence.trim();
  if (/\?\s*[”"’']?\s*$/.test(t) && !/[”"]\s*,?\s*\p{Ll}+\s+(?:asked|said|wondered)/u.test(t)) return true;
  return /\bthe question (?:remains|is)\s*:/i.test(t);
}

/**
 * "did not immediately respond to a request for comment", "could not be reached for comment", "did
 * not comment": the sentence says only that the reporter heard nothing. (One who declines or refuses to comment,
 * or has no comment, acts: "The Rijksmuseum declined to comment on the claim" is an event.)
 */
const NO_COMMENT =
  /^[^,;:“”"]{0,80}?\b(?:did not|didn['’]t|would not|wouldn['’]t|could not|couldn['’]t|was not|wasn['’]t|were not|weren['’]t|has not|hasn['’]t|have not|haven['’]t)\s+(?:immediately\s+)?(?:to\s+)?(?:be\s+reached\s+for\s+comment|available\s+(?:for|to)\s+comment|comment|respond(?:ed)?|return(?:ed)?\s+(?:calls|messages|emails|requests))\b[^,;]*$/i;

/** "He spoke on condition of anonymity because he was not authorized to …": who the source is. */
const ANONYMITY =
  /^[^“”"]{0,60}\b(?:spoke|speaking|talked|asked not to be (?:named|identified))\b[^“”"]{0,40}\b(?:on (?:the )?condition of anonymity|anonymously)\b/i;

/** True when a sentence only reports that the reporter reached no one, or who a source is. */
export function isNoComment(sentence: string): boolean {
  const t = sentence.trim();
  if (NO_COMMENT.test(t)) return true;
  // (unless it goes on with what they said: "Two officials, speaking on condition of anonymity, said …")
  const anonymous = ANONYMITY.exec(t);
  return !!anonymous && !/\b(?:said|says|told|added|confirmed)\b/i.test(t.slice(anonymous[0].length));
}

/** True when the whole sentence is inside quotation marks (no one is named as saying it). */
export function isBareQuote(sentence: string): boolean {
  const t = sentence.trim();
  if (!/^[“"”]/.test(t)) return false;
  const close = t.slice(1).search(/[”"]/);
  // (an unclosed quotation the sentence ends by naming its speaker is told: "…, explained Mr X.")
  if (close < 0) return !ATTRIBUTION_AT_END.test(t);
  return t.slice(close + 2).trim().length === 0;
}

/** A word of a quote, as counted for its length. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
/** A gerund ("after gaining 1.59"). */
const GERUND = /^\p{Ll}{2,}ing$/u;
/** The most words of a quote that tells too little to stand as an event unless it is a clause. */
const SHORT_QUOTE = 4;

/**
 * True when an event found in the body tells too little to stand: a quote of four words or fewer,
 * not a quotation and with no date of its own, that is no clause ("Kenya skipper", "he said."):
 * no verb in it, or only a pronoun as its subject. A short act stays ("fell 7.19%", "after gaining
 * 1.59", "The market opened slowly", "Duarte could resign").
 */
export function tellsTooLittle(d: Draft): boolean {
  if (d.headline || d.ownDate || /[“”"]/.test(d.quote)) return false;
  const words = d.quote.match(WORD) ?? [];
  if (words.length > SHORT_QUOTE) return false;
  if (d.pronounSubject) return true;
  return !words.some((w) => {
    const key = w.toLowerCase();
    return isPastForm(key) || !!verbInfo(key) || BE_FORMS.has(key) || GERUND.test(key);
  });
}

/** The fewest words a part told in passing needs to be an event of its own. */
const FEWEST_PART_WORDS = 7;

/**
 * True when an event told in passing is a short part cut from its sentence, with no date of its own
 * ("citing poor health", "after talks on Monday" has one): fewer than seven words beside the
 * sentence's event are a detail of it, not an event.
 */
export function isThinPart(d: Draft, sentence: { start: number; end: number }): boolean {
  return (
    !d.ownDate &&
    (d.start > sentence.start || d.end < sentence.end) &&
    (d.quote.match(WORD) ?? []).length < FEWEST_PART_WORDS
  );
}

/** True for a sentence that holds no event: boilerplate, a question, a quotation no one says, no comment. */
export function tellsNoEvent(sentence: string): boolean {
  return [isBoilerplate, isQuestion, isBareQuote, isNoComment].some((no) => no(sentence));
}
