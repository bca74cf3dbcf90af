/**
 * Rules for stretches of time and vague references: durations ("three years", "the past nine
 * days", "12-year"), "two days ago", sets ("every week", "annual"), and PRESENT_REF / PAST_REF /
 * FUTURE_REF words.
 */
import { addDays, formatDay, formatMonth, formatYear, isValidDay } from './calendar';
import { shiftMonth } from './resolve';
import { B, E, quantityMod, rule, type Match, type Rule } from './rule';
import type { RuleResult } from './types';
import { FUZZY_RE, NUMBER_RE, UNITS, UNIT_RE, parseNumber, unitKey } from './vocabulary';

const MODIFIER =
  '(?:nearly|almost|about|around|approximately|roughly|over|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|just\\s+over|just\\s+under|well\\s+over|close\\s+to|upwards\\s+of|in\\s+excess\\s+of|under)';
const DETERMINER =
  '(?:the|a|an|its|their|his|her|our|this|that|these|those)\\s+(?:(?:past|last|next|previous|first|coming|following|final|remaining|latest|further|additional|other|same|entire|whole|full|initial|ensuing|preceding)\\s+)?|(?:past|last|next|previous|first|final|another|further|additional)\\s+';
const FILLER =
  '(?:[\\s-]+(?:straight|consecutive|full|more|trading|business|working|calendar|successive|long|short|odd|plus))?';

/** A duration value: count × unit ("PT5H", "P3Y", "PXW"); fractions spill into the next smaller unit. */
export function durationValue(count: number | 'X', unitWord: string): string | undefined {
  const key = unitKey(unitWord);
  if (!key) return undefined;
  const unit = UNITS[key]!;
  if (count === 'X') return `P${unit.time ? 'T' : ''}X${unit.factor >= 10 ? 'Y' : unit.letter}`;
  const n = count * unit.factor;
  if (Number.isInteger(n)) return `P${unit.time ? 'T' : ''}${n}${unit.letter}`;
  // A fraction goes to the next smaller unit: 1.5 years → P1Y6M, 4.5 hours → PT4H30M, half an hour → PT30M.
  const whole = Math.floor(n);
  const smaller: Record<string, [string, number, boolean]> = unit.time
    ? { H: ['M', 60, true], M: ['S', 60, true] }
    : {
        Y: ['M', 12, false],
        M: ['D', 30, false],
        W: ['D', 7, false],
        D: ['H', 24, true],
        Q: ['M', 3, false],
      };
  const next = smaller[unit.letter];
  const rest = next ? (n - whole) * next[1] : NaN;
  if (!next || !Number.isInteger(rest)) return `P${unit.time ? 'T' : ''}${n}${unit.letter}`;
  const head = whole ? `${whole}${unit.letter}` : '';
  if (unit.time) return `PT${head}${rest}${next[0]}`;
  return next[2] ? `P${head}T${rest}${next[0]}` : `P${head}${rest}${next[0]}`;
}

/** The date `count` units before (sign -1) or after (+1) the document date, at the unit's precision. */
/** The day `count` units before the document date, to the day ("a year ago today"). */
function sameDayAgo(x: Match, count: number, unitWord: string): string | undefined {
  const key = unitKey(unitWord);
  if (!key || !Number.isInteger(count)) return undefined;
  const doc = x.doc;
  if (key === 'day' || key === 'week') return formatDay(addDays(doc, -count * (key === 'week' ? 7 : 1)));
  const months = key === 'month' ? count : key === 'year' ? count * 12 : undefined;
  if (months === undefined) return undefined;
  const { y, m } = shiftMonth(doc, -months);
  return isValidDay(y, m, doc.d) ? formatDay({ y, m, d: doc.d }) : formatMonth(y, m);
}

function shiftedDate(x: Match, count: number, unitWord: string, sign: number): string | undefined {
  const key = unitKey(unitWord);
  if (!key || !Number.isInteger(count)) return undefined;
  const doc = x.doc;
  switch (key) {
    case 'day':
    case 'night':
      return formatDay(addDays(doc, sign * count));
    case 'week':
    case 'fortnight':
      return formatDay(addDays(doc, sign * count * 7 * (key === 'fortnight' ? 2 : 1)));
    case 'month': {
      const { y, m } = shiftMonth(doc, sign * count);
      return formatMonth(y, m);
    }
    case 'quarter': {
      const { y, m } = shiftMonth(doc, sign * count * 3);
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    }
    case 'year':
      return formatYear(doc.y + sign * count);
    case 'decade':
      return formatYear(doc.y + sign * count * 10);
    case 'century':
      return formatYear(doc.y + sign * count * 100);
    case 'hour':
    case 'minute':
    case 'second':
      return formatDay(doc);
    default:
      return undefined;
  }
}

function countOf(text: string | undefined, fuzzy: string | undefined): number | 'X' | undefined {
  if (fuzzy) return 'X';
  if (!text) return undefined;
  return parseNumber(text.replace(/\s+/g, ' '));
}

/** Whether the word before a match marks a rate ("$5 billion a year", "twice a day"). */
const RATE_BEFORE = new RegExp(
  `(?:[$€£¥]\\s?\\d[\\d,.]*(?:\\s*(?:[mb]n|million|billion|trillion|thousand))?|(?:\\d(?:[\\d,.]*\\d)?|${NUMBER_RE})\\s*(?:%|percent|per\\s+cent|[mb]n|million|billion|trillion|thousand|dollars|euros|pounds|cents|barrels|tons|tonnes|people|times|hours|days|weeks|months|nights)|once|twice|thrice|times)\\s+$`,
  'i',
);

function rateBefore(x: Match): boolean {
  return RATE_BEFORE.test(x.text.slice(Math.max(0, x.start - 24), x.start));
}

/** A count and its filler words before "quarter" ("three full quarters"), made once. */
const QUARTER_FILLER = new RegExp(`${NUMBER_RE}${FILLER}[\\s-]+quarter`, 'i');

/** Rules for durations, sets and vague references. */
export const DURATION_RULES: Rule[] = [
  // nearly three years · the past nine days · six straight days · 12-year · a 20 year · two days ago · five years later
  rule(
    'duration',
    `${B}(?:(?<mod>${MODIFIER})\\s+(?!the\\b))?(?:(?<det>${DETERMINER}))?(?:(?<fuzzy>${FUZZY_RE})|(?<num>${NUMBER_RE}))${FILLER}[\\s-]+(?<unit>${UNIT_RE})(?<long>-long)?(?:\\s+(?<rel>ago(?<exact>\\s+(?:today|to\\s+the\\s+day))?|from\\s+now|hence|(?:earlier|later)(?!\\s+(?:than|this|that|in|on|today|tonight)\\b)))?${E}(?!-(?:on|over|to|end|round|ago|earlier|old)\\b|\\s+old\\b)`,
    (x) => {
      const g = x.m.groups!;
      const unit = g.unit!.toLowerCase();
      const count = countOf(g.num, g.fuzzy);
      if (count === undefined) return null;
      const plural = /s$/.test(unit);
      const numText = (g.num ?? '').toLowerCase();
      const article = numText === 'a' || numText === 'an';
      const det = (g.det ?? '').toLowerCase().trim();
      // "a second chance", "a quarter of", "one day" (someday) are not durations.
      if (/^second/.test(unit) && (article || numText === 'one') && !plural) return null;
      if (/^quarter/.test(unit)) {
        if (count !== 'X' && (article || numText === 'one' || count < 1)) {
          if (!/past|last|previous|next|coming|first/.test(det)) return null;
        }
        // "three quarters of the vote" is a fraction.
        const filler = QUARTER_FILLER.exec(x.m[0]);
        const bare = filler ? !/straight|consecutive|successive|full|more/i.test(filler[0]) : true;
        if (bare && (count === 3 || count === 'X') && /^\s+of\b/i.test(x.text.slice(x.end, x.end + 5)))
          return null;
      }
      if (numText === 'one' && unit === 'day' && !g.rel && !det && !g.mod) return null;
      if (/^(?:this|that|these|those)$/.test(det.replace(/\s.*$/, '')) && count === 'X') return null;
      const rel = g.exact ? 'ago' : g.rel?.toLowerCase().replace(/\s+/g, ' ');
      const mod = quantityMod(g.mod);
      const withMod = (r: RuleResult): RuleResult => (mod ? { ...r, mod } : r);
      // Where the rule took a determiner it does not keep ("its", "this"), the expression starts after it.
      // An article before an adjectival count ("a 12-year high") is not part of the duration either.
      const adjectival = !plural && /^(?:an?|the)$/.test(det) && count !== 'X' && !article;
      const dropDet =
        (adjectival || /^(?:its|their|his|her|our|this|that|these|those)\b/i.test(det)) && !g.mod;
      // (the count after the determiner: the "a" of "that a month earlier", not the one inside "that")
      const spanStart = dropDet
        ? x.start + x.m[0].indexOf(g.fuzzy ?? g.num!, (g.det ?? '').length)
        : undefined;
      const span = spanStart !== undefined ? { start: spanStart } : {};
      if (rel === 'ago' || rel === 'from now' || rel === 'hence') {
        if (count === 'X') {
          return {
            type: 'DATE',
            value: rel === 'ago' ? 'PAST_REF' : 'FUTURE_REF',
            ...span,
          };
        }
        // "a year ago today", "two months ago to the day": that very day
        const value = g.exact
          ? sameDayAgo(x, count, unit)
          : shiftedDate(x, count, unit, rel === 'ago' ? -1 : 1);
        return value ? withMod({ type: 'DATE', value, ...span }) : null;
      }
      if (rateBefore(x) && article && !plural && !det) {
        return { type: 'SET', value: durationValue(1, unit) ?? 'P1Y' };
      }
      const value = durationValue(count, unit);
      if (!value) return null;
      if ((rel === 'earlier' || rel === 'later') && count !== 'X' && Number.isInteger(count)) {
        // "five years later": a date, counted from the last date of that precision mentioned.
        const key = unitKey(unit);
        const sign = rel === 'earlier' ? -1 : 1;
        const anchorUnit =
          key === 'day'
            ? 'D'
            : key === 'week'
              ? 'W'
              : key === 'month'
                ? 'M'
                : key === 'year'
                  ? 'Y'
                  : undefined;
        if (anchorUnit)
          return withMod({
            type: 'DATE',
            value: '',
            anchor: { unit: anchorUnit, offset: sign * count },
            ...span,
          });
        const date = shiftedDate(x, count, unit, sign);
        if (date) return withMod({ type: 'DATE', value: date, ...span });
      }
      // "a few days later": the duration is "a few days".
      let end = rel ? x.start + x.m[0].lastIndexOf(g.rel!) : undefined;
      while (end !== undefined && /\s/.test(x.text[end - 1] ?? '')) end--;
      return withMod({ type: 'DURATION', value, ...span, ...(end !== undefined ? { end } : {}) });
    },
  ),
  // the year-earlier period · year-ago levels (the year before the one last mentioned)
  rule('year-earlier', `${B}(?<u>year|month|quarter)-(?:earlier|ago)${E}`, (x) => {
    const u = x.m.groups!.u!.toLowerCase();
    if (u === 'quarter') return null;
    return { type: 'DATE', value: '', anchor: { unit: u === 'year' ? 'Y' : 'M', offset: -1 } };
  }),
  // single-day · an indefinite period (of time)
  rule(
    'special-duration',
    `${B}(?:(?<single>single[\\s-]day)|(?:an?\\s+)?(?:(?:undetermined|indefinite|unspecified|unknown)\\s+)(?:period|length)(?:\\s+of\\s+time)?)${E}`,
    (x) => ({ type: 'DURATION', value: x.m.groups!.single ? 'P1D' : 'PXD' }),
  ),
  // a year and a half · one and a half years · half an hour
  rule(
    'half-duration',
    `${B}(?:(?<mod>${MODIFIER})\\s+)?(?:(?<n1>${NUMBER_RE})\\s+and\\s+a\\s+half\\s+(?<u1>${UNIT_RE})|(?<n2>${NUMBER_RE})\\s+(?<u2>${UNIT_RE})\\s+and\\s+a\\s+half|half\\s+(?:an?|the)\\s+(?<u3>${UNIT_RE}))${E}`,
    (x) => {
      const g = x.m.groups!;
      const base = g.n1 ?? g.n2;
      const count = base ? (parseNumber(base) ?? NaN) + 0.5 : 0.5;
      if (Number.isNaN(count)) return null;
      const value = durationValue(count, (g.u1 ?? g.u2 ?? g.u3)!);
      if (!value) return null;
      const mod = quantityMod(g.mod);
      return { type: 'DURATION', value, ...(mod ? { mod } : {}) };
    },
  ),
  // years · weeks (just weeks after) · recent years · the coming days · these days · final days
  rule(
    'bare-units',
    `${B}(?:(?<pre>recent|past|coming|next|last|final|later|these|those|the\\s+(?:past|coming|next|last|final|following|ensuing|early)|in\\s+recent)\\s+)?(?<unit>years|months|weeks|days|hours|minutes|decades)(?:-long)?(?<ago>\\s+ago)?${E}(?!\\s*-?\\s*old)`,
    (x) => {
      const g = x.m.groups!;
      const unit = g.unit!;
      const pre = g.pre?.toLowerCase().replace(/\s+/g, ' ');
      const before = x.text.slice(Math.max(0, x.start - 16), x.start);
      // Counted units are handled by the duration rule; capitalised words are names or headings.
      // "over the years", "through the decades": an unspecified stretch.
      if (
        !pre &&
        /\b(?:over|through|throughout|across)\s+the\s+$/i.test(before) &&
        /^(?:years|decades|months)$/.test(unit)
      ) {
        return { type: 'DURATION', value: durationValue('X', unit.slice(0, -1))!, start: x.start - 4 };
      }
      if (
        /(?:\d|\b(?:many|few|several|some|of|the|those|these|two|three|four|five|six|seven|eight|nine|ten|dozen|hundreds|thousands|couple))[\s-]+$/i.test(
          before,
        ) &&
        !pre
      )
        return null;
      if (/^[A-Z]/.test(unit) && !pre) return null;
      // Opening hours and the minutes of a meeting are not stretches of time.
      if (
        /\b(?:working|opening|office|business|peak|rush|visiting|banking|man|happy|waking|school)\s+$/i.test(
          before,
        )
      )
        return null;
      if (
        unit === 'minutes' &&
        /^\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’.-]+\s+){0,4}(?:meeting|session|talks|discussions)/i.test(
          x.text.slice(x.end, x.end + 60),
        )
      )
        return null;
      if (pre === 'these') return { type: 'DATE', value: 'PRESENT_REF' };
      if (g.ago) return { type: 'DATE', value: 'PAST_REF' };
      if (pre === 'those' || pre === 'the early') return null;
      if (pre === 'recent' || pre === 'in recent') {
        return pre === 'in recent'
          ? { type: 'DATE', value: 'PAST_REF', start: x.start + 3 }
          : { type: 'DATE', value: 'PAST_REF' };
      }
      if (/^the (?:following|ensuing)$/.test(pre ?? '')) return null;
      const value = durationValue('X', unit.slice(0, -1));
      return value ? { type: 'DURATION', value } : null;
    },
  ),
  // every day · each week · every other month · every two years · every Monday
  rule(
    'every',
    `${B}(?:every|each)\\s+(?:(?<other>other)\\s+)?(?:(?<num>${NUMBER_RE})\\s+)?(?<unit>${UNIT_RE}|morning|afternoon|evening|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|fall|winter)${E}`,
    (x) => {
      const g = x.m.groups!;
      const unit = g.unit!.toLowerCase();
      const days = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
      if (days.includes(unit)) return { type: 'SET', value: `XXXX-WXX-${days.indexOf(unit) + 1}` };
      const parts: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
      if (unit in parts) return { type: 'SET', value: `TXX${parts[unit]}`.replace('TXX', 'T') };
      const seasons: Record<string, string> = {
        spring: 'SP',
        summer: 'SU',
        autumn: 'FA',
        fall: 'FA',
        winter: 'WI',
      };
      if (unit in seasons) return { type: 'SET', value: `XXXX-${seasons[unit]}` };
      if (unit === 'weekend') return { type: 'SET', value: 'XXXX-WXX-WE' };
      const n = g.num ? parseNumber(g.num) : 1;
      if (n === undefined) return null;
      const value = durationValue(n * (g.other ? 2 : 1), unit);
      return value ? { type: 'SET', value } : null;
    },
  ),
  // twice a year · three times a week · once per month · per hour
  rule(
    'rate',
    `${B}(?:(?<times>once|twice|thrice|${NUMBER_RE}\\s+times)\\s+(?:a|an|per|each|every)|per)\\s+(?<unit>second|minute|hour|day|week|month|quarter|year|decade)${E}`,
    (x) => {
      const value = durationValue(1, x.m.groups!.unit!);
      return value ? { type: 'SET', value } : null;
    },
  ),
  // daily · weekly · annual · annually · quarterly · hourly · year-round? (no)
  rule(
    'frequency-adjective',
    `${B}(?<w>hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annual|annually|yearly|semi-?annual(?:ly)?|bi-?annual(?:ly)?|biennial)${E}`,
    (x) => {
      const w = x.m.groups!.w!.toLowerCase().replace('-', '');
      const after = x.text.slice(x.end, x.end + 2);
      if (/^[A-Z]/.test(x.m[0]) && /^\s[A-Z]/.test(after) && !/^(?:Annual)$/.test(x.m[0])) return null; // Daily Mail, Weekly Standard
      const values: Record<string, string> = {
        hourly: 'PT1H',
        daily: 'P1D',
        nightly: 'P1D',
        weekly: 'P1W',
        biweekly: 'P2W',
        fortnightly: 'P2W',
        monthly: 'P1M',
        bimonthly: 'P2M',
        quarterly: 'P3M',
        annual: 'P1Y',
        annually: 'P1Y',
        yearly: 'P1Y',
        semiannual: 'P6M',
        semiannually: 'P6M',
        biannual: 'P6M',
        biannually: 'P6M',
        biennial: 'P2Y',
      };
      const value = values[w];
      return value ? { type: 'SET', value } : null;
    },
  ),
  // now · currently · at present · the time being · nowadays · current
  rule(
    'present-ref',
    `${B}(?:(?<now>right\\s+now|now|currently|presently|nowadays|at\\s+present|the\\s+present|the\\s+time\\s+being|at\\s+the\\s+moment|for\\s+the\\s+moment|at\\s+this\\s+time|this\\s+time\\s+around)|(?<cur>current)(?=\\s+(?:\\w+\\s+)?(?:circumstances|situation|conditions|climate|crisis|environment|market|economic|economy|downturn|turmoil|levels?|rate|pace|period|quarter|year|month|week|season|term|administration|government|regime|trend|state|status|prices?|version|generation|model|system|plan|policy|law|rules|figures|deal|agreement|contract|round|talks))|(?<today>today)(?=['’]s\\s+(?:world|society|standards|economy|youth|generation)))${E}(?![-'’]\\w)`,
    (x) => {
      const g = x.m.groups!;
      const text = x.m[0].toLowerCase();
      if (g.now) {
        if (/^at the moment|^for the moment/.test(text))
          return { type: 'DATE', value: 'PRESENT_REF', start: x.start + text.indexOf('the') };
        if (/^at present|^at this time/.test(text))
          return { type: 'DATE', value: 'PRESENT_REF', start: x.start + 3 };
      }
      return { type: 'DATE', value: 'PRESENT_REF' };
    },
  ),
  // recently · recent · more recently · lately · the past · formerly
  rule(
    'past-ref',
    `${B}(?<w>(?:more|most|very|only|until)\\s+recently|recently|lately|recent|the\\s+past|(?:in|from)\\s+the\\s+past)${E}(?!\\s+(?:${NUMBER_RE}|${FUZZY_RE}|${UNIT_RE})\\b)`,
    (x) => {
      const w = x.m.groups!.w!.toLowerCase();
      const before = x.text.slice(Math.max(0, x.start - 6), x.start);
      if (w === 'recent' && /\bmost\s+$/i.test(before)) return null;
      if (
        w === 'recent' &&
        /^\s+(?:years|months|weeks|days|decades)\b/i.test(x.text.slice(x.end, x.end + 10))
      )
        return null;
      if (/^(?:in|from) the past/.test(w))
        return { type: 'DATE', value: 'PAST_REF', start: x.start + w.indexOf('the') };
      return { type: 'DATE', value: 'PAST_REF' };
    },
  ),
  // the future · the near future · the near term · later · soon? (no) · a later date
  rule(
    'future-ref',
    `${B}(?<w>the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+|immediate\\s+)?future|the\\s+(?:near|short|medium|long|longer)\\s+term|a\\s+later\\s+(?:date|time|stage)|later)${E}(?![-'’]\\w)`,
    (x) => {
      const w = x.m.groups!.w!.toLowerCase();
      if (w === 'later') {
        const after = x.text.slice(x.end, x.end + 16);
        const before = x.text.slice(Math.max(0, x.start - 16), x.start);
        if (/^\s+(?:than|this|that|today|tonight|in|on|during|the|years|months|weeks|days)\b/i.test(after))
          return null;
        if (
          /(?:\d|\b(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|much|even|a\s+bit|no|not|sooner\s+or))\s+$/i.test(
            before,
          )
        )
          return null;
        return { type: 'DATE', value: 'FUTURE_REF' };
      }
      return { type: 'DATE', value: 'FUTURE_REF' };
    },
  ),
];
