/**
 * The tagging pipeline: run every rule over the text, keep the longest non-overlapping matches,
 * then resolve anaphoric expressions ("the same day") and times of day in text order.
 */
import {
  addDays,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekday,
  isValidDay,
  parseDay,
  type Day,
} from './calendar';
import { sentenceAround } from './resolve';
import { makeMatch, type Rule } from './rule';
import { scanRule, wordStarts, type CoreHits } from './scan';
import { CALENDAR_RULES } from './rules-calendar';
import { DURATION_RULES } from './rules-duration';
import { RELATIVE_RULES } from './rules-relative';
import type { RuleResult, Timex } from './types';

/** All rules, most specific first (earlier rules win ties between equally long matches). */
export const RULES: readonly Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...DURATION_RULES];

interface Candidate {
  start: number;
  end: number;
  order: number;
  result: RuleResult;
}

function collect(text: string, doc: Day, rules: readonly Rule[]): Candidate[] {
  const out: Candidate[] = [];
  const starts = wordStarts(text);
  const cores: CoreHits = new Map();
  rules.forEach((r, order) => {
    scanRule(
      r,
      text,
      starts,
      (m) => {
        const result = r.build(makeMatch(m, text, doc));
        if (!result) return;
        const start = result.start ?? m.index;
        const end = result.end ?? m.index + m[0].length;
        if (end > start) out.push({ start, end, order, result });
      },
      cores,
    );
  });
  return out;
}

function select(candidates: Candidate[], length: number): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

interface Anchors {
  day?: { value: Day; at: number };
  month?: { y: number; m: number; at: number };
  year?: { value: number; at: number };
  quarter?: { value: string; at: number };
}

/** How far back (characters) a date still anchors "the year", "the week" … */
const NEAR = 200;

function remember(anchors: Anchors, value: string, at: number): void {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) {
    const y = Number(m[1]);
    anchors.day = { value: { y, m: Number(m[2]), d: Number(m[3]) }, at };
    anchors.month = { y, m: Number(m[2]), at };
    anchors.year = { value: y, at };
    return;
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    anchors.month = { y: Number(m[1]), m: Number(m[2]), at };
    anchors.year = { value: Number(m[1]), at };
    return;
  }
  m = /^(\d{4})(?:$|-Q\d|-H\d|-W\d)/.exec(value);
  if (m) anchors.year = { value: Number(m[1]), at };
  if (/^\d{4}-Q\d$/.test(value)) anchors.quarter = { value, at };
}

function resolveAnchor(result: RuleResult, anchors: Anchors, doc: Day, at: number): string {
  const a = result.anchor!;
  const usable = <T extends { at: number }>(x: T | undefined): T | undefined =>
    x && (!a.near || at - x.at <= NEAR) ? x : undefined;
  const day = usable(anchors.day)?.value ?? doc;
  switch (a.unit) {
    case 'D': {
      if (a.weekday !== undefined) {
        const wd = isoWeekday(day);
        const delta = a.offset < 0 ? -(((wd - a.weekday + 6) % 7) + 1) : ((a.weekday - wd + 6) % 7) + 1;
        return formatDay(addDays(day, delta));
      }
      const date = formatDay(addDays(day, a.offset));
      return a.part ? `${date}T${a.part}` : date;
    }
    case 'W':
      return formatWeek(addDays(day, 7 * a.offset));
    case 'M': {
      const month = usable(anchors.month) ?? { y: doc.y, m: doc.m };
      const index = month.y * 12 + month.m - 1 + a.offset;
      const y = Math.floor(index / 12);
      const m = (index % 12) + 1;
      if (a.day !== undefined && isValidDay(y, m, a.day)) return formatDay({ y, m, d: a.day });
      return formatMonth(y, m);
    }
    case 'Y':
      return formatYear((usable(anchors.year)?.value ?? doc.y) + a.offset);
    case 'Q': {
      // The quarter last named; else the one a report of this date most likely covers (ended
      // up to a month and a half before it).
      const named = usable(anchors.quarter)?.value;
      if (named) return named;
      const covered = addDays(doc, -45);
      return `${covered.y}-Q${Math.floor((covered.m - 1) / 3) + 1}`;
    }
  }
}

/**
 * "up 54 points from March 12", "the highest since 2002", "than in May": a date a comparison is
 * made against, not the time the text goes on to speak of, so it anchors no later "the day".
 */
function baseline(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (!/\b(?:from|since|than|compared (?:with|to))\s+$/i.test(before)) return false;
  // "from March 12 to March 15": a span the text may go on in
  return !/^\s*(?:to|until|till|through|and|-|–)\s/i.test(text.slice(end, end + 12));
}

/** Tags `text` against the document date `documentDate` (YYYY-MM-DD). */
export function tag(text: string, documentDate: string): Timex[] {
  const doc = parseDay(documentDate);
  const chosen = select(collect(text, doc, RULES), text.length);
  const anchors: Anchors = {};
  const out: Timex[] = [];
  for (let index = 0; index < chosen.length; index++) {
    const c = chosen[index]!;
    const r = c.result;
    let value = r.anchor ? resolveAnchor(r, anchors, doc, c.start) : r.value;
    let dayless = false;
    if (r.timeOfDay) {
      const [s, e] = sentenceAround(text, c.start, c.end);
      let best: { dist: number; day: string } | undefined;
      for (let k = Math.max(0, index - 8); k < Math.min(chosen.length, index + 9); k++) {
        const other = chosen[k]!;
        if (other === c || other.start < s || other.end > e) continue;
        const v = other.result.anchor ? undefined : other.result.value;
        const m = v ? /^\d{4}-\d{2}-\d{2}/.exec(v) : null;
        if (!m) continue;
        const dist = other.start > c.start ? other.start - c.end : c.start - other.end;
        if (!best || dist < best.dist) best = { dist, day: m[0] };
      }
      value = `${best?.day ?? formatDay(doc)}${r.timeOfDay}`;
      dayless = !best;
    }
    if (!r.timeOfDay && !baseline(text, c.start, c.end)) remember(anchors, value, c.end);
    out.push({
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      type: r.type,
      value,
      ...(r.mod ? { mod: r.mod } : {}),
      ...(dayless ? { dayless } : {}),
    });
  }
  return out;
}
