import { describe, expect, it } from 'vitest';
import { describeProgress, describeTimeLeft, secondsLeft } from '../../../renderer/src/lib/import-progress';

describe('where an import stands', () => {
  it('estimates the time left from the pace so far, once there is a pace to go by', () => {
    expect(secondsLeft(0, 1000, 5000)).toBeNull();
    expect(secondsLeft(10, 1000, 300)).toBeNull();
    expect(secondsLeft(2, 5000, 3000)).toBeNull();
    expect(secondsLeft(5, 5, 3000)).toBe(0);
    expect(secondsLeft(100, 1000, 10_000)).toBe(90);
    expect(secondsLeft(999, 1000, 10_000)).toBe(1);
    expect(secondsLeft(1000, 1000, 10_000)).toBe(0);
  });

  it('words the time left roughly, as a person reads it', () => {
    expect(describeTimeLeft(3)).toBe('less than 5 s left');
    expect(describeTimeLeft(42)).toBe('about 40 s left');
    expect(describeTimeLeft(170)).toBe('about 3 min left');
    expect(describeTimeLeft(3 * 3600 + 15 * 60)).toBe('about 3 h 15 min left');
  });

  it('says the step and its counts: reading, checking, then extracting with the articles and time left', () => {
    const base = { done: 1200, total: 5000, articles: 0, secondsLeft: null };
    expect(describeProgress({ ...base, phase: 'reading' })).toEqual({
      status: 'Reading files: 1,200 of 5,000 files',
      detail: '',
    });
    expect(describeProgress({ ...base, phase: 'checking' }).status).toBe(
      'Checking files: 1,200 of 5,000 files',
    );
    expect(describeProgress({ ...base, phase: 'extracting', articles: 1, secondsLeft: null })).toEqual({
      status: 'Extracting events: 1,200 of 5,000 files',
      detail: '1 article imported',
    });
    expect(describeProgress({ ...base, phase: 'extracting', articles: 1190, secondsLeft: 130 }).detail).toBe(
      '1,190 articles imported · about 2 min left',
    );
    expect(describeProgress({ ...base, phase: 'extracting', cancelling: true }).status).toBe('Cancelling…');
  });

  it('says how far the reading is while the first files are extracted, until every file is read', () => {
    const base = { phase: 'extracting' as const, done: 40, total: 5000, articles: 38, secondsLeft: 300 };
    expect(describeProgress({ ...base, read: { done: 1200, total: 5000 } })).toEqual({
      status: 'Extracting events: 40 of 5,000 files',
      detail: 'Reading files: 1,200 of 5,000 · 38 articles imported · about 5 min left',
    });
    expect(describeProgress({ ...base, read: { done: 5000, total: 5000 } }).detail).toBe(
      '38 articles imported · about 5 min left',
    );
  });
});
