/**
 * Fast matching of the rules: instead of trying every regex at every offset, find the key words a
 * rule's matches must contain ("core"), and try the rule (anchored) only at word starts shortly
 * before each of them. Gives the same matches as a full scan, several times faster.
 */
import type { Rule } from './rule';

/** For each rule, a word or pattern that every one of its matches contains. */
/** Month names and abbreviations as whole words. */
const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;

const CORES: Readonly<Record<string, RegExp>> = {
  'iso-date': /\d{4}-\d\d-\d\d/g,
  'slash-date': /\d\/\d/g,
  'month-day-year': MONTH_WORD,
  'day-month-year': MONTH_WORD,
  'month-year': MONTH_WORD,
  month: MONTH_WORD,
  year: /(?<!\d)(?:1\d{3}|20\d\d)(?!\d)|['’]\d\d|FY\s?\d\d/gi,
  decade: /\d0['’]?s|ties/gi,
  century: /centur/gi,
  quarter: /quarter|half/gi,
  'q-notation': /Q[1-4]/g,
  holiday:
    /Christmas|Year|Valentine|Halloween|Independence|Veterans|Armistice|Thanksgiving|Black|Cyber|Labou?r|Memorial|Luther|Presidents|Columbus|Easter|Good|Palm|Boxing|Mother|Father|Election|Patrick|Bastille|Canada|Australia|Anzac|Remembrance|Groundhog/g,
  clock: /\d\s*[ap]\.?\s?m|\d:\d|\d{4}\s+(?:UTC|GMT|hours|hrs|Z)|noon|midnight|midday|o['’]clock/gi,
  'deictic-day': /today|yesterday|tomorrow|tonight/gi,
  'this-part-of-day': /morning|afternoon|evening|night/gi,
  weekday: /(?:mon|tues|wednes|thurs|fri|satur|sun)day/gi,
  'this-last-next': /week|month|year|quarter|decade|centur/gi,
  'the-weekend': /weekend/gi,
  'year-end': /year[-\s]end/gi,
  'position-of-the-unit': /year|month|week|decade|centur/gi,
  'the-year': /year|month|week|quarter/gi,
  'that-part-of-day': /morning|afternoon|evening|night/gi,
  'the-day': /day/gi,
  'day-of-month': /\d(?:st|nd|rd|th)/gi,
  season: /spring|summer|autumn|fall|winter/gi,
  duration: /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/gi,
  'special-duration': /single|period|length/gi,
  'year-earlier': /earlier|ago/gi,
  'half-duration': /half/gi,
  'bare-units': /years|months|weeks|days|hours|minutes|decades/gi,
  every: /every|each/gi,
  rate: /once|twice|thrice|times|per/gi,
  'frequency-adjective': /hourly|daily|nightly|weekly|monthly|quarterly|annual|yearly|biennial/gi,
  'present-ref': /now|current|present|moment|time|today/gi,
  'past-ref': /recent|lately|past/gi,
  'future-ref': /future|term|later/gi,
};

/** How far before its core word a match may start (characters). */
const REACH = 100;

interface Scanner {
  rule: Rule;
  core?: RegExp;
  sticky?: RegExp;
}

const scanners = new WeakMap<Rule, Scanner>();

function scannerOf(rule: Rule): Scanner {
  let s = scanners.get(rule);
  if (!s) {
    const core = CORES[rule.name];
    s = core
      ? { rule, core, sticky: new RegExp(rule.re.source, rule.re.flags.replace('g', '') + 'y') }
      : { rule };
    scanners.set(rule, s);
  }
  return s;
}

/** Offsets where a match may begin: not preceded by a letter, digit, apostrophe or hyphen. */
export function wordStarts(text: string): Uint8Array {
  const starts = new Uint8Array(text.length + 1);
  let previousJoins = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!previousJoins) starts[i] = 1;
    previousJoins =
      (c >= 48 && c <= 57) ||
      (c >= 65 && c <= 90) ||
      (c >= 97 && c <= 122) ||
      c === 95 ||
      c === 39 ||
      c === 0x2019 ||
      c === 45;
  }
  return starts;
}

/** Offsets of a core pattern's matches in one text, found once for the rules that share it. */
export type CoreHits = Map<RegExp, number[]>;

function coreHits(core: RegExp, text: string, cache: CoreHits | undefined): number[] {
  let hits = cache?.get(core);
  if (hits) return hits;
  hits = [];
  core.lastIndex = 0;
  let hit: RegExpExecArray | null;
  while ((hit = core.exec(text)) !== null) {
    hits.push(hit.index);
    core.lastIndex = hit.index + 1;
  }
  cache?.set(core, hits);
  return hits;
}

/**
 * Calls `onMatch` for every offset where the rule's regex matches (its match there), in text order.
 * `starts` comes from {@link wordStarts}; `cache` (one per text) keeps the core words' offsets for
 * the next rule with the same core.
 */
export function scanRule(
  rule: Rule,
  text: string,
  starts: Uint8Array,
  onMatch: (m: RegExpExecArray) => void,
  cache?: CoreHits,
): void {
  const { core, sticky } = scannerOf(rule);
  if (!core || !sticky) {
    const re = rule.re;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length > 0) onMatch(m);
      re.lastIndex = m.index + 1;
    }
    return;
  }
  let tried = -1;
  for (const to of coreHits(core, text, cache)) {
    for (let p = Math.max(tried + 1, to - REACH); p <= to; p++) {
      if (!starts[p]) continue;
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (m && m[0].length > 0) onMatch(m);
    }
    tried = Math.max(tried, to);
  }
}
