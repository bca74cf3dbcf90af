import { describe, expect, it } from 'vitest';
import { eventWith, extractText } from './helpers';

// published on Friday 15 March 2024
const PUBLISHED = '2024-03-15';

describe('narrative time: a story told on from a day it writes', () => {
  const chase = [
    'Den Okafor has been jailed for two years after a chase, prosecutor Ivo Brandt said.',
    'The Marlow court watched a video of the chase.',
    'On February 2, Okafor took a delivery van from a depot in Marlow.',
    'Okafor drove off along the ring road, but patrol cars soon caught up with him near the bridge.',
    'Two officers followed Okafor into the car park.',
    'Okafor says he regrets the chase. The court banned him from driving.',
  ].join('\n\n');

  it('dates undated acts in the past after a dated one at that day, across paragraphs', () => {
    // (a day written after the story's opening, its first two paragraphs, which the story's day reads)
    const { events } = extractText(chase, PUBLISHED);
    expect(eventWith(events, 'drove off')).toMatchObject({ start: '2024-02-02', precision: 'day' });
    expect(eventWith(events, 'followed Okafor')).toMatchObject({ start: '2024-02-02', precision: 'day' });
  });

  it('ends the story at what is told as of now, and leaves statements to the day they were reported', () => {
    const { events } = extractText(chase, PUBLISHED);
    expect(eventWith(events, 'says he regrets')).toMatchObject({ start: PUBLISHED, basis: 'reported' });
    expect(eventWith(events, 'banned him')).toMatchObject({ start: PUBLISHED, basis: 'reported' });
    expect(eventWith(events, 'has been jailed')).toMatchObject({ start: PUBLISHED });
  });

  it('goes on from no date written before a noun, nor from a later clause of a sentence dated otherwise', () => {
    const { events } = extractText(
      [
        'Lena Voss has been freed on bail.',
        'Her lawyers welcomed the ruling.',
        'The Marlow court on Wednesday freed the organiser of the February 2 march on bail.',
        'Lena Voss was arrested over the February 2 march, which the police broke up.',
        'Judge Omar Hale set Voss free on bail.',
        'The board sold the depot on Thursday, after the council agreed on February 9 to the sale.',
        'The workers left the depot.',
      ].join('\n\n'),
      PUBLISHED,
    );
    expect(eventWith(events, 'set Voss free')?.start).not.toBe('2024-02-02');
    expect(eventWith(events, 'workers left')?.start).not.toBe('2024-02-09');
  });
});

describe('"that month", "later that year": the month or year the text spoke of last', () => {
  it('dates "charged that month" by the month written before', () => {
    const e = eventWith(
      extractText(
        'Mira Tolle was detained in December 2022. Prosecutors in Marlow charged her that month with fraud.',
        PUBLISHED,
      ).events,
      'charged her that month',
    );
    expect(e).toMatchObject({ start: '2022-12', precision: 'month' });
  });
});
