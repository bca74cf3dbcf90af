import { describe, expect, it } from 'vitest';
import { RULES } from '../../../electron/extract/timex/tagger';
import { scanRule, wordStarts, type CoreHits } from '../../../electron/extract/timex/scan';

/** Every match of a regex, tried at every offset (the slow, obviously complete way). */
function everyMatch(re: RegExp, text: string): string[] {
  const out: string[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length) out.push(`${m.index}:${m[0]}`);
    re.lastIndex = m.index + 1;
  }
  return out;
}

const SAMPLE = [
  'WASHINGTON, Oct. 19 (Reuters) - Shares fell on Tuesday, Jan. 5, 2010, and again at 3:30 p.m. EDT (1930 GMT).',
  'In fiscal 1989, which ended June 30, sales rose; FY09 was flat; since \u201982 and in the mid-1990s, the 20th century.',
  'The third quarter of this year, Q2 2010 and the first half of 2011 beat Christmas and Thanksgiving 2008.',
  'Nearly three-year-long wars, the past nine days, six straight days, a year and a half, half an hour, weeks.',
  'Every Monday, twice a year, $4 billion a year, annual, weekly; now, currently, recently, the near term, later.',
  'Yesterday morning, this afternoon, last night, that night, in the morning, the same day, the day before.',
  'This week, last month, next year, the weekend, the end of the year, earlier in the week, for the year.',
  'Summer, this autumn, the fall of 2008, single-day, an indefinite period, 10.30am, noon and midnight.',
  'The market declined in December; the doctor said the novel may march on, in May 2008 and mid-March.',
  "The 1914-1918 war, the 2009\u20132010 season, Mother's Day and Election Day 2012, until the 23rd, by year-end, last fiscal year, in the quarter.",
].join('\n');

describe('rule scanning near key words', () => {
  it('finds exactly the matches of a full scan, for every rule', () => {
    const starts = wordStarts(SAMPLE);
    for (const rule of RULES) {
      const fast: string[] = [];
      scanRule(rule, SAMPLE, starts, (m) => fast.push(`${m.index}:${m[0]}`));
      expect({ rule: rule.name, matches: fast }).toEqual({
        rule: rule.name,
        matches: everyMatch(rule.re, SAMPLE),
      });
    }
  });

  it('finds the same matches in capitals and beside letters whose lower case differs', () => {
    // key words are found in the lower-case text: "LAST WEEK" as "last week"; a Kelvin sign (K) is
    // no "k" for the rules, and "İ" lower-cased is two characters, which would shift every offset
    const texts = [
      'LAST WEEK, THE WEEKEND AND NEXT MONTH; This Quarter, the Year-End and EARLIER this CENTURY.',
      'The wee\u212Aend of the \u212Aickoff, last wee\u212A and the wee\u212Aly talks, then last week.',
      'In \u0130stanbul last week, the weekend before, the day after and every day since Monday.',
      `${'\u0130'.repeat(150)} and then last week, the weekend before and the day after.`,
    ];
    for (const text of texts) {
      const starts = wordStarts(text);
      const cores: CoreHits = new Map();
      for (const rule of RULES) {
        const fast: string[] = [];
        scanRule(rule, text, starts, (m) => fast.push(`${m.index}:${m[0]}`), cores);
        expect({ rule: rule.name, matches: fast }).toEqual({
          rule: rule.name,
          matches: everyMatch(rule.re, text),
        });
      }
    }
  });
});
