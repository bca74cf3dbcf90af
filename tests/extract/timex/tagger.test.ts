import { describe, expect, it } from 'vitest';
import { tagTimexes, type Timex } from '../../../electron/extract/timex/index';

/** Tags `text` and returns the one expression whose text is `phrase`. */
function find(text: string, date: string, phrase: string): Timex {
  const found = tagTimexes(text, date).find((t) => t.text === phrase);
  if (!found) {
    const got = tagTimexes(text, date).map((t) => `"${t.text}"=${t.value}`);
    throw new Error(`"${phrase}" not tagged in: ${text}\nfound: ${got.join(', ')}`);
  }
  return found;
}

const value = (text: string, date: string, phrase: string): string => find(text, date, phrase).value;

// 2025-01-14 is a Tuesday.
const TUE = '2025-01-14';

describe('explicit dates', () => {
  it('reads month-day-year datelines and full dates', () => {
    expect(value('Markets rallied\nMarch 06, 2008\nShares rose.', TUE, 'March 06, 2008')).toBe('2008-03-06');
    expect(value('The treaty was signed on 9 November 1989 in Berlin.', TUE, '9 November 1989')).toBe(
      '1989-11-09',
    );
    expect(value('Filed on 2019-07-04 with the court.', TUE, '2019-07-04')).toBe('2019-07-04');
    expect(value('The levy ends Sept. 30, 2012, officials said.', TUE, 'Sept. 30, 2012')).toBe('2012-09-30');
  });
  it('reads a year written after "in" as the year of the day before it', () => {
    expect(value('The court on October 13 in 2019 framed charges.', TUE, 'October 13 in 2019')).toBe(
      '2019-10-13',
    );
    expect(value('He was freed on 2 March in 2016.', TUE, '2 March in 2016')).toBe('2016-03-02');
    expect(value('He spoke on May 4 in Kelby.', TUE, 'May 4')).toBe('2024-05-04');
  });
  it('reads "last year", "next year" or "this year" after a day or a month as that day\'s or month\'s year', () => {
    expect(value('He has been held since June 12 last year.', TUE, 'June 12 last year')).toBe('2024-06-12');
    expect(value('She appeared in court on 8 December last year.', TUE, '8 December last year')).toBe(
      '2024-12-08',
    );
    expect(value('The dam will open in June next year.', TUE, 'June next year')).toBe('2026-06');
    expect(value('In May this year, the board met.', TUE, 'May this year')).toBe('2025-05');
  });
  it("reads another nation's Independence Day as no date of the US holiday", () => {
    const tagged = (text: string): string[] => tagTimexes(text, TUE).map((t) => t.text);
    expect(tagged('The president pardoned 40 people on Tarvonia’s Independence Day.')).toEqual([]);
    expect(tagged('Polish Labour Day rallies drew crowds.')).toEqual([]);
    expect(value('Fireworks lit the sky on America’s Independence Day.', TUE, 'Independence Day')).toBe(
      '2024-07-04',
    );
  });
  it('reads "that month" and "that year" as the month or year the text spoke of last', () => {
    expect(value('He was detained in August 2019 and charged that month.', TUE, 'that month')).toBe(
      '2019-08',
    );
    expect(value('The plant opened in 2016 and closed later that year.', TUE, 'later that year')).toMatch(
      /^2016/,
    );
  });
  it('gives a month and day without a year the nearest sensible year', () => {
    expect(value('The figures were published December 28 by the ministry.', TUE, 'December 28')).toBe(
      '2024-12-28',
    );
    expect(value('The vote will be held on February 3.', TUE, 'February 3')).toBe('2025-02-03');
    expect(value('According to an April 2nd memo, costs rose.', '2019-04-09', 'April 2nd')).toBe(
      '2019-04-02',
    );
  });
  it('types them as DATE', () => {
    expect(find('He was born on July 4, 1950.', TUE, 'July 4, 1950').type).toBe('DATE');
  });
  it('does not run a weekday on one line into a date on the next', () => {
    const text =
      'Banks to stay shut until Monday\nSeptember 18, 2008\nThe regulator said banks will stay shut until Monday.';
    const tags = tagTimexes(text, '2008-09-18');
    expect(tags.map((t) => t.text)).toContain('September 18, 2008');
    expect(tags.find((t) => t.text === 'Monday')?.value).toBe('2008-09-22');
  });
});

describe('lowercase month names', () => {
  it('reads "january 20" and "in october"', () => {
    expect(value('his swearing-in on january 20 drew crowds', '2025-01-25', 'january 20')).toBe('2025-01-20');
    expect(value('sales slumped in october, the report said', '2024-11-02', 'october')).toBe('2024-10');
  });
  it('leaves the verb "may" alone', () => {
    expect(tagTimexes('Prices may 5 times over rise, the bank may act.', TUE)).toEqual([]);
  });
});

describe('months', () => {
  it('resolves a bare month to the last such month, or the next one in future tense', () => {
    expect(value('In January, the company cut 300 jobs.', '2025-01-21', 'January')).toBe('2025-01');
    expect(value('Exports fell in November, data showed.', '2025-03-13', 'November')).toBe('2024-11');
    expect(value('The plant will reopen in March.', '2024-11-20', 'March')).toBe('2025-03');
    expect(value('A vote could come as soon as February.', '2024-11-20', 'February')).toBe('2025-02');
  });
  it('reads month and year', () => {
    expect(value('levels not seen since October 1982 returned', TUE, 'October 1982')).toBe('1982-10');
  });
  it('marks mid-month with a mod', () => {
    const t = find('The merger closed in mid-March.', '2024-06-01', 'mid-March');
    expect(t.value).toBe('2024-03');
    expect(t.mod).toBe('MID');
  });
  it('refuses a month name used as a first name', () => {
    expect(tagTimexes('April Ryan asked the question.', TUE)).toEqual([]);
  });
  it('refuses "May" and "March" used as words', () => {
    const tags = tagTimexes('Protesters march on the capital. They May not stop.', TUE);
    expect(tags.filter((t) => /march|may/i.test(t.text))).toEqual([]);
  });
});

describe('bare years, fiscal years and two-digit years', () => {
  it('tags four-digit years but not quantities', () => {
    expect(value('The firm was founded in 1998 by two engineers.', TUE, '1998')).toBe('1998');
    const tags = tagTimexes('The index rose 2000 points and costs $1999 each; 1500 people came.', TUE);
    expect(tags).toEqual([]);
  });
  it('reads both ends of a year range', () => {
    const tags = tagTimexes('He served in the 1914-1918 war.', TUE);
    expect(tags.map((t) => t.value)).toEqual(['1914', '1918']);
  });
  it('reads fiscal years and apostrophe years', () => {
    expect(value('Revenue for fiscal 2008 rose.', TUE, 'fiscal 2008')).toBe('FY2008');
    expect(value('Profit in FY09 fell.', TUE, 'FY09')).toBe('FY2009');
    expect(value('the lowest close since \u201982 for the index', TUE, '\u201982')).toBe('1982');
  });
  it('reads early/late years with a mod', () => {
    const t = find('The plant opened in early 2009.', TUE, 'early 2009');
    expect([t.value, t.mod]).toEqual(['2009', 'START']);
  });
});

describe('weekdays', () => {
  it('takes the weekday on or before the document date in past context', () => {
    expect(value('The minister announced on Tuesday that talks would resume.', TUE, 'Tuesday')).toBe(
      '2025-01-14',
    );
    expect(value('Shares fell sharply Friday after the report.', TUE, 'Friday')).toBe('2025-01-10');
  });
  it('takes the coming weekday in future context', () => {
    expect(value('The board will meet on Friday to decide.', TUE, 'Friday')).toBe('2025-01-17');
    expect(value('The trial is set to begin on Thursday.', TUE, 'Thursday')).toBe('2025-01-16');
    expect(value('Schools stay closed until Monday.', TUE, 'Monday')).toBe('2025-01-20');
    expect(value('The summit opens Thursday in Geneva.', TUE, 'Thursday')).toBe('2025-01-16');
    expect(value('A ruling is expected Friday.', TUE, 'Friday')).toBe('2025-01-17');
    expect(value('The summit is scheduled for June 2 in Rome.', '2024-11-20', 'June 2')).toBe('2025-06-02');
  });
  it('reads next and last weekdays', () => {
    expect(value('Talks resume next Monday.', TUE, 'next Monday')).toBe('2025-01-20');
    expect(value('It was signed last Tuesday.', TUE, 'last Tuesday')).toBe('2025-01-07');
  });
  it('adds a part of the day as a TIME', () => {
    const t = find('Officials spoke on Monday morning.', TUE, 'Monday morning');
    expect([t.type, t.value]).toEqual(['TIME', '2025-01-13TMO']);
  });
  it('does not tag Black Monday as a weekday', () => {
    expect(tagTimexes('Memories of Black Monday linger.', TUE).map((t) => t.text)).not.toContain('Monday');
  });
});

describe('today, yesterday, tomorrow', () => {
  it('resolves against the document date', () => {
    const text = 'Stocks fell today after losses yesterday; more data comes tomorrow.';
    expect(value(text, TUE, 'today')).toBe('2025-01-14');
    expect(value(text, TUE, 'yesterday')).toBe('2025-01-13');
    expect(value(text, TUE, 'tomorrow')).toBe('2025-01-15');
  });
  it('reads parts of today', () => {
    expect(value('The agency said this morning that rates hold.', TUE, 'this morning')).toBe('2025-01-14TMO');
    expect(value('Fighting resumed last night.', TUE, 'last night')).toBe('2025-01-13TNI');
    expect(value('Prices recovered from earlier today.', TUE, 'earlier today')).toBe('2025-01-14');
  });
});

describe('this, last and next units', () => {
  it('names weeks, months, quarters and years', () => {
    expect(value('Oil slid this week.', TUE, 'this week')).toBe('2025-W03');
    expect(value('Oil slid last week.', TUE, 'last week')).toBe('2025-W02');
    expect(value('Output shrank last month.', TUE, 'last month')).toBe('2024-12');
    expect(value('The law takes effect next year.', TUE, 'next year')).toBe('2026');
    expect(value('Profit jumped last quarter.', '2025-05-02', 'last quarter')).toBe('2025-Q1');
  });
  it('reads fiscal years and year-end', () => {
    expect(value('Costs rose in the current fiscal year.', '2013-04-20', 'the current fiscal year')).toBe(
      'FY2013',
    );
    const t = find('Sales should recover by year-end.', '2013-04-20', 'year-end');
    expect([t.value, t.mod]).toEqual(['2013', 'END']);
  });
  it('reads "for the year" as the year in question', () => {
    expect(value('For the year, the group earned $2 billion.', TUE, 'the year')).toBe('2025');
    expect(value('Output peaked in 2019 and was the highest of the year in May.', TUE, 'the year')).toBe(
      '2019',
    );
  });
  it('reads "earlier in the week" as the current week when no date is near', () => {
    const text = 'He was jailed on January 2. Aides spoke for an hour. Earlier in the week, the court ruled.';
    expect(value(text, '2025-01-16', 'the week')).toBe('2025-W03');
  });
  it('reads earlier this year with its extent', () => {
    expect(value('The rule was eased earlier this year.', '2025-06-01', 'earlier this year')).toBe('2025');
  });
  it('treats "the past year" as a duration', () => {
    const t = find('Prices doubled over the past year.', TUE, 'the past year');
    expect([t.type, t.value]).toEqual(['DURATION', 'P1Y']);
  });
});

describe('ago and later', () => {
  it('counts back from the document date at the unit precision', () => {
    expect(value('The quake struck two days ago.', TUE, 'two days ago')).toBe('2025-01-12');
    expect(value('The bank failed a week ago.', TUE, 'a week ago')).toBe('2025-01-07');
    expect(value('The crash came 20 years ago.', TUE, '20 years ago')).toBe('2005');
    expect(value('The rules changed three months ago.', TUE, 'three months ago')).toBe('2024-10');
    expect(value('The mine closed decades ago.', TUE, 'decades ago')).toBe('PAST_REF');
    expect(value('Troops left two weeks ago after the truce.', TUE, 'two weeks ago')).toBe('2024-12-31');
  });
  it('counts back to the very day with "today" or "to the day"', () => {
    expect(value('The quake a year ago today killed 60.', TUE, 'a year ago today')).toBe('2024-01-14');
    expect(value('Two months ago to the day, rebels took the town.', TUE, 'Two months ago to the day')).toBe(
      '2024-11-14',
    );
  });
});

describe('earlier and later', () => {
  it('counts from the last date of that precision mentioned', () => {
    const text = 'She joined the bank in 1991 and became its chair six years later.';
    expect(value(text, TUE, 'six years later')).toBe('1997');
    expect(value('Sales grew 8% from a year earlier.', '2009-10-16', 'a year earlier')).toBe('2008');
  });
  it('starts at its count after "that", never inside the word ("that a month earlier")', () => {
    expect(value('Ana Holt said that a month earlier she had sold the ferry.', TUE, 'a month earlier')).toBe(
      '2024-12',
    );
  });
  it('puts a month and day in the year the sentence names', () => {
    expect(value('In fiscal 1996, which ended June 30, costs fell.', TUE, 'June 30')).toBe('1996-06-30');
  });
});

describe('named days and year-earlier periods', () => {
  it('dates the September 11 attacks to 2001', () => {
    expect(value('Security tightened after the September 11 attacks.', TUE, 'September 11')).toBe(
      '2001-09-11',
    );
  });
  it('reads year-earlier as the year before', () => {
    expect(value('Sales beat the year-earlier figure.', TUE, 'year-earlier')).toBe('2024');
  });
  it('does not take the Arab Spring or a winter storm for seasons', () => {
    expect(tagTimexes('The Arab Spring began as a winter storm hit Boston.', TUE)).toEqual([]);
  });
  it('reads "over the years" as an unspecified stretch', () => {
    expect(value('Over the years, the plant grew.', TUE, 'the years')).toBe('PXY');
  });
});

describe('anaphoric days', () => {
  it('dates "the same day" and "the day" from the last day mentioned', () => {
    const text =
      'Stocks rose on Monday. Jobs data released on the same day lifted banks, which ended the day higher.';
    expect(value(text, '2025-01-15', 'the same day')).toBe('2025-01-13');
    expect(value(text, '2025-01-15', 'the day')).toBe('2025-01-13');
  });
  it('does not date "the day" from a date a comparison is made against', () => {
    const text = 'The index closed at 7,224, up 54 points from March 12. Banks ended the day higher.';
    expect(value(text, '2009-03-13', 'March 12')).toBe('2009-03-12');
    expect(value(text, '2009-03-13', 'the day')).toBe('2009-03-13');
    const since = 'Shares hit their lowest since May 2. Traders ended the day calmer.';
    expect(value(since, '2009-06-10', 'the day')).toBe('2009-06-10');
  });
  it('still dates "the day" within a span of dates it goes on in', () => {
    const text = 'Talks ran from March 12 to March 14. Delegates ended the day tired.';
    expect(value(text, '2009-03-20', 'the day')).toBe('2009-03-14');
  });
  it('dates "on the 23rd" in the month last mentioned', () => {
    expect(value('Talks resumed in March and ended on the 23rd.', '2013-05-04', 'the 23rd')).toBe(
      '2013-03-23',
    );
    expect(tagTimexes('He won on the 5th attempt.', TUE)).toEqual([]);
  });
  it('dates "that night" from the last day mentioned', () => {
    const t = find('Rebels reached the town on Sunday and attacked that night.', TUE, 'that night');
    expect([t.type, t.value]).toEqual(['TIME', '2025-01-12TNI']);
  });
});

describe('durations', () => {
  it('reads counted units in words and digits', () => {
    expect(value('The siege lasted three years.', TUE, 'three years')).toBe('P3Y');
    expect(value('Trading halted for 45 minutes.', TUE, '45 minutes')).toBe('PT45M');
    expect(value('The drill ran five hours.', TUE, 'five hours')).toBe('PT5H');
    expect(value('It takes half an hour.', TUE, 'half an hour')).toBe('PT30M');
    expect(value('The final lasted four and a half hours.', TUE, 'four and a half hours')).toBe('PT4H30M');
    expect(value('He waited a year and a half.', TUE, 'a year and a half')).toBe('P1Y6M');
  });
  it('reads adjectival and hyphenated durations', () => {
    expect(value('ending the nearly three-year-long dispute', TUE, 'nearly three-year-long')).toBe('P3Y');
    expect(value('Bonds hit a 12-year high.', TUE, '12-year')).toBe('P12Y');
    expect(value('after six straight days of losses', TUE, 'six straight days')).toBe('P6D');
    expect(value('down sharply in the past nine days', TUE, 'the past nine days')).toBe('P9D');
  });
  it('gives unspecified counts an X', () => {
    expect(value('The deal came just weeks after the vote.', TUE, 'weeks')).toBe('PXW');
    expect(value('Prices are the highest in years.', TUE, 'years')).toBe('PXY');
    expect(value('It took several months.', TUE, 'several months')).toBe('PXM');
  });
  it('does not take opening hours or meeting minutes for durations', () => {
    const tags = tagTimexes('The bank published minutes of its policy meeting and cut opening hours.', TUE);
    expect(tags.map((t) => t.text)).toEqual([]);
  });
  it('keeps "before"/"after" out of the span', () => {
    const t = find('The update ships two days before the launch.', TUE, 'two days');
    expect([t.type, t.value]).toEqual(['DURATION', 'P2D']);
  });
  it('types them as DURATION', () => {
    expect(find('The strike lasted four weeks.', TUE, 'four weeks').type).toBe('DURATION');
  });
  it('reads decades as ten years', () => {
    expect(value('the largest rally in the past decade', TUE, 'the past decade')).toBe('P10Y');
  });
});

describe('sets', () => {
  it('reads every/each and frequency adjectives', () => {
    const every = find('The ferry sails every day.', TUE, 'every day');
    expect([every.type, every.value]).toEqual(['SET', 'P1D']);
    expect(value('Claims for weekly benefits rose.', TUE, 'weekly')).toBe('P1W');
    expect(value('at the group\u2019s annual meeting', TUE, 'annual')).toBe('P1Y');
    expect(value('The board meets twice a year.', TUE, 'twice a year')).toBe('P1Y');
    expect(value('The market opens every Monday.', TUE, 'every Monday')).toBe('XXXX-WXX-1');
    expect(find('The plan costs $4 billion a year.', TUE, 'a year').type).toBe('SET');
    expect(value('Open 24 hours a day, seven days a week.', TUE, 'a week')).toBe('P1W');
    expect(find('It fell on May 3, 1999, a day of panic.', TUE, 'a day').type).not.toBe('SET');
  });
});

describe('PRESENT_REF, PAST_REF and FUTURE_REF', () => {
  it('reads present references', () => {
    expect(value('The firm now employs 900 people.', TUE, 'now')).toBe('PRESENT_REF');
    expect(value('The site is currently offline.', TUE, 'currently')).toBe('PRESENT_REF');
    expect(value('Rates will stay put for the time being.', TUE, 'the time being')).toBe('PRESENT_REF');
  });
  it('reads past references', () => {
    expect(value('The recently opened mine flooded.', TUE, 'recently')).toBe('PAST_REF');
    expect(value('the worst losses in recent years', TUE, 'recent years')).toBe('PAST_REF');
    expect(value('He had met them in the past.', TUE, 'the past')).toBe('PAST_REF');
  });
  it('reads future references', () => {
    expect(value('Growth looks good in the near term.', TUE, 'the near term')).toBe('FUTURE_REF');
    expect(value('More cuts may come in the future.', TUE, 'the future')).toBe('FUTURE_REF');
  });
});

describe('seasons, quarters, decades and centuries', () => {
  it('reads seasons past-biased', () => {
    expect(value('The lake dried up in the summer.', TUE, 'the summer')).toBe('2024-SU');
    expect(value('The fund met this autumn.', '2008-10-13', 'this autumn')).toBe('2008-FA');
    expect(value('The model ships next spring.', TUE, 'next spring')).toBe('2025-SP');
  });
  it('reads "due to" a cause as no future: the quarter past, not the next one', () => {
    const text = 'Due to the lower output in the first quarter, Varnex said it expects sales to rise.';
    expect(value(text, '2021-05-05', 'the first quarter')).toBe('2021-Q1');
    expect(value('The mine is due to reopen in the first quarter.', '2021-05-05', 'the first quarter')).toBe(
      '2022-Q1',
    );
  });
  it('reads "the quarter" as the quarter last named, else the one just reported', () => {
    expect(value('Profit for the quarter rose.', '2013-04-20', 'the quarter')).toBe('2013-Q1');
    expect(
      value('In the second quarter of 2012 costs rose; margins in the quarter fell.', TUE, 'the quarter'),
    ).toBe('2012-Q2');
  });
  it('reads quarters and halves', () => {
    expect(
      value(
        'It lost money in the third quarter of this year.',
        '2009-10-16',
        'the third quarter of this year',
      ),
    ).toBe('2009-Q3');
    expect(value('Home sales sank in the fourth quarter.', '2007-03-13', 'the fourth quarter')).toBe(
      '2006-Q4',
    );
    expect(value('Profit rose in Q2 2010.', TUE, 'Q2 2010')).toBe('2010-Q2');
    expect(value('Sales rose during the first half of 2011.', TUE, 'the first half of 2011')).toBe('2011-H1');
  });
  it('reads decades and centuries', () => {
    expect(value('Rates last hit that level in the 1990s.', TUE, 'the 1990s')).toBe('199');
    expect(value('a fashion of the \u201980s', TUE, 'the \u201980s')).toBe('198');
    expect(value('the worst crisis of the 20th century', TUE, 'the 20th century')).toBe('19');
  });
});

describe('holidays and clock times', () => {
  it('dates holidays', () => {
    expect(value('Sales were strong over Christmas.', TUE, 'Christmas')).toBe('2024-12-25');
    expect(value('Shops opened early on Thanksgiving 2008.', TUE, 'Thanksgiving 2008')).toBe('2008-11-27');
    expect(value('Turnout on Election Day 2012 was high.', TUE, 'Election Day 2012')).toBe('2012-11-06');
  });
  it('dates clock times by their sentence or the document', () => {
    expect(value('The index was down 2% at 16:08 UTC.', '2008-09-17', '16:08 UTC')).toBe('2008-09-17T16:08Z');
    expect(value('The vote closed at 8 p.m. on Monday.', TUE, '8 p.m.')).toBe('2025-01-13T20:00');
    expect(value('The blast hit at 10.30am.', TUE, '10.30am')).toBe('2025-01-14T10:30');
  });
  it('says when a clock time has no day in its sentence, its day being the document date by default', () => {
    expect(find('The blast hit at 10.30am.', TUE, '10.30am').dayless).toBe(true);
    expect(find('The vote closed at 8 p.m. on Monday.', TUE, '8 p.m.').dayless).toBeUndefined();
    expect(
      find('The index was down 2% at 16:08 UTC on March 3, 2008.', TUE, '16:08 UTC').dayless,
    ).toBeUndefined();
  });
  it('takes a race time with its fraction of a second for no time of day', () => {
    const found = tagTimexes('He ran a personal best of 14:33.10s in Japan in May.', TUE);
    expect(found.map((t) => t.text)).toEqual(['May']);
  });
});

describe('offsets', () => {
  it('gives spans that are exact substrings of the text, in order, without overlaps', () => {
    const text =
      'Talks\nJanuary 14, 2025\nOn Tuesday, officials said that in January, weeks after the vote, the rate rose for three years; now it falls.';
    const tags = tagTimexes(text, TUE);
    expect(tags.length).toBeGreaterThanOrEqual(6);
    let last = -1;
    for (const t of tags) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(last);
      last = t.end;
    }
  });
  it('returns nothing for text without time expressions', () => {
    expect(tagTimexes('The minister praised the plan and left.', TUE)).toEqual([]);
  });
});

describe('a month with a year named relative to the publication', () => {
  it('reads "March, this year", "June of last year" and "May next year" as that month of that year', () => {
    expect(value('A vote is planned in March, this year, aides said.', TUE, 'March, this year')).toBe(
      '2025-03',
    );
    expect(value('The mill closed in June of last year.', TUE, 'June of last year')).toBe('2024-06');
    expect(value('The line opens in May next year.', TUE, 'May next year')).toBe('2026-05');
  });
});
