/** The shape of a pattern rule and small helpers the rule files share. */
import type { Day } from './calendar';
import { tenseAt, type Tense } from './resolve';
import type { RuleResult } from './types';

/** What a rule's normaliser sees of its match. */
export interface Match {
  /** The regex match (groups by name in `m.groups`). */
  m: RegExpExecArray;
  text: string;
  /** Document date. */
  doc: Day;
  /** Offsets of the whole match. */
  start: number;
  end: number;
  /** The tense around the match (computed on first use). */
  tense(): Tense;
}

/** A pattern: a global regex and the normaliser that turns a match into a value (or rejects it). */
export interface Rule {
  name: string;
  re: RegExp;
  build(match: Match): RuleResult | null;
}

/** Start-of-word guard for regex sources. */
export const B = "(?<![\\w'’\\-])";
/** End-of-word guard for regex sources. */
export const E = '(?![\\w])';

/** Makes a rule from a regex source (flags: global, plus case-insensitive unless `caseSensitive`). */
export function rule(
  name: string,
  source: string,
  build: (match: Match) => RuleResult | null,
  caseSensitive = false,
): Rule {
  return { name, re: new RegExp(sameLine(source), caseSensitive ? 'g' : 'gi'), build };
}

/**
 * Rewrites `\s` in a regex source so that it never matches a line break: an expression does not
 * run from a headline or dateline into the next line.
 */
export function sameLine(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 's')
        out += inClass ? ' \\t\\r\\f\\v\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000' : '[^\\S\\n]';
      else out += c + next;
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Creates the lazily-computed match context for one regex match. */
export function makeMatch(m: RegExpExecArray, text: string, doc: Day): Match {
  let tense: Tense | undefined;
  const start = m.index;
  const end = m.index + m[0].length;
  return {
    m,
    text,
    doc,
    start,
    end,
    tense: () => (tense ??= tenseAt(text, start, end)),
  };
}

/** TIMEX3 mod for a position word ("early", "the end of", "mid", …). */
export function positionMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase();
  if (/early|earlier|beginning|start|dawn/.test(w)) return 'START';
  if (/mid|middle/.test(w)) return 'MID';
  if (/late|later|end|close|turn/.test(w)) return 'END';
  return undefined;
}

/** TIMEX3 mod for a quantity modifier ("nearly", "more than", …). */
export function quantityMod(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^(nearly|almost|close to|just under)$/.test(w)) return 'LESS_THAN';
  if (/^(about|around|approximately|roughly|some|some \w+)$/.test(w)) return 'APPROX';
  if (/^(over|more than|just over|well over|upwards of|in excess of)$/.test(w)) return 'MORE_THAN';
  if (/^(less than|under|fewer than|within|up to)$/.test(w)) return 'LESS_THAN';
  if (/^(at least)$/.test(w)) return 'EQUAL_OR_MORE';
  if (/^(at most)$/.test(w)) return 'EQUAL_OR_LESS';
  return undefined;
}

/** Whether the offset is at the start of a sentence or line (only spaces/quotes since a boundary). */
export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"'“‘(]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  return i < 0 || /[.!?:]/.test(text[i]!);
}
