/**
 * Quotations in single marks, as British outlets write them (‘It is a sad day,’ the King said), and
 * in the two-character marks of old archives (``It is a sad day,'' the King said). The stages read
 * quotations in double marks only, so a paragraph that uses no double marks has its single-mark
 * pairs read as double ones, and "``" and "''" are read as a double mark and a space: the same
 * length, so every offset stays the file's.
 * The quotes shown to the reader keep the article's own marks (`restoreMarks`).
 */

/** An opening single mark: at the start, or after a space, bracket or dash, before a word. */
const OPEN = /(?<=^|[\s([{—–-])‘(?=[\p{L}\p{N}…'"])/gu;
/** A closing single mark: after a word or punctuation, before a space, punctuation or the end
 * (not "Queen’s" or "don’t", where a letter follows). */
const CLOSE = /(?<=[\p{L}\p{N}.,!?…;:])’(?![\p{L}\p{N}])/gu;

/** "``It is a sad day,'' the King said": the double backquote and double apostrophe some archives write. */
const ASCII_OPEN = /``(?=[\p{L}\p{N}…])/gu;
const ASCII_CLOSE = /(?<=[\p{L}\p{N}.,!?…;:])(?:``|'')/gu;

/** "Van Gogh?s": an apostrophe a copy lost to a question mark, between two letters. */
const LOST_APOSTROPHE = /(?<=\p{L})\?(?=\p{L})/gu;
/** "entitled ?Van Gogh in Budapest?": a quotation mark lost the same way opens a word. */
const LOST_OPEN = /(?<=^|[\s([{—–-])\?(?=[\p{L}\p{N}])/u;
/** The mark that closes it: after a word or a stop, before no letter. */
const LOST_CLOSE = /(?<=[\p{L}\p{N}.,!])\?(?![\p{L}\p{N}])/u;

/**
 * `text` with the marks a copy lost to question marks read back: one between letters as an
 * apostrophe, one that opens a word as an opening quotation mark and the next that closes a word
 * after it, on its line, as the closing one. A question mark after a word with no such opening
 * before it stays a question's.
 */
function lostMarks(text: string): string {
  return remarkParagraphs(text.replace(LOST_APOSTROPHE, '’'), (line) => {
    const out: Array<[number, string]> = [];
    let at = 0;
    for (;;) {
      const open = LOST_OPEN.exec(line.slice(at));
      if (!open) break;
      const start = at + open.index;
      out.push([start, '“']);
      const close = LOST_CLOSE.exec(line.slice(start + 1));
      if (!close) break;
      at = start + 1 + close.index;
      out.push([at, '”']);
      at++;
    }
    return out;
  });
}

/**
 * `text` with its quotations in double marks: single marks in pairs, paragraph by paragraph, and
 * the two-character marks of old archives ("``" and "''"), each read as a mark and a space; marks
 * a copy lost to question marks read back.
 */
export function asDoubleQuotes(text: string): string {
  // (an archive may open with a plain double mark and close with two apostrophes: "We will rebuild,'' he said)
  let read =
    text.includes('``') || text.includes("''")
      ? text.replace(ASCII_OPEN, ' “').replace(ASCII_CLOSE, '” ')
      : text;
  if (read.includes('?')) read = lostMarks(read);
  return read.includes('‘') ? mixedPairs(singleAsDouble(read)) : read;
}

/**
 * "Gavoka reiterates that ‘We should all stand united …”": a quotation opened by a single mark and
 * closed by a double one, in a paragraph with no double mark that opens, is read as double.
 */
function mixedPairs(text: string): string {
  if (!text.includes('”')) return text;
  return remarkParagraphs(text, (paragraph) => {
    const close = paragraph.indexOf('”');
    if (close < 0 || paragraph.includes('“')) return [];
    const open = [...paragraph.slice(0, close).matchAll(OPEN)].pop();
    if (!open) return [];
    const at = open.index ?? 0;
    return [...paragraph.slice(at + 1, close).matchAll(CLOSE)].length ? [] : [[at, '“']];
  });
}

/**
 * `text` with the marks `marks` gives each of its paragraphs (lines) put in: each a character at
 * an offset into the paragraph, so the text keeps its length.
 */
function remarkParagraphs(text: string, marks: (paragraph: string) => Array<[number, string]>): string {
  const out = text.split('');
  let from = 0;
  for (const paragraph of text.split('\n')) {
    for (const [at, mark] of marks(paragraph)) out[from + at] = mark;
    from += paragraph.length + 1;
  }
  return out.join('');
}

/** `text` with its single-mark quotations in double marks, paragraph by paragraph. */
function singleAsDouble(text: string): string {
  return remarkParagraphs(text, (paragraph) => {
    const out: Array<[number, string]> = [];
    if (/[“”"]/.test(paragraph)) return out;
    let open = -1;
    const marks = [
      ...[...paragraph.matchAll(OPEN)].map((m) => ({ at: m.index ?? 0, opening: true })),
      ...[...paragraph.matchAll(CLOSE)].map((m) => ({ at: m.index ?? 0, opening: false })),
    ].sort((x, y) => x.at - y.at);
    for (const mark of marks) {
      if (mark.opening) open = mark.at;
      else if (open >= 0) {
        out.push([open, '“'], [mark.at, '”']);
        open = -1;
      }
    }
    // a quotation that goes on into the next paragraph opens without closing
    if (open >= 0) out.push([open, '“']);
    // one that began in the paragraph before closes without opening: "… tomorrow.’"
    const first = marks[0];
    if (first && !first.opening && /[.,!?…]$/.test(paragraph.slice(0, first.at))) out.push([first.at, '”']);
    return out;
  });
}

/** `quote` (read from `read`, starting at `start`) with the marks of the article's own `text`. */
export function restoreMarks(quote: string, start: number, read: string, text: string): string {
  if (read.slice(start, start + quote.length) !== quote) return quote;
  let out = '';
  for (let i = 0; i < quote.length; i++) {
    const c = quote[i] ?? '';
    const own = text[start + i] ?? c;
    out += c === '“' || c === '”' || c === '’' || (c === ' ' && (own === '`' || own === "'")) ? own : c;
  }
  return out;
}

/**
 * A quote read from `read` as the article's own `text` gives it: its marks restored, and the
 * first half of a two-character mark that opens it ("``This isn't …", read as a space) put back.
 */
export function withOwnMarks(
  quote: string,
  start: number,
  read: string,
  text: string,
): { quote: string; start: number } {
  const own = restoreMarks(quote, start, read, text);
  return read[start - 1] === ' ' && text[start - 1] === '`'
    ? { quote: `\`${own}`, start: start - 1 }
    : { quote: own, start };
}
