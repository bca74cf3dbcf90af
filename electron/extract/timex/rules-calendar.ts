/**
 * Rules for expressions that name calendar units: full dates, months, years, decades, centuries,
 * quarters and halves, fiscal years, holidays and clock times.
 */
import { formatDay, formatMonth, formatYear, isValidDay } from './calendar';
import {
  quarterOf,
  resolveHoliday,
  resolveMonthDayYear,
  resolveMonthYear,
  resolvePeriodYear,
  holidayDay,
  yearEarlierInSentence,
} from './resolve';
import { atSentenceStart, B, E, positionMod, rule, type Match, type Rule } from './rule';
import { HOLIDAYS, MONTH_ABBR_RE, MONTH_RE, WEEKDAY_RE, monthNumber, ordinalNumber } from './vocabulary';

const YEAR4 = '(?:1[0-9]{3}|20[0-9]{2})';
const NOT_NUMBER_AFTER = '(?![\\d]|[.,:/]\\d|\\s*(?:%|percent|per\\s+cent))';
const DAY = '(?:[0-3]?\\d)(?:st|nd|rd|th)?';
const POSITION =
  '(?:(?:the\\s+)?(?:very\\s+)?(?:beginning|start|end|middle|close|turn|dawn)\\s+of|(?:earlier|later|early|late)\\s+in|early|mid|late)';

/** Words after a four-digit number that show it is a quantity, not a year. */
const QUANTITY_NOUN =
  /^\s*(?:points?|people|persons|shares|units|employees|workers|jobs|miles|km|kilometers|kilometres|meters|metres|feet|ft|tons|tonnes|barrels|cars|vehicles|votes|seats|troops|soldiers|acres|words|pages|homes|houses|cases|deaths|dollars|euros|pounds|yen|members|students|users|copies|stores|machines|pixels|mhz|ghz|mb|gb|kb|calories|degrees|hours|minutes|seconds|rpm|index|x\d)\b/i;

/** The month of a month word, refusing the ambiguous ones ("may", "march", "august") unless capitalised. */
function monthOf(word: string, strict: boolean): number | undefined {
  const n = monthNumber(word);
  if (n === undefined) return undefined;
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (
    /^(may|march|august|mar|jan|jun|jul|aug|sep|sept|oct|nov|dec|feb|apr)$/.test(lower) &&
    !/^[A-Z]/.test(word)
  ) {
    if (strict || lower === 'may') return undefined;
  }
  return n;
}

function twoDigitYear(yy: string, docYear: number): number {
  const n = Number(yy);
  const century = Math.floor(docYear / 100) * 100;
  return century + n > docYear + 10 ? century - 100 + n : century + n;
}

function explicitDate(y: number, m: number, d: number): string | null {
  return isValidDay(y, m, d) ? formatDay({ y, m, d }) : null;
}

function yearOfText(text: string, match: Match): number | undefined {
  if (/^['’]\d\d$/.test(text)) return twoDigitYear(text.slice(1), match.doc.y);
  if (/^\d\d$/.test(text)) return twoDigitYear(text, match.doc.y);
  if (/^\d{4}$/.test(text)) return Number(text);
  return undefined;
}

const YEAR_OR_SHORT = `(?:${YEAR4}|['’]\\d\\d)`;

/** A month's abbreviation alone ("Sept."), made once. */
const MONTH_ABBR_WORD = new RegExp(`^${MONTH_ABBR_RE}$`, 'i');

/** "last year", "this year" or "next year" after a day or a month ("June 12 last year"), as group `ry`. */
const RELATIVE_YEAR = `(?:\\s+(?<ry>last|next|this)\\s+year(?![\\w'’-]))?`;

/** The year "last year", "this year" or "next year" names, from the document's year. */
function relativeYear(docYear: number, word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? docYear - 1 : w === 'next' ? docYear + 1 : docYear;
}

/** Holidays the US keeps on its own day that other nations name the same way, on other days. */
const NATIONAL_DAY = /^(?:Independence|Labou?r|Memorial|Election|Remembrance|Thanksgiving)\b/;
/** A nation's name in the possessive or its adjective right before ("Kenya's ", "Polish "), and the US's. */
const OTHER_NATION_BEFORE = /(?:\p{Lu}[\p{L}.]*['’]s|\p{Lu}\p{Ll}+(?:an|ese|ish|i))\s+$/u;
const US_BEFORE = /(?:\bAmerica['’]s|\bAmerican|\bU\.?S\.?['’]?s?|United\s+States['’]?)\s+$/;

/** Rules for calendar dates and units. */
export const CALENDAR_RULES: Rule[] = [
  // 2008-09-04, 2008-09-04T14:00
  rule(
    'iso-date',
    `${B}(?<y>${YEAR4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?:T(?<hh>[0-2]\\d):(?<mm>[0-5]\\d))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const day = explicitDate(Number(g.y), Number(g.m), Number(g.d));
      if (!day) return null;
      if (g.hh) return { type: 'TIME', value: `${day}T${g.hh}:${g.mm}` };
      return { type: 'DATE', value: day };
    },
  ),
  // 9/4/2008 (US order; day first when the first number cannot be a month)
  rule('slash-date', `${B}(?<a>[01]?\\d|[23]\\d)/(?<b>[0-3]?\\d)/(?<y>${YEAR4}|\\d\\d)${E}(?!/)`, (x) => {
    const g = x.m.groups!;
    const y = g.y!.length === 2 ? twoDigitYear(g.y!, x.doc.y) : Number(g.y);
    let m = Number(g.a);
    let d = Number(g.b);
    if (m > 12) [m, d] = [d, m];
    const day = explicitDate(y, m, d);
    return day ? { type: 'DATE', value: day } : null;
  }),
  // (Tuesday,) March 06, 2008 · January 20 · April 2nd · Sept. 4 2008 · October 13 in 2019
  rule(
    'month-day-year',
    `${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?<mon>${MONTH_RE})\\s+(?:the\\s+)?(?<d>${DAY})(?![\\d,.]\\d|\\s*(?:%|percent|billion|million))(?:(?:,\\s*|\\s+(?:in\\s+(?=\\d))?)(?<y>${YEAR_OR_SHORT})${NOT_NUMBER_AFTER})?${RELATIVE_YEAR}${E}`,
    (x) => {
      const g = x.m.groups!;
      const m = monthOf(g.mon!, false);
      if (m === undefined) return null;
      const d = parseInt(g.d!, 10);
      if (d < 1 || d > 31) return null;
      // "the September 11 attacks" name the day of 2001.
      if (
        !g.y &&
        m === 9 &&
        d === 11 &&
        /^,?\s+(?:terror|attacks?|hijack|commission|victims|strikes)/i.test(x.text.slice(x.end, x.end + 16))
      )
        return { type: 'DATE', value: '2001-09-11' };
      const y = g.y
        ? yearOfText(g.y, x)
        : g.ry
          ? relativeYear(x.doc.y, g.ry)
          : (yearEarlierInSentence(x.text, x.start) ?? resolveMonthDayYear(x.doc, m, d, x.tense()));
      if (y === undefined) return null;
      const day = explicitDate(y, m, d);
      return day ? { type: 'DATE', value: day } : null;
    },
  ),
  // (Tuesday,) 14 January 2025 · the 4th of July · 13 October in 2019
  rule(
    'day-month-year',
    `${B}(?:(?<wd>${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(?<d>${DAY})\\s+(?:of\\s+)?(?<mon>${MONTH_RE})(?:,?\\s+(?:in\\s+(?=\\d))?(?<y>${YEAR_OR_SHORT})${NOT_NUMBER_AFTER})?${RELATIVE_YEAR}${E}`,
    (x) => {
      const g = x.m.groups!;
      const m = monthOf(g.mon!, true);
      if (m === undefined) return null;
      const d = parseInt(g.d!, 10);
      if (d < 1 || d > 31) return null;
      if (!g.y && !/(st|nd|rd|th)$/i.test(g.d!) && !/\bof\b/i.test(x.m[0]) && !g.wd) {
        // "5 May" without a year is rare in English news; "3 March" could be a count of marches.
        if (!/^[A-Z]/.test(g.mon!)) return null;
      }
      const y = g.y
        ? yearOfText(g.y, x)
        : g.ry
          ? relativeYear(x.doc.y, g.ry)
          : (yearEarlierInSentence(x.text, x.start) ?? resolveMonthDayYear(x.doc, m, d, x.tense()));
      if (y === undefined) return null;
      const day = explicitDate(y, m, d);
      return day ? { type: 'DATE', value: day } : null;
    },
  ),
  // October 1982 · (early) November, 2008 · the end of March 2009
  rule(
    'month-year',
    `${B}(?:(?<pos>${POSITION})[\\s-]+)?(?<mon>${MONTH_RE}),?\\s+(?:of\\s+)?(?<y>${YEAR_OR_SHORT})${NOT_NUMBER_AFTER}${E}`,
    (x) => {
      const g = x.m.groups!;
      const m = monthOf(g.mon!, true);
      const y = yearOfText(g.y!, x);
      if (m === undefined || y === undefined) return null;
      const mod = positionMod(g.pos);
      return { type: 'DATE', value: formatMonth(y, m), ...(mod ? { mod } : {}) };
    },
  ),
  // March this year · (in) March, this year · June of last year · the end of May next year
  rule(
    'month-relative-year',
    `${B}(?:(?<pos>${POSITION})[\\s-]+)?(?<mon>${MONTH_RE}),?\\s+(?:of\\s+)?(?<rel>this|last|next)\\s+year${E}`,
    (x) => {
      const g = x.m.groups!;
      const m = monthOf(g.mon!, true);
      if (m === undefined) return null;
      const rel = g.rel!.toLowerCase();
      const y = rel === 'last' ? x.doc.y - 1 : rel === 'next' ? x.doc.y + 1 : x.doc.y;
      const mod = positionMod(g.pos);
      return { type: 'DATE', value: formatMonth(y, m), ...(mod ? { mod } : {}) };
    },
  ),
  // (in) January · mid-March · the end of June · last September · this May
  rule(
    'month',
    `${B}(?:(?<pos>${POSITION})[\\s-]+)?(?:(?<rel>last|next|this|past|coming)\\s+)?(?<mon>${MONTH_RE})${RELATIVE_YEAR}${E}(?!\\s*\\d)`,
    (x) => {
      const g = x.m.groups!;
      const word = g.mon!;
      if (MONTH_ABBR_WORD.test(word) && !/^(June|July)$/i.test(word)) return null;
      const lower = word.toLowerCase();
      if (!/^[A-Z]/.test(word) && /^(may|march|august)$/.test(lower)) return null;
      if (lower === 'may' && !g.pos && !g.rel) {
        // "May" is a month only after a time preposition.
        const before = x.text.slice(Math.max(0, x.start - 12), x.start);
        if (
          !/\b(in|since|of|until|till|by|from|through|to|during|before|after|and|or|early|late|mid|between|last|next|this)\s+$/i.test(
            before,
          )
        )
          return null;
      }
      if (!g.pos && !g.rel) {
        // "June Carter", "March Madness": a month name before a capitalised word is a name unless a
        // time preposition comes first; "March" and "August" opening a sentence are words too.
        const before = x.text.slice(Math.max(0, x.start - 12), x.start);
        const prep =
          /\b(in|since|of|until|till|by|from|through|to|during|before|after|and|or|between)\s+$/i.test(
            before,
          );
        const nameLike = /^[^\S\n]+[A-Z]/.test(x.text.slice(x.end, x.end + 2));
        const wordLike = /^(march|august)$/.test(lower) && atSentenceStart(x.text, x.start);
        if (!prep && (nameLike || wordLike)) return null;
      }
      const m = monthNumber(word)!;
      const rel = g.rel?.toLowerCase();
      let y: number;
      if (rel === 'last' || rel === 'past') y = m < x.doc.m ? x.doc.y : x.doc.y - 1;
      else if (rel === 'next' || rel === 'coming') y = m > x.doc.m ? x.doc.y : x.doc.y + 1;
      else if (rel === 'this') y = x.doc.y;
      else if (g.ry) y = relativeYear(x.doc.y, g.ry);
      else y = resolveMonthYear(x.doc, m, x.tense());
      const mod = positionMod(g.pos);
      return { type: 'DATE', value: formatMonth(y, m), ...(mod ? { mod } : {}) };
    },
  ),
  // 2005 · early 2009 · mid-2011 · the end of 2008 · fiscal 2008 · FY2008 · since '82
  rule(
    'year',
    `${B}(?:(?<pos>${POSITION})[\\s-]+)?(?:(?<fy>fiscal(?:\\s+year)?|FY|financial\\s+year|the\\s+year(?:\\s+of)?)\\s*)?(?<y>${YEAR4}|['’]\\d\\d(?![\\w'’])|(?<=FY\\s?)\\d\\d)${NOT_NUMBER_AFTER}(?!s\\b)${E}`,
    (x) => {
      const g = x.m.groups!;
      const before = x.text.slice(Math.max(0, x.start - 6), x.start);
      if (/[$€£¥#]\s*$|No\.\s*$|\d[\s,.]*$/.test(before)) return null;
      if (QUANTITY_NOUN.test(x.text.slice(x.end, x.end + 20))) return null;
      const short = /^['’]|^\d\d$/.test(g.y!);
      if (short) {
        // A two-digit year only after a time word ("since '82"), never a product name ("iLife '11").
        const prep = x.text.slice(Math.max(0, x.start - 14), x.start);
        if (
          !g.pos &&
          !g.fy &&
          !/\b(since|in|of|from|until|till|by|before|after|during|through|summer|winter|spring|autumn|fall|class)\s+$/i.test(
            prep,
          )
        )
          return null;
      }
      const y = yearOfText(g.y!, x)!;
      if (!short && y < 1900 && !g.pos && !g.fy) {
        const prep = x.text.slice(Math.max(0, x.start - 10), x.start);
        if (!/\b(in|since|of|from|until|till|by|before|after|during|through|year)\s+$/i.test(prep))
          return null;
      }
      if (y > x.doc.y + 50) return null;
      const mod = positionMod(g.pos);
      const fiscal = g.fy && /fiscal|FY|financial/i.test(g.fy);
      return {
        type: 'DATE',
        value: fiscal ? `FY${formatYear(y)}` : formatYear(y),
        ...(mod ? { mod } : {}),
      };
    },
  ),
  // the second year of a range: 2009-2010, 1914–1918
  rule(
    'year-range-end',
    `(?<=(?<![\\d,./-])(?:1[0-9]|20)\\d\\d[-–])(?<y>${YEAR4})(?![\\d%]|[.,]\\d)${E}`,
    (x) => ({
      type: 'DATE',
      value: x.m.groups!.y!,
    }),
  ),
  // the 1990s · the early '80s · 1960s · the nineties · the 1800s (a century)
  rule(
    'decade',
    `${B}(?:the\\s+)?(?:(?<pos>early|mid|late)[\\s-]+)?(?:(?<d4>1[0-9]|20)(?<d3>\\d)0['’]?s|['’]?(?<d2>\\d)0['’]?s|(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))${E}`,
    (x) => {
      const g = x.m.groups!;
      const mod = positionMod(g.pos);
      const extra = mod ? { mod } : {};
      if (g.d4) {
        if (g.d3 === '0' && /00['’]?s$/.test(x.m[0]) && Number(g.d4) < 20) {
          return { type: 'DATE', value: String(Number(g.d4)), ...extra };
        }
        return { type: 'DATE', value: `${g.d4}${g.d3}`, ...extra };
      }
      if (!/^the\b/i.test(x.m[0]) && !g.pos) {
        if (g.word) return null; // "in his sixties" is an age.
        const before = x.text.slice(Math.max(0, x.start - 8), x.start);
        if (!/\b(in|since|of|from|during|and|or|to|through)\s+$/i.test(before)) return null;
      }
      if (g.d2) {
        const decade = Number(g.d2);
        const current = Math.floor((x.doc.y % 100) / 10);
        const century = Math.floor(x.doc.y / 100);
        const c = decade <= current ? century : century - 1;
        return { type: 'DATE', value: `${c}${decade}`, ...extra };
      }
      const index = [
        'twenties',
        'thirties',
        'forties',
        'fifties',
        'sixties',
        'seventies',
        'eighties',
        'nineties',
      ].indexOf(g.word!.toLowerCase());
      return { type: 'DATE', value: `19${index + 2}`, ...extra };
    },
  ),
  // the 20th century · the twenty-first century · the 1800s
  rule(
    'century',
    `${B}(?:the\\s+)?(?:(?<pos>early|mid|late)[\\s-]+)?(?<n>\\d{1,2}(?:st|nd|rd|th)|(?:twenty-)?(?:first|second)|(?:nine|eigh|seven|six|fif)teenth|twentieth)[\\s-]+century${E}`,
    (x) => {
      const g = x.m.groups!;
      const words: Record<string, number> = {
        first: 1,
        second: 2,
        'twenty-first': 21,
        'twenty-second': 22,
        fifteenth: 15,
        sixteenth: 16,
        seventeenth: 17,
        eighteenth: 18,
        nineteenth: 19,
        twentieth: 20,
      };
      const n = /^\d/.test(g.n!) ? parseInt(g.n!, 10) : words[g.n!.toLowerCase()];
      if (!n) return null;
      const mod = positionMod(g.pos);
      return { type: 'DATE', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
    },
  ),
  // the third quarter (of 2009 | of this year | of last year) · Q3 2009 · the first half · first-quarter
  rule(
    'quarter',
    `${B}(?:the\\s+)?(?:(?<fiscal>fiscal|financial)\\s+)?(?:(?<y1>${YEAR4})\\s+)?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\\s-]+(?<unit>quarter|half)(?:\\s+of\\s+(?:(?:fiscal|the\\s+(?:fiscal|financial)\\s+year)\\s+)?(?:(?<y2>${YEAR4})|(?<rel>this|last|next|the\\s+(?:previous|current|same|following))\\s+(?:fiscal\\s+)?year))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const half = g.unit!.toLowerCase() === 'half';
      let n = ordinalNumber(g.ord!) ?? 0;
      const relOnly = n < 0 && !g.y1 && !g.y2 && !g.rel;
      if (relOnly) {
        // "the last quarter": the quarter before the current one.
        const q = quarterOf(x.doc.m) - 1;
        const y = q === 0 ? x.doc.y - 1 : x.doc.y;
        if (half) {
          const h = x.doc.m <= 6 ? 2 : 1;
          return { type: 'DATE', value: `${h === 2 ? x.doc.y - 1 : x.doc.y}-H${h}` };
        }
        return { type: 'DATE', value: `${y}-Q${q === 0 ? 4 : q}` };
      }
      if (n < 0) n = half ? 2 : 4;
      if (n < 1 || n > (half ? 2 : 4)) return null;
      let y: number;
      if (g.y1 || g.y2) y = Number(g.y1 ?? g.y2);
      else if (g.rel) {
        const rel = g.rel.toLowerCase();
        y = /last|previous/.test(rel) ? x.doc.y - 1 : /next|following/.test(rel) ? x.doc.y + 1 : x.doc.y;
      } else y = resolvePeriodYear(x.doc, n, half ? 6 : 3, x.tense());
      return { type: 'DATE', value: `${y}-${half ? 'H' : 'Q'}${n}` };
    },
  ),
  // Q3 · Q1 2009 · 2009 Q1
  rule(
    'q-notation',
    `${B}(?:(?<y1>${YEAR4})\\s+)?Q(?<n>[1-4])(?:\\s+(?<y2>${YEAR4}))?${E}`,
    (x) => {
      const g = x.m.groups!;
      const n = Number(g.n);
      const y = g.y1 || g.y2 ? Number(g.y1 ?? g.y2) : resolvePeriodYear(x.doc, n, 3, x.tense());
      return { type: 'DATE', value: `${y}-Q${n}` };
    },
    true,
  ),
  // Christmas · Thanksgiving 2008 · New Year's Day · Good Friday
  rule(
    'holiday',
    `${B}(?<h>Christmas(?:\\s+(?:Day|Eve))?|Boxing\\s+Day|New\\s+Year['’]?s(?:\\s+(?:Day|Eve))?|Valentine['’]?s\\s+Day|Halloween|Independence\\s+Day|Veterans['’]?\\s+Day|Armistice\\s+Day|Thanksgiving(?:\\s+Day)?|Black\\s+Friday|Cyber\\s+Monday|Labou?r\\s+Day|Memorial\\s+Day|Martin\\s+Luther\\s+King(?:,?\\s+Jr\\.?)?\\s+Day|Presidents['’]?\\s+Day|Columbus\\s+Day|Easter(?:\\s+(?:Sunday|Monday))?|Good\\s+Friday|Palm\\s+Sunday|Mother['’]?s\\s+Day|Father['’]?s\\s+Day|Election\\s+Day|(?:St\\.?|Saint)\\s+Patrick['’]?s\\s+Day|Bastille\\s+Day|Canada\\s+Day|Australia\\s+Day|Anzac\\s+Day|Remembrance\\s+Day|Groundhog\\s+Day)(?:,?\\s+(?<y>${YEAR4})${NOT_NUMBER_AFTER})?${E}`,
    (x) => {
      const g = x.m.groups!;
      if (
        /\b(?:Chinese|Lunar|Jewish|Persian|Islamic|Orthodox|Hindu|Thai|Tamil)\s+$/.test(
          x.text.slice(Math.max(0, x.start - 10), x.start),
        )
      )
        return null;
      // ("Kenya's Independence Day", "Polish Independence Day": another nation's day, not the US one)
      if (
        NATIONAL_DAY.test(g.h!) &&
        OTHER_NATION_BEFORE.test(x.text.slice(Math.max(0, x.start - 24), x.start)) &&
        !US_BEFORE.test(x.text.slice(Math.max(0, x.start - 24), x.start))
      )
        return null;
      const key = g
        .h!.toLowerCase()
        .replace(/['’.,]/g, '')
        .replace(/\s+/g, ' ')
        .replace(/^new years$/, 'new years day');
      const ruleOf = HOLIDAYS[key];
      if (!ruleOf) return null;
      if (g.y) return { type: 'DATE', value: formatDay(holidayDay(ruleOf, Number(g.y))) };
      return { type: 'DATE', value: resolveHoliday(x.doc, ruleOf, x.tense()) };
    },
    true,
  ),
  // 2:30 p.m. · 10 a.m. EST · 16:08 UTC · 0800 GMT · noon · midnight
  rule(
    'clock',
    `${B}(?:(?<h>[012]?\\d)(?:[:.](?<min>[0-5]\\d))?\\s*(?<ampm>[ap]\\.\\s?m\\.|[ap]\\.?\\s?m\\b)|(?<h24>[012]?\\d):(?<min24>[0-5]\\d)(?![:.]?\\d)|(?<mil>[012]\\d[0-5]\\d)(?=\\s+(?:UTC|GMT|hours|hrs|Z\\b))|(?<word>noon|midnight|midday)|(?<oc>[1]?\\d)\\s+o['’]clock)(?:\\s+(?<tz>UTC|GMT|Z|[ECMP][SD]T|[ECMP]T|BST|CET|CEST|JST|local\\s+time)\\b)?(?:\\s+hours\\b)?`,
    (x) => {
      const g = x.m.groups!;
      let h: number;
      let min = 0;
      if (g.ampm) {
        h = Number(g.h);
        min = g.min ? Number(g.min) : 0;
        if (h < 1 || h > 12) return null;
        const pm = /^p/i.test(g.ampm);
        if (pm && h < 12) h += 12;
        if (!pm && h === 12) h = 0;
      } else if (g.h24) {
        h = Number(g.h24);
        min = Number(g.min24);
        if (h > 24) return null;
        // A bare H:MM needs a time word around it, or it may be a score or a ratio.
        if (
          !g.tz &&
          !/\b(at|by|until|till|from|before|after|around|about|since|of)\s+$/i.test(
            x.text.slice(Math.max(0, x.start - 8), x.start),
          )
        )
          return null;
      } else if (g.mil) {
        h = Number(g.mil.slice(0, 2));
        min = Number(g.mil.slice(2));
        if (h > 24) return null;
      } else if (g.word) {
        const w = g.word.toLowerCase();
        h = w === 'midnight' ? 24 : 12;
      } else {
        h = Number(g.oc);
        if (h < 1 || h > 12) return null;
      }
      const z = g.tz && /^(UTC|GMT|Z)$/i.test(g.tz) ? 'Z' : '';
      const pad = (n: number): string => String(n).padStart(2, '0');
      return { type: 'TIME', value: '', timeOfDay: `T${pad(h)}:${pad(min)}${z}` };
    },
  ),
];
