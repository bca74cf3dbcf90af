/**
 * Line kinds of an article body: paragraphs, headings, table parts, rule lines, footers, sign-offs,
 * datelines and bylines. Splitting and event finding both work from these.
 */
import { daysFrom } from './dates';

export type LineKind =
  'blank' | 'rule' | 'footer' | 'table-row' | 'table-rule' | 'heading' | 'dateline' | 'byline' | 'paragraph';

/** One line of an article body and its kind. */
export interface Line {
  /** Offsets in the text that was split (end excludes the newline). */
  start: number;
  end: number;
  text: string;
  kind: LineKind;
}

/**
 * Parts of a dateline: the place in capitals (accents and apostrophes included: "SÃO VARNA",
 * "N’KELBY"), its country, the day and the agency in brackets.
 */
const PLACE = "\\p{Lu}[\\p{Lu} .'’‘-]{2,40}";
const COUNTRY = '\\p{Lu}[\\p{L} .]{2,30}';
const DAY = '[A-Z][a-z]{2,8}\\.? \\d{1,2}';
const AGENCY = '[({][A-Za-z .]{2,30}[)}]';
/** In brackets: an agency's letters, or the day and the outlet ("(June 2, 1999 - Kelby Post)"). */
const DAY_AND_OUTLET = '\\((?:[A-Z]{2,8}|[^()\\n]{0,30}\\d[^()\\n]{0,50})\\)';

/**
 * "BRUSSELS (Reuters) - ", "Colombo, Sep 23 (IANS) ", "KELBY, Norway, May 16 (KNA) ", "VARNA,
 * Bulgaria (June 2, 1999 - Kelby Post)---", "KELBY, Varna _ " (an old wire's dash): a wire story's
 * place, day and agency opening a paragraph.
 */
export const DATELINE_PREFIX = new RegExp(
  '^\\s*(?:' +
    // "BRUSSELS (Reuters) - ", "KELBY, Norway, May 16: "
    `${PLACE}(?:,\\s*${COUNTRY})?(?:,?\\s*${DAY})?\\s*(?:${AGENCY})?\\s*(?:[-—–_]{1,2}|:)\\s+|` +
    // "KELBY, Norway, May 16 (KNA) ", "VARNA, Bulgaria (June 2, 1999 - Kelby Post)---"
    `${PLACE},\\s*${COUNTRY}(?:,\\s*${DAY})?\\s*${DAY_AND_OUTLET}\\s*(?:[-—–_]{1,3}|:)?\\s*|` +
    // "Colombo, Sep 23 (IANS) "
    `[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2}\\s*${AGENCY}\\s*(?:[-—–:]{1,2}\\s*)?` +
    ')',
  'u',
);

const RULE = /^\s*(?:[—–\-_*=~•·]\s*)+$/;
const FOOTER =
  /^\s*(?:this (?:article|story|report|post)(?: by [^.]{1,60}?)? (?:is|was) (?:based on|adapted from|first published|originally published|written)|this (?:article|story|report|post|page) will be updated\b|(?:a version of )?this (?:article|story|report) (?:appears|appeared|was published) (?:in|on)\b|[^.!?]{0,60}(?:©|\bcopyright\s+(?:©\s*)?\d{4})|[^!?]{0,60}\ball rights reserved\.?\s*$|based on (?:facts|reporting|reports) (?:from|by)|originally published (?:by|in|on|at)|(?:additional )?reporting by\b|sources?:\s|copyright\b|©|all rights reserved|no (?:part|portion) of this (?:article|story|report|material|publication|content)\b|this material may not be (?:published|broadcast|rewritten|redistributed))/i;
const TABLE_RULE = /^\s*\|?\s*:?[-—–=]{2,}:?\s*(?:\|\s*:?[-—–=]{2,}:?\s*)*\|?\s*$/;
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DATELINE = new RegExp(
  `^\\s*(?:[A-Z][A-Za-z .,'-]{0,40}(?:,|\\s[-—–])\\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*(?:[-—–:]\\s*)?$`,
  'i',
);

/**
 * A byline on a line of its own: "By" and a name or two, then at most the outlet or the day after a
 * dash, comma or bar ("By Tor Berg - The Kelby Courier", "By Ana Ruiz and Ivo Marek", "By A
 * Correspondent"). No words of the story: its names are no actors and it is no lead.
 */
const BYLINE =
  /^\s*[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s+(?:and|&)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*(?:[-–—,|/]\s*[^.!?]{0,80})?$/u;

/**
 * Words a heading does not end on: they need more after them. (Fewer than a title's
 * `FUNCTION_WORDS`: a headline may end on "says" or a pronoun, "…, Mayor says".)
 */
const DANGLING = new Set(
  'the a an of to in at on for with by from and or but as than that which who whose its his her their our my your is are was were be has have had will would'.split(
    ' ',
  ),
);

/** True for a line that reads as a headline or section heading: short, no closing punctuation. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 120 || t.startsWith('|')) return false;
  if (/[.!?;,:"”’)]$/.test(t) && !/\b[A-Z]\.$/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 16) return false;
  // ("… won the cup at the": a line of a wrapped paragraph ends where a heading cannot)
  if (words.length > 1 && DANGLING.has(words[words.length - 1] ?? '')) return false;
  if (!/^[\p{L}\p{N}"“‘']/u.test(t)) return false;
  // a heading has few lower-case function-word runs of a sentence: at least one capitalised word
  const capitalised = words.filter((w) => /^[\p{Lu}\p{N}“"‘']/u.test(w)).length;
  return capitalised >= 1;
}

/** Classifies each line of `text`. */
export function classifyLines(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  while (at <= text.length) {
    let nl = text.indexOf('\n', at);
    if (nl < 0) nl = text.length;
    let end = nl;
    if (end > at && text[end - 1] === '\r') end--;
    const raw = text.slice(at, end);
    lines.push({ start: at, end, text: raw, kind: kindOf(raw) });
    if (nl >= text.length) break;
    at = nl + 1;
  }
  // a table's first row is its header when a rule line follows it
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line && next && line.kind === 'table-row' && next.kind === 'table-rule') line.kind = 'table-rule';
  }
  return lines;
}

function kindOf(raw: string): LineKind {
  const t = raw.trim();
  if (!t) return 'blank';
  if (t.startsWith('|') || (t.match(/\|/g)?.length ?? 0) >= 2) {
    return TABLE_RULE.test(t) || /^\|?[\s|:\-—–=]+\|?$/.test(t) ? 'table-rule' : 'table-row';
  }
  if (RULE.test(t)) return 'rule';
  if (FOOTER.test(t) && t.length < 200) return 'footer';
  if (DATELINE.test(t)) return 'dateline';
  if (BYLINE.test(t)) return 'byline';
  if (/^#{1,6}\s/.test(t)) return 'heading';
  // "Key dates in the dispute:", "Damage reported so far:": a short line that introduces a list or table
  if (/^[^:“”"]{2,80}:$/.test(t) && t.split(/\s+/).length <= 8) return 'heading';
  if (looksLikeHeading(t)) return 'heading';
  return 'paragraph';
}

/** How many days before the file's date a dateline without a year may be. */
const BARE_DATELINE_DAYS = 7;

/**
 * Reads a dateline ("March 06, 2008", "June 9, 2008") as YYYY-MM-DD, or undefined. One without a
 * year ("Mohali, March 17") is of the year that puts it on or before the day `reference` (the
 * file's date), a few days earlier at most; with no reference it gives no day.
 */
export function datelineDay(text: string, reference?: string): string | undefined {
  const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return iso[0];
  const md = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(text);
  const dm = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(text);
  let y: string | undefined;
  let m = -1;
  let d: string | undefined;
  if (md) {
    m = months.indexOf((md[1] ?? '').toLowerCase());
    d = md[2];
    y = md[3];
  } else if (dm) {
    m = months.indexOf((dm[2] ?? '').toLowerCase());
    d = dm[1];
    y = dm[3];
  }
  const bare = y ? undefined : /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*[-—–:]?\s*$/.exec(text);
  if (bare && reference) {
    m = months.indexOf((bare[1] ?? '').toLowerCase());
    d = bare[2];
    const year = Number(reference.slice(0, 4));
    const day = (yy: number): string =>
      `${yy}-${String(m + 1).padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
    // ("December 31" on a paper of January 2: the year before)
    y = String(m >= 0 && day(year) > reference ? year - 1 : year);
    const ago = daysFrom(day(Number(y)), reference);
    if (!(ago >= 0 && ago <= BARE_DATELINE_DAYS)) return undefined;
  }
  if (m < 0 || !y || !d) return undefined;
  return `${y}-${String(m + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A line that opens a list item, a quotation block or a Markdown heading: never a wrapped line's rest. */
const BLOCK_START = /^\s*(?:[-*+•>#]|\d{1,2}[.)]\s)/;
/** A line's end that can close a paragraph. */
const CLOSING = /[.!?:;"”’)]\s*$/;

/**
 * True for lines of prose cut at a fixed width, as plain-text archives, e-mails and copies of
 * printed pages are: three lines or more, most as wide as the widest (40 to 120 characters), most
 * ending without a stop, and some going on in lower case.
 */
function isWrapped(run: Line[]): boolean {
  if (run.length < 3) return false;
  const widths = run.map((l) => l.text.trimEnd().length);
  const width = Math.max(...widths);
  if (width < 40 || width > 120) return false;
  const body = run.slice(0, -1);
  const full = body.filter((l) => l.text.trimEnd().length >= 0.6 * width).length;
  const open = body.filter((l) => !CLOSING.test(l.text)).length;
  const lower = run.slice(1).filter((l) => /^\s*\p{Ll}/u.test(l.text)).length;
  return full >= 0.75 * body.length && open >= 0.5 * body.length && lower >= 0.25 * body.length;
}

/**
 * The text with each hard-wrapped paragraph on one line: the line breaks inside it become spaces
 * (so every offset stays), a short line that closes a sentence ends its paragraph. Lines of a
 * width may also stand a blank line apart ("double-spaced" copies): one that stops mid-sentence
 * goes on after the blank line. Text whose paragraphs are lines of their own comes back as it was.
 */
export function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const lines = classifyLines(text);
  const prose = (l: Line | undefined): boolean =>
    !!l && (l.kind === 'paragraph' || l.kind === 'heading') && !BLOCK_START.test(l.text);
  const first = lines.find((l) => l.kind !== 'blank');
  const chars = text.split('');
  let changed = false;
  for (let i = 0; i < lines.length;) {
    // a run of prose lines, one blank line apart at most
    const run: Line[] = [];
    let j = i;
    while (prose(lines[j])) {
      run.push(lines[j] as Line);
      j++;
      if (lines[j]?.kind === 'blank' && prose(lines[j + 1])) j++;
    }
    if (isWrapped(run)) {
      const width = Math.max(...run.map((l) => l.text.trimEnd().length));
      for (let k = 0; k + 1 < run.length; k++) {
        const l = run[k] as Line;
        const next = run[k + 1] as Line;
        const length = l.text.trimEnd().length;
        const apart = /\n[^\S\n]*\r?\n/.test(text.slice(l.end, next.start));
        // (across a blank line only a full line that stops mid-sentence, never the headline)
        const goesOn = apart
          ? !CLOSING.test(l.text) && length >= 0.6 * width && l !== first
          : !(CLOSING.test(l.text) && length < 0.75 * width);
        if (!goesOn) continue;
        // the line breaks (and carriage returns) between become spaces
        for (let at = l.end; at < next.start; at++)
          if (chars[at] === '\n' || chars[at] === '\r') chars[at] = ' ';
        changed = true;
      }
    }
    i = Math.max(j, i + 1);
  }
  return changed ? chars.join('') : text;
}
