import { describe, expect, it } from 'vitest';
import { readDateInput } from '../../../renderer/src/lib/date-input';

describe('readDateInput', () => {
  it('reads a day written as the app writes it, shortened, or as ISO', () => {
    for (const text of [
      '14 January 2025',
      '14 Jan 2025',
      '14 Jan. 2025',
      '14th January 2025',
      '2025-01-14',
      'January 14, 2025',
      'jan 14 2025',
      '  14   JANUARY 2025 ',
    ])
      expect(readDateInput(text, 'from'), text).toEqual({ day: '2025-01-14' });
    expect(readDateInput('3 Sept 2024', 'until')).toEqual({ day: '2024-09-03' });
  });

  it('takes a month or a year from its first day, until its last', () => {
    expect(readDateInput('January 2025', 'from')).toEqual({ day: '2025-01-01' });
    expect(readDateInput('January 2025', 'until')).toEqual({ day: '2025-01-31' });
    expect(readDateInput('Feb 2024', 'until')).toEqual({ day: '2024-02-29' });
    expect(readDateInput('2025-02', 'until')).toEqual({ day: '2025-02-28' });
    expect(readDateInput('2025', 'from')).toEqual({ day: '2025-01-01' });
    expect(readDateInput('2025', 'until')).toEqual({ day: '2025-12-31' });
  });

  it('reads an empty field as no date', () => {
    expect(readDateInput('', 'from')).toEqual({ day: undefined });
    expect(readDateInput('   ', 'until')).toEqual({ day: undefined });
  });

  it('says how to write a date when the text is not one', () => {
    for (const text of ['next Tuesday', '01/14/2025', '14 Foo 2025', '2025-13-01', 'January', '14 January']) {
      const reading = readDateInput(text, 'from');
      expect('error' in reading && reading.error, text).toMatch(
        /is not a date: write a date as 14 January 2025/,
      );
    }
    expect(readDateInput('31 February 2025', 'from')).toEqual({
      error: '31 February 2025: that month has no day 31.',
    });
  });
});
