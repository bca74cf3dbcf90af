/**
 * Word tables of the temporal tagger: months, weekdays, numbers in words, units, seasons, parts of
 * the day, holidays, and the regular-expression alternations built from them.
 */

/** Month names and abbreviations (lower case) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names (lower case) → ISO weekday (Monday 1 … Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Ordinal words (lower case) → number. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  last: -1,
  final: -1,
};

/** Words for an unspecified quantity ("several years" → PXY). */
export const FUZZY_QUANTITIES = [
  'several',
  'a few',
  'few',
  'many',
  'some',
  'numerous',
  'a number of',
  'a couple of',
  'couple of',
  'a couple',
  'dozens of',
  'hundreds of',
  'thousands of',
  'millions of',
  'countless',
];

/** A TIMEX3 duration unit: its letter and whether it belongs after the T. */
export interface UnitInfo {
  letter: string;
  time: boolean;
  /** Multiplier applied to the count ("decade" → 10 years). */
  factor: number;
}

/** Singular unit words → TIMEX3 unit. */
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  night: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'Y', time: false, factor: 10 },
  century: { letter: 'Y', time: false, factor: 100 },
};

/** Normalises a unit word ("Years", "centuries", "hrs") to a key of {@link UNITS}, if it is one. */
export function unitKey(word: string): string | undefined {
  const w = word.toLowerCase();
  if (w === 'centuries') return 'century';
  if (w === 'hrs' || w === 'hr') return 'hour';
  if (w === 'mins' || w === 'min') return 'minute';
  if (w === 'secs' || w === 'sec') return 'second';
  if (w === 'yrs' || w === 'yr') return 'year';
  const singular = w.endsWith('s') ? w.slice(0, -1) : w;
  return singular in UNITS ? singular : undefined;
}

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** First month of each season (winter starts in December of the year before it is named for). */
export const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** Parts of the day → TIMEX3 code. */
export const PARTS_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  midday: 'MI',
  noon: 'MI',
};

/** How a holiday's day is found in a given year. */
export type HolidayRule =
  | { kind: 'fixed'; m: number; d: number }
  | { kind: 'nth'; m: number; weekday: number; n: number; offset?: number }
  | { kind: 'easter'; offset: number };

/** Holidays (lower case, apostrophes removed) → how to find them. */
export const HOLIDAYS: Readonly<Record<string, HolidayRule>> = {
  'christmas day': { kind: 'fixed', m: 12, d: 25 },
  christmas: { kind: 'fixed', m: 12, d: 25 },
  'christmas eve': { kind: 'fixed', m: 12, d: 24 },
  'boxing day': { kind: 'fixed', m: 12, d: 26 },
  'new years eve': { kind: 'fixed', m: 12, d: 31 },
  'new years day': { kind: 'fixed', m: 1, d: 1 },
  'valentines day': { kind: 'fixed', m: 2, d: 14 },
  halloween: { kind: 'fixed', m: 10, d: 31 },
  'independence day': { kind: 'fixed', m: 7, d: 4 },
  'veterans day': { kind: 'fixed', m: 11, d: 11 },
  'armistice day': { kind: 'fixed', m: 11, d: 11 },
  'may day': { kind: 'fixed', m: 5, d: 1 },
  thanksgiving: { kind: 'nth', m: 11, weekday: 4, n: 4 },
  'thanksgiving day': { kind: 'nth', m: 11, weekday: 4, n: 4 },
  'black friday': { kind: 'nth', m: 11, weekday: 4, n: 4, offset: 1 },
  'cyber monday': { kind: 'nth', m: 11, weekday: 4, n: 4, offset: 4 },
  'labor day': { kind: 'nth', m: 9, weekday: 1, n: 1 },
  'labour day': { kind: 'nth', m: 9, weekday: 1, n: 1 },
  'memorial day': { kind: 'nth', m: 5, weekday: 1, n: -1 },
  'martin luther king day': { kind: 'nth', m: 1, weekday: 1, n: 3 },
  'martin luther king jr day': { kind: 'nth', m: 1, weekday: 1, n: 3 },
  'presidents day': { kind: 'nth', m: 2, weekday: 1, n: 3 },
  'columbus day': { kind: 'nth', m: 10, weekday: 1, n: 2 },
  easter: { kind: 'easter', offset: 0 },
  'easter sunday': { kind: 'easter', offset: 0 },
  'easter monday': { kind: 'easter', offset: 1 },
  'good friday': { kind: 'easter', offset: -2 },
  'palm sunday': { kind: 'easter', offset: -7 },
  'mothers day': { kind: 'nth', m: 5, weekday: 7, n: 2 },
  'fathers day': { kind: 'nth', m: 6, weekday: 7, n: 3 },
  'election day': { kind: 'nth', m: 11, weekday: 1, n: 1, offset: 1 },
  'st patricks day': { kind: 'fixed', m: 3, d: 17 },
  'saint patricks day': { kind: 'fixed', m: 3, d: 17 },
  'bastille day': { kind: 'fixed', m: 7, d: 14 },
  'canada day': { kind: 'fixed', m: 7, d: 1 },
  'australia day': { kind: 'fixed', m: 1, d: 26 },
  'anzac day': { kind: 'fixed', m: 4, d: 25 },
  'remembrance day': { kind: 'fixed', m: 11, d: 11 },
  'groundhog day': { kind: 'fixed', m: 2, d: 2 },
};

/** Parses a cardinal written in digits or words ("12", "twelve", "twenty-five", "a") into a number. */
export function parseNumber(text: string): number | undefined {
  const t = text.toLowerCase().replace(/,/g, '').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a' || t === 'an' || t === 'one') return 1;
  if (t === 'a dozen' || t === 'dozen') return 12;
  if (t === 'a hundred' || t === 'one hundred' || t === 'hundred') return 100;
  if (t === 'a couple of' || t === 'a couple' || t === 'couple of' || t === 'a pair of') return 2;
  if (t in SMALL) return SMALL[t];
  if (t in TENS) return TENS[t];
  const parts = /^([a-z]+)[\s-]+([a-z]+)$/.exec(t);
  if (parts && parts[1]! in TENS && parts[2]! in SMALL) {
    const ones = SMALL[parts[2]!]!;
    if (ones > 0 && ones < 10) return TENS[parts[1]!]! + ones;
  }
  return undefined;
}

const alternation = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

/** Regex source: a cardinal number in digits or words (1–99 in words, plus "a"/"an"). */
export const NUMBER_RE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${alternation(Object.keys(TENS))})(?:[\\s-]+(?:${alternation(
  Object.keys(SMALL).filter((w) => SMALL[w]! > 0 && SMALL[w]! < 10),
)}))?|${alternation(Object.keys(SMALL))}|a\\s+dozen|a\\s+hundred|one\\s+hundred|a|an)`;

/** Regex source: fuzzy quantity words. */
export const FUZZY_RE = `(?:${alternation(FUZZY_QUANTITIES)})`;

/** Regex source: unit words, singular or plural. */
export const UNIT_RE =
  '(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?|century|centuries)';

/** Regex source: full month names (any case is checked by the caller). */
export const MONTH_FULL_RE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** Regex source: month abbreviations, with their optional period. */
export const MONTH_ABBR_RE = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?';

/** Regex source: a month name, full or abbreviated. */
export const MONTH_RE = `(?:${MONTH_FULL_RE}|${MONTH_ABBR_RE})`;

/** Regex source: weekday names. */
export const WEEKDAY_RE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** Month number of a month word or abbreviation (any case, optional trailing period). */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** Ordinal ("third", "3rd") → number; "last"/"final" → -1. */
export function ordinalNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (digits) return Number(digits[1]);
  return ORDINALS[w];
}
