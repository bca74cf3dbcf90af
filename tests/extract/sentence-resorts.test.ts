/**
 * The resorts of a sentence no clause reader took (`sentence-resorts`): one that dates what it
 * tells is a report of its day, its first verb group and the subject before it make the event; one
 * where someone no reader named speaks is that statement. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { eventWith, extractText } from './helpers';

describe('a dated sentence no clause reads', () => {
  it('reports a thing that happens on a day written in it, in any tense', () => {
    const { events } = extractText(
      'The ferry licence expires on 30 April. In March the apple harvest was the smallest in a decade.',
      '2024-05-08',
    );
    expect(eventWith(events, 'licence expires')).toMatchObject({ start: '2024-04-30', precision: 'day' });
    expect(eventWith(events, 'apple harvest')?.start).toBe('2024-03');
  });

  it('keeps a day ahead told in the present as planned, on that day', () => {
    const { events } = extractText('The spring fair is on 4 June.', '2024-05-08');
    expect(eventWith(events, 'spring fair')).toMatchObject({ start: '2024-06-04', modality: 'planned' });
  });

  it('takes the act after an aside, told of the thing before the aside', () => {
    const { events } = extractText(
      'The old ferry, which had carried 400 passengers a day, was withdrawn from service on 2 May.',
      '2024-05-08',
    );
    const e = eventWith(events, 'withdrawn from service');
    expect(e?.start).toBe('2024-05-02');
    expect(e?.title).toMatch(/^Old ferry was withdrawn/);
  });

  it('makes no event of a question, of what only may be, or of a date in a relative aside', () => {
    const { events } = extractText(
      'Will the spring fair be on 4 June? The ferry crossing might reopen on Monday. The new handset, which will be sold from 17 June, comes with a larger screen.',
      '2024-05-08',
    );
    expect(events).toHaveLength(0);
  });

  it('names no actor inside a phrase of place or from "it" before a copula', () => {
    const { events } = extractText(
      'The footbridge between Varo and Kemsey reopens on 12 June. Vessa Rovers lost to Kemsey on Saturday. It was the first defeat since 2011.',
      '2024-05-08',
    );
    const names = events.flatMap((e) => e.actors.filter((a) => a.role === 'source').map((a) => a.name));
    expect(names).not.toContain('Kemsey');
    expect(eventWith(events, 'first defeat')?.actors ?? []).toHaveLength(0);
  });
});

describe('a dated sentence whose subject no stage reads', () => {
  it('takes the words that open it as its subject: a part of a group, a pronoun', () => {
    const { events } = extractText(
      'The parish council met on Monday. Both of them voted against the new car park in March. This was followed by two more surveys in 1961 and 1964. It was another day of heavy rain on Tuesday across the valley.',
      '2024-05-08',
    );
    expect(eventWith(events, 'voted against the new car park')).toMatchObject({
      start: '2024-03',
      actors: [],
    });
    expect(eventWith(events, 'two more surveys')?.title).toMatch(/^This was followed by two more surveys/);
    expect(eventWith(events, 'heavy rain')).toMatchObject({ start: '2024-05-07', actors: [] });
  });

  it('reads such words as the subject of an undated report in the past too', () => {
    const { events } = extractText(
      'The two fishermen left the harbour at dawn. Both of them were arrested at the pier. All the village elders voted against the new quay.',
      '2024-05-08',
    );
    expect(eventWith(events, 'arrested at the pier')?.title).toBe('Both of them were arrested at the pier');
    expect(eventWith(events, 'village elders voted')?.title).toMatch(/^All the village elders voted against/);
  });

  it('reads the act after an aside that a comma closes, not the aside', () => {
    const { events } = extractText(
      'On Friday, the council, which has faced criticism over the budget, approved the new parking rules.',
      '2024-05-08',
    );
    const e = eventWith(events, 'approved the new parking rules');
    expect(e?.start).toBe('2024-05-03');
    expect(e?.title).toMatch(/approved the new parking rules/);
  });
});

describe('a statement no one is named as making, in the passive', () => {
  it('is an event with no actor, told as written', () => {
    const { events } = extractText(
      'The harbour board met on Monday. It was also announced that the ferry to Tarvik would run twice a day.',
      '2024-05-08',
    );
    const e = eventWith(events, 'ferry to Tarvik');
    expect(e?.title).toMatch(/^It was also announced that the ferry/);
    expect(e?.actors).toEqual([]);
  });
});

describe('a statement by someone no reader named', () => {
  it('is an event of its day, with the speaker in its title and as no actor', () => {
    const { events } = extractText(
      'The duty doctor said that the two climbers were resting. The harbour report also noted that two cranes had failed.',
      '2024-05-08',
    );
    const doctor = eventWith(events, 'climbers were resting');
    expect(doctor?.title).toMatch(/^Duty doctor said/);
    expect(doctor?.actors).toEqual([]);
    expect(eventWith(events, 'two cranes')?.title).toMatch(/^Harbour report noted/);
  });

  it('makes no event of a verb of saying in a clause of background', () => {
    const { events } = extractText('While the duty doctor said little, the ward stayed calm.', '2024-05-08');
    expect(events).toHaveLength(0);
  });
});

describe('a body no name was found for', () => {
  it('is the subject of the plainest report, as no actor', () => {
    const { events } = extractText(
      'The shipping federation is accused of selling fuel without a licence.',
      '2024-05-08',
    );
    const e = eventWith(events, 'shipping federation');
    expect(e?.title).toMatch(/^Shipping federation is accused of selling/);
    expect(e?.actors).toEqual([]);
  });
});

describe('a sentence all in quotation marks', () => {
  it('goes on with the statement of the speaker quoted just before', () => {
    const { events } = extractText(
      'Mayor Ana Reyes said the port would reopen in June.\n\n"The boats are ready and the crews are waiting."',
      '2024-05-08',
    );
    const statement = eventWith(events, 'port would reopen');
    expect(statement?.actors[0]?.name).toBe('Ana Reyes');
    expect(statement?.sources.map((s) => s.quote)).toContain(
      '"The boats are ready and the crews are waiting."',
    );
  });

  it('tells nothing where no named speaker was quoted before it', () => {
    const { events } = extractText(
      'The port stayed closed.\n\n"The boats are ready and the crews are waiting."',
      '2024-05-08',
    );
    expect(eventWith(events, 'waited ten years')).toBeUndefined();
  });
});
