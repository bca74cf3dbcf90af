/**
 * Quotations of a sentence: the character ranges within quotation marks (an opening mark never
 * closed runs to the sentence's end), which the event stages read around rather than inside.
 */
import { BE_FORMS } from './lexicon';
import type { Tags } from './nlp';
import type { Token } from './tokens';
import { isParticiple, verbInfo } from './verb-forms';

/** A character range [start, end) in the file body. */
export type Region = [number, number];

/** ", explained Mr MacDonald." closing a sentence: who said the words before it. */
export const ATTRIBUTION_AT_END =
  /,\s*(?:said|says|explained|added|told|stated|noted|insisted|replied|argued|warned|continued)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\.?\s*$/u;

/** One to three capitalised words set off by quotation marks. */
const SET_OFF = /^[“"‘'][\p{Lu}\d][\p{L}\d'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}[”"’']$/u;

/**
 * True when the quoted `length` characters at `index` of `text` are a nickname inside a person's
 * name (Petr “Kestrel” Halas): capitalised words right between a given name and a surname, one
 * space apart. They name someone (`nicknames`); no one said them.
 */
export function isNicknameAt(text: string, index: number, length: number): boolean {
  return (
    SET_OFF.test(text.slice(index, index + length)) &&
    /(?:^|[\s(])\p{Lu}[\p{L}'’.-]* $/u.test(text.slice(Math.max(0, index - 40), index)) &&
    /^ \p{Lu}\p{Ll}/u.test(text.slice(index + length, index + length + 3))
  );
}

/** Quoted ranges of `text`, which starts at `offset` in the file body. */
export function quoteRegions(text: string, offset: number): Region[] {
  const regions: Region[] = [];
  // a quotation begun in the sentence before: it closes here ("… is not the same," Federer said.)
  let from = 0;
  const first = /[“"”]/.exec(text);
  if (
    first &&
    /[,.!?…]$/.test(text.slice(0, first.index)) &&
    /^(?:\s|,|$)/.test(text.slice(first.index + 1))
  ) {
    from = first.index + 1;
    regions.push([offset, offset + from]);
  }
  const re = /[“"”][^“”"]*[”"]/g;
  let closed = -1;
  for (const m of text.slice(from).matchAll(re)) {
    const s = offset + from + (m.index ?? 0);
    closed = s + m[0].length;
    // ("RAE recently “renewed” the permit": one word in lower case set off is no one's words)
    if (/^.[\p{Ll}-]+.$/u.test(m[0])) continue;
    if (isNicknameAt(text, from + (m.index ?? 0), m[0].length)) continue;
    regions.push([s, s + m[0].length]);
  }
  // an opening quote never closed in the sentence runs to its end, or to the attribution that
  // ends it ("“By all the evidence, we are not a city at all, explained Mr MacDonald.")
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('"'));
  if (open >= from && offset + open >= closed) {
    const told = ATTRIBUTION_AT_END.exec(text.slice(open));
    regions.push([offset + open, offset + (told ? open + told.index : text.length)]);
  }
  return regions;
}

/** True when token `t` lies inside one of the quoted ranges. */
export const inside = (regions: Region[], t: Token): boolean =>
  regions.some(([a, b]) => t.start >= a && t.end <= b);

/**
 * True when a quotation tells an act done (a verb in a past or perfect form inside quotation
 * marks: "we shut the plant down", "two guards have been suspended"), not a view or a state ("This
 * is a sad day", "It was calm"): words that report something that happened.
 */
export function quotedAct(tokens: Token[], tags: Tags, regions: Region[]): boolean {
  return tokens.some(
    (t) =>
      inside(regions, t) &&
      tags.at(t.start) === 'VERB' &&
      // (a form of "be" says what is, "It was calm": no act)
      !BE_FORMS.has(t.key) &&
      // (the lexicon may know a present form, "goes", beside its past: not a past)
      !verbInfo(t.key)?.present &&
      isParticiple(t.key),
  );
}
