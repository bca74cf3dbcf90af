/**
 * Quotations of a sentence: the character ranges within quotation marks (an opening mark never
 * closed runs to the sentence's end), which the event stages read around rather than inside.
 */
import type { Token } from './tokens';

/** A character range [start, end) in the file body. */
export type Region = [number, number];

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
    regions.push([s, s + m[0].length]);
  }
  // an opening quote never closed in the sentence runs to its end
  const open = Math.max(text.lastIndexOf('“'), text.lastIndexOf('"'));
  if (open >= from && offset + open >= closed) regions.push([offset + open, offset + text.length]);
  return regions;
}

/** True when token `t` lies inside one of the quoted ranges. */
export const inside = (regions: Region[], t: Token): boolean =>
  regions.some(([a, b]) => t.start >= a && t.end <= b);
