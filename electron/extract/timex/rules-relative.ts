/**
 * Rules for expressions relative to the document date or to a date mentioned before: today,
 * yesterday, weekdays, this/last/next week/month/year, seasons, weekends, "the same day".
 */
import { addDays, formatDay, formatMonth, formatWeek, formatYear, isoWeekday, type Day } from './calendar';
import { quarterOf, resolveSeasonYear, resolveWeekday, shiftMonth, type WeekdayMode } from './resolve';
import { B, E, positionMod, rule, type Rule } from './rule';
import type { RuleResult } from './types';
import { PARTS_OF_DAY, SEASONS, WEEKDAY_RE, WEEKDAYS } from './vocabulary';

const PART = '(?:morning|afternoon|evening|night|overnight)';

function partCode(word: string | undefined): string | undefined {
  return word ? PARTS_OF_DAY[word.toLowerCase()] : undefined;
}

function dayResult(day: Day, part: string | undefined, mod?: string): RuleResult {
  const code = partCode(part);
  const base = formatDay(day);
  return {
    type: code ? 'TIME' : 'DATE',
    value: code ? `${base}T${code}` : base,
    ...(mod ? { mod } : {}),
  };
}

/** The weekend (as YYYY-Www-WE) before the anchor, or after it in future tense; the current one on Saturday/Sunday. */
function weekend(anchor: Day, direction: 'past' | 'future' | 'this', offset = 0): string {
  const wd = isoWeekday(anchor);
  let saturday: Day;
  if (wd >= 6) saturday = addDays(anchor, 6 - wd);
  else if (direction === 'future' || direction === 'this') saturday = addDays(anchor, 6 - wd);
  else saturday = addDays(anchor, -(wd + 1));
  return `${formatWeek(addDays(saturday, 7 * offset))}-WE`;
}

/** Value of "this|last|next <unit>" relative to the document date, shifted by `n` units. */
function shiftedUnit(doc: Day, unit: string, n: number): string | undefined {
  switch (unit) {
    case 'day':
      return formatDay(addDays(doc, n));
    case 'week':
      return formatWeek(addDays(doc, 7 * n));
    case 'month': {
      const { y, m } = shiftMonth(doc, n);
      return formatMonth(y, m);
    }
    case 'quarter': {
      const index = doc.y * 4 + quarterOf(doc.m) - 1 + n;
      return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
    }
    case 'year':
      return formatYear(doc.y + n);
    case 'decade':
      return String(Math.floor(doc.y / 10) + n);
    case 'century':
      return String(Math.floor(doc.y / 100) + n).padStart(2, '0');
    default:
      return undefined;
  }
}

const REL_UNITS = '(?:week|month|year|quarter|decade|century)';

/** Rules for relative expressions. */
export const RELATIVE_RULES: Rule[] = [
  // today · yesterday morning · earlier today · tomorrow night · the day before yesterday
  rule(
    'deictic-day',
    `${B}(?:(?<pos>earlier|later|early|late)\\s+)?(?:(?<before>the\\s+day\\s+before\\s+yesterday)|(?<after>the\\s+day\\s+after\\s+tomorrow)|(?<word>today|yesterday|tomorrow|tonight))(?:\\s+(?<part>${PART}))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const word = g.word?.toLowerCase();
      if (
        word === 'today' &&
        /^\s*['’]s\s+(?:world|society|standards|economy|market|technology)/i.test(
          x.text.slice(x.end, x.end + 20),
        )
      )
        return { type: 'DATE', value: 'PRESENT_REF' };
      const offset = g.before ? -2 : g.after ? 2 : word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
      const part = word === 'tonight' ? 'night' : g.part;
      return dayResult(addDays(x.doc, offset), part);
    },
  ),
  // this morning · last night · this afternoon
  rule('this-part-of-day', `${B}(?:this|last)\\s+(?<part>morning|afternoon|evening|night)${E}`, (x) => {
    const g = x.m.groups!;
    const last = /^last/i.test(x.m[0]);
    return dayResult(addDays(x.doc, last ? -1 : 0), g.part);
  }),
  // Tuesday · on Friday morning · last Monday · next Friday · Mondays (a set)
  rule(
    'weekday',
    `${B}(?:(?<pos>early|late)\\s+)?(?:(?<rel>last|next|this|coming|past|previous|following)\\s+)?(?<wd>${WEEKDAY_RE})(?<plural>s)?(?:\\s+(?<part>${PART}))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const before = x.text.slice(Math.max(0, x.start - 10), x.start);
      if (/\b(?:Black|Bloody|Blue|Super|Ash|Holy|Maundy|Cyber|Good|Easter|Palm|Manic|Fat)\s+$/.test(before))
        return null;
      if (
        /^\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Night\s+Football|Independent)\b/.test(
          x.text.slice(x.end, x.end + 20),
        )
      )
        return null;
      const wd = WEEKDAYS[g.wd!.toLowerCase()]!;
      if (g.plural) {
        if (g.rel) return null;
        return { type: 'SET', value: `XXXX-WXX-${wd}${partCode(g.part) ? `T${partCode(g.part)}` : ''}` };
      }
      const rel = g.rel?.toLowerCase();
      const mode: WeekdayMode =
        rel === 'last' || rel === 'past'
          ? 'last'
          : rel === 'next' || rel === 'coming'
            ? 'next'
            : rel === 'this'
              ? 'this'
              : 'plain';
      if (rel === 'previous' || rel === 'following') {
        return {
          type: 'DATE',
          value: '',
          anchor: { unit: 'D', offset: rel === 'previous' ? -1 : 1, weekday: wd },
        };
      }
      let tense = x.tense();
      // "closed until Friday" looks ahead unless an auxiliary puts it in the past ("had been closed until").
      if (/\b(?:until|till|by)\s+$/i.test(before)) {
        const clause = x.text.slice(Math.max(0, x.start - 40), x.start);
        if (tense !== 'past' || !/\b(?:was|were|had|did)\b/i.test(clause)) tense = 'future';
      }
      const day = resolveWeekday(x.doc, wd, tense, mode);
      return dayResult(day, g.part, positionMod(g.pos));
    },
  ),
  // this week · last month · next year · this quarter · earlier this year · late last year · the past year ·
  // later that year
  rule(
    'this-last-next',
    `${B}(?:(?<pos>earlier|later|early|late|(?:the\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|rest|remainder|close)\\s+of)\\s+)?(?<rel>this\\s+past|this|that|last|next|past|previous|coming|current|the\\s+(?:past|last|next|previous|coming|current|following|same|preceding|prior))\\s+(?:(?<fiscal>fiscal|financial)\\s+)?(?<unit>${REL_UNITS}|weekend)${E}(?!-)`,
    (x) => {
      const g = x.m.groups!;
      const rel = g.rel!.toLowerCase().replace(/\s+/g, ' ').replace('this past', 'last');
      const unit = g.unit!.toLowerCase();
      const mod = positionMod(g.pos);
      const withMod = (r: RuleResult): RuleResult => (mod ? { ...r, mod } : r);
      const the = rel.startsWith('the ');
      const word = the ? rel.slice(4) : rel;
      if (unit === 'weekend') {
        // ("that weekend" is the one the text spoke of, which no week anchor holds)
        if (word === 'that') return null;
        if (word === 'last' || word === 'past' || word === 'previous')
          return { type: 'DATE', value: weekend(x.doc, 'past') };
        if (word === 'next' || word === 'coming' || word === 'following')
          return { type: 'DATE', value: weekend(x.doc, 'future', isoWeekday(x.doc) >= 6 ? 1 : 0) };
        return { type: 'DATE', value: weekend(x.doc, x.tense() === 'past' ? 'past' : 'this') };
      }
      // "the past year", "the next six …" are stretches of time; "the last quarter" names one.
      if (the && /^(past|last|next|coming)$/.test(word) && unit !== 'quarter' && !g.pos) {
        const letter =
          unit === 'decade' ? 'P10Y' : unit === 'century' ? 'P100Y' : `P1${unit[0]!.toUpperCase()}`;
        return { type: 'DURATION', value: letter };
      }
      // ("charged that month", "later that year": the month or year the text spoke of last)
      if (
        word === 'following' ||
        word === 'same' ||
        word === 'that' ||
        (the && (word === 'previous' || word === 'preceding' || word === 'prior'))
      ) {
        const anchorUnit = unit === 'week' ? 'W' : unit === 'month' ? 'M' : unit === 'year' ? 'Y' : undefined;
        if (!anchorUnit) return null;
        const offset = word === 'following' ? 1 : word === 'same' || word === 'that' ? 0 : -1;
        return withMod({ type: 'DATE', value: '', anchor: { unit: anchorUnit, offset } });
      }
      const n = /^(last|past|previous|preceding|prior)$/.test(word)
        ? -1
        : /^(next|coming)$/.test(word)
          ? 1
          : 0;
      const value = shiftedUnit(x.doc, unit, n);
      if (value && g.fiscal && unit === 'year') return withMod({ type: 'DATE', value: `FY${value}` });
      return value ? withMod({ type: 'DATE', value }) : null;
    },
  ),
  // year-end · by the end of the year is handled above
  rule(
    'year-end',
    `${B}(?:the\\s+)?year[-\\s]end${E}(?!\\s+(?:bonus|bonuses|party|parties|review|report|results|close|closing|level|target)\\b)`,
    (x) => {
      const y = x.doc.m <= 2 && x.tense() === 'past' ? x.doc.y - 1 : x.doc.y;
      return { type: 'DATE', value: formatYear(y), mod: 'END' };
    },
  ),
  // the weekend · over the weekend
  rule('the-weekend', `${B}the\\s+weekend${E}`, (x) => ({
    type: 'DATE',
    value: weekend(x.doc, x.tense() === 'future' ? 'future' : 'past'),
  })),
  // the beginning of the year · the end of the month · by the end of the week
  rule(
    'position-of-the-unit',
    `${B}(?:the\\s+)?(?:very\\s+)?(?<pos>beginning|start|end|middle|close|turn|rest|remainder)\\s+of\\s+the\\s+(?<unit>year|month|week|decade|century)${E}`,
    (x) => {
      const g = x.m.groups!;
      const value = shiftedUnit(x.doc, g.unit!.toLowerCase(), 0);
      const mod = positionMod(g.pos);
      return value ? { type: 'DATE', value, ...(mod ? { mod } : {}) } : null;
    },
  ),
  // for the year · the lowest of the year · earlier in the year (the year last mentioned, else the document's)
  rule(
    'the-year',
    `(?<=\\b(?:for|of|in|during|throughout)\\s+)the\\s+(?<unit>year|month|week|quarter)${E}(?!\\s*(?:-|ago|before|earlier|later|after|when|that|in\\s+which|of|to|end(?:ing|ed)?|through|he|she|they|it|since|ahead|leading|following)\\b)(?!['’]s)`,
    (x) => {
      const unit = x.m.groups!.unit!.toLowerCase();
      const lead = x.text.slice(Math.max(0, x.start - 12), x.start);
      if (unit === 'week' && !/\b(?:earlier|later|early|late)\s+in\s+$/i.test(lead)) return null;
      // "Earlier in the week" speaks of the week of the report.
      if (unit === 'week') return { type: 'DATE', value: formatWeek(x.doc) };
      if (unit === 'quarter')
        return { type: 'DATE', value: '', anchor: { unit: 'Q', offset: 0, near: true } };
      return {
        type: 'DATE',
        value: '',
        anchor: { unit: unit === 'year' ? 'Y' : 'M', offset: 0, near: true },
      };
    },
  ),
  // on the 23rd (a day of the month last mentioned, else of the document's month)
  rule(
    'day-of-month',
    `(?<=\\b(?:on|by|until|till|from|since|before|after|through|to)\\s+)the\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)${E}(?=\\s*(?:[,.;:)!?]|$|and\\b|or\\b|at\\b|when\\b))`,
    (x) => {
      const d = parseInt(x.m.groups!.d!, 10);
      if (d < 1 || d > 31) return null;
      return { type: 'DATE', value: '', anchor: { unit: 'M', offset: 0, near: true, day: d } };
    },
  ),
  // that night · in the morning · the same evening (the day last mentioned)
  rule(
    'that-part-of-day',
    `${B}(?:(?:that|the(?:\\s+same|\\s+following|\\s+next|\\s+previous)?)\\s+)(?<part>morning|afternoon|evening|night)${E}(?!\\s+(?:of|before|after|when|that|shift|session|news|edition|show|flight|train)\\b)(?!['’]s)`,
    (x) => {
      const g = x.m.groups!;
      const lead = x.m[0].toLowerCase();
      const before = x.text.slice(Math.max(0, x.start - 16), x.start);
      if (
        /^the\s+(?:morning|afternoon|evening|night)/.test(lead) &&
        !/\b(?:in|during|on|by|through|overnight|into|until|that)\s+$/i.test(before)
      )
        return null;
      const offset = /following|next/.test(lead) ? 1 : /previous/.test(lead) ? -1 : 0;
      return {
        type: 'TIME',
        value: '',
        anchor: { unit: 'D', offset, part: PARTS_OF_DAY[g.part!.toLowerCase()]! },
      };
    },
  ),
  // the same day · the day · the previous day · the following day · the day before · late in the day
  rule(
    'the-day',
    `${B}(?:(?<late>late|early|later|earlier)\\s+in\\s+|(?:the\\s+)?(?<pos>start|end|beginning|close|rest|remainder|middle)\\s+of\\s+)?the\\s+(?:(?<rel>same|previous|following|next|preceding|prior)\\s+)?day(?<ba>\\s+(?:before|after|earlier|later)(?=\\s*[,.;)]))?${E}(?!\\s*['’]s)`,
    (x) => {
      const g = x.m.groups!;
      const after = x.text.slice(x.end, x.end + 24);
      if (!g.rel && !g.ba && !g.late && !g.pos) {
        // A bare "the day" names a date only where the text speaks of a trading day.
        const before = x.text.slice(Math.max(0, x.start - 24), x.start);
        if (
          !/\b(?:for|end(?:ed|ing|s)?|on|during|close[sd]?|closing|finish(?:ed|ing|es)?|start(?:ed|ing|s)?|open(?:ed|ing|s)?|over|throughout|of)\s+$/i.test(
            before,
          )
        )
          return null;
        if (/^\s+(?:of|when|that|before|after|in\s+which|he|she|they|it|we|I)\b/i.test(after)) return null;
      }
      const rel = (g.rel ?? g.ba ?? '').toLowerCase().trim();
      const offset = /previous|preceding|prior|before|earlier/.test(rel)
        ? -1
        : /following|next|after|later/.test(rel)
          ? 1
          : 0;
      const mod = positionMod(g.late ?? g.pos);
      return { type: 'DATE', value: '', anchor: { unit: 'D', offset }, ...(mod ? { mod } : {}) };
    },
  ),
  // summer · this autumn · last winter · the summer of 2008 · spring 2009 · early summer
  rule(
    'season',
    `${B}(?:(?<pos>early|mid|late)[\\s-]+)?(?:(?<rel>this|last|next|past|coming|the)\\s+)?(?<s>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<y>(?:1[0-9]|20)\\d\\d)(?![\\d]))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const word = g.s!.toLowerCase();
      const rel = g.rel?.toLowerCase();
      const after = x.text.slice(x.end, x.end + 12);
      if (
        /\b(?:Arab|Prague|Beijing|Damascus|Tehran)\s+$/.test(x.text.slice(Math.max(0, x.start - 10), x.start))
      )
        return null;
      if (
        !g.y &&
        /^\s+(?:storms?|weather|wheat|tires|tyres|coats?|clothing|sports|solstice|vacation|camp|fashion)\b/i.test(
          after,
        )
      )
        return null;
      if (word === 'fall' && !g.y && (!rel || rel === 'the') && !g.pos) {
        if (!rel) return null;
        if (/^\s+(?:in|of|from|to|was|has|had|below|above|on|by|came|would|will)\b/i.test(after)) return null;
        const before = x.text.slice(Math.max(0, x.start - 12), x.start);
        if (!/\b(?:in|during|until|by|since|this|last|next|through|over)\s+$/i.test(before)) return null;
      }
      if (
        /^\s+(?:collection|range|lineup|line-up|season|olympics|games|school|break|holidays?|recess|term|session)\b/i.test(
          after,
        ) &&
        !rel &&
        !g.y
      )
        return null;
      if (!rel && !g.y && !g.pos && /^(spring)$/.test(word)) {
        const before = x.text.slice(Math.max(0, x.start - 12), x.start);
        if (!/\b(?:in|during|until|by|since|through|over|the|this|last|next)\s+$/i.test(before)) return null;
      }
      const code = SEASONS[word]!;
      let y: number;
      if (g.y) y = Number(g.y);
      else if (rel === 'last' || rel === 'past')
        y = resolveSeasonYear(x.doc, code, 'past') - (isInSeason(x.doc, code) ? 1 : 0);
      else if (rel === 'next' || rel === 'coming')
        y = resolveSeasonYear(x.doc, code, 'future') + (isInSeason(x.doc, code) ? 1 : 0);
      else if (rel === 'this') y = resolveSeasonYear(x.doc, code, x.tense() === 'past' ? 'past' : 'future');
      else y = resolveSeasonYear(x.doc, code, x.tense());
      const mod = positionMod(g.pos);
      return { type: 'DATE', value: `${y}-${code}`, ...(mod ? { mod } : {}) };
    },
  ),
];

function isInSeason(day: Day, code: string): boolean {
  const months: Record<string, number[]> = { SP: [3, 4, 5], SU: [6, 7, 8], FA: [9, 10, 11], WI: [12, 1, 2] };
  return (months[code] ?? []).includes(day.m);
}
