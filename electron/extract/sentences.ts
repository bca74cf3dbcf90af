/**
 * Sentence splitting with offsets. Handles missing spaces after a full stop ("Ukraine.In January"),
 * abbreviations ("U.S. President", "Apple Inc. announced"), initials ("Gerald R. Ford"), closing quotes after the stop and
 * quoted speech that continues with its attribution ("…,” he said).
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations written with a stop inside sentences: titles, months, company endings, currencies ("Rs. 500"). */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen sen rep gov lt col capt sgt st jr sr inc corp co ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave approx est dept univ adm cmdr maj brig cpl pvt supt insp det rev rt hon pres fr sr amb atty rs tk shs kshs'.split(
    ' ',
  ),
);

/** A weekday, a month or a time zone that a time of day may run on into ("p.m. Monday"). */
const DAY_OR_ZONE =
  /^\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|may\s+\d|(?:local|[ECMP][SD]?T|GMT|UTC|BST|CET)\b)/i;

/**
 * "… about the shutdown." Dunmore said.: an attribution that follows a quotation closed with its own
 * stop, a speaker of a few words and a verb of saying with at most two words after it.
 */
const ATTRIBUTION =
  /^(?:[Tt]he\s+\p{Ll}+|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+(?:said|says|added|adds|told|explained|noted|stated|insisted|declared|replied|continued|wrote)(?:\s+[\p{L}\d]+){0,2}\.(?!\S)/u;

/** Splits `text` (a paragraph) into sentences; offsets are relative to `text` plus `offset`. */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) spans.push({ start: offset + s, end: offset + e, text: text.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') continue;
    // extend over closing quotes and brackets
    let j = i + 1;
    while (j < text.length && /[”"’')\]]/.test(text[j] ?? '')) j++;
    // a straight quote closing after a space (". \"") when one is open in this sentence
    const straight = (text.slice(start, j).match(/"/g) ?? []).length;
    if (straight % 2 === 1) {
      const m = /^\s*"/.exec(text.slice(j));
      if (m) j += m[0].length;
    }
    const next = text[j];
    if (next === undefined) continue;
    if (c === '.') {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (ABBREVIATIONS.has(word.toLowerCase())) continue;
      // "until 9 p.m. Monday", "at 6 a.m. GMT": a time of day goes on with its day or zone
      if (/^[ap]\.m$/i.test(word) && DAY_OR_ZONE.test(text.slice(j))) continue;
      // U.S. / U.N.: an initialism followed by a capital is usually not the end of a sentence
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && /\s\p{Lu}/u.test(text.slice(j, j + 2))) continue;
      if (/^\d$/.test(text[i - 1] ?? '') && /^\d$/.test(next)) continue;
      // "Gerald R. Ford", "L. Paul Bremer": a capital alone before the stop is a name's initial
      if (/^\p{Lu}$/u.test(word) && /\s\p{Lu}/u.test(text.slice(j, j + 2))) continue;
    }
    if (/\s/.test(next)) {
      // the next sentence starts with a capital, a digit, a quote or a lower-case word after a clear stop
      const after = text.slice(j).trimStart();
      if (!after) continue;
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 20), i))?.[1] ?? '';
      const upper = /^[\p{Lu}\p{N}“”"‘'(]/u.test(after);
      const lowerAfterWord =
        /^\p{Ll}/u.test(after) && /^\p{Ll}{3,}$/u.test(before) && !/[”"]/.test(text.slice(i + 1, j));
      // (a quotation's attribution stays with it)
      const attributed = j > i + 1 && /[”"’']/.test(text.slice(i + 1, j)) && ATTRIBUTION.test(after);
      if ((upper || lowerAfterWord) && !attributed) push(j);
    } else if (
      /\p{Lu}/u.test(next) &&
      /\p{Ll}/u.test(text[i - 1] ?? '') &&
      /\p{Ll}/u.test(text[j + 1] ?? '')
    ) {
      // "Ukraine.In January": a missing space between sentences
      push(j);
    }
  }
  push(text.length);
  return spans;
}
