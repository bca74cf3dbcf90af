import { describe, expect, it } from 'vitest';
import {
  plainName,
  suggestActorMerges,
  type SuggestionOptions,
} from '../../electron/services/actor-suggestions';
import type { ActorKind, ActorSummary } from '../../electron/shared/model';

const a = (name: string, count: number, kind: ActorKind = 'person'): ActorSummary => ({ name, kind, count });
const none: SuggestionOptions = { canonicalOf: () => undefined, dismissed: () => false };
const pairs = (actors: ActorSummary[], options = none) =>
  suggestActorMerges(actors, options).map((s) => `${s.from} → ${s.into} (${s.reason})`);

describe('merge suggestions', () => {
  it('suggests a surname for the one full name it belongs to', () => {
    expect(pairs([a('Kofi Annan', 40), a('Annan', 12), a('Ban Ki-moon', 3)])).toEqual([
      'Annan → Kofi Annan (surname)',
    ]);
  });

  it('reads a surname through its particle, and a given name alone', () => {
    expect(pairs([a('Bashar al-Assad', 300), a('Assad', 363), a('Bashar', 176)])).toEqual([
      'Assad → Bashar al-Assad (surname)',
      'Bashar → Bashar al-Assad (given-name)',
    ]);
  });

  it('suggests nothing when the surname is ambiguous', () => {
    expect(pairs([a('Bashar al-Assad', 3), a('Hafez al-Assad', 2), a('Assad', 9)])).toEqual([]);
    // a given name of one and the surname of another are ambiguous too
    expect(pairs([a('Jordan Peterson', 3), a('Michael Jordan', 2), a('Jordan', 1)])).toEqual([]);
  });

  it('never takes a country or a full name that is not a person', () => {
    expect(pairs([a('Georgia Meloni', 3), a('Georgia', 9, 'country')])).toEqual([]);
    expect(pairs([a('Security Council', 3, 'organization'), a('Council', 2, 'organization')])).toEqual([]);
  });

  it('suggests the same name up to case, "the" and punctuation, into the larger', () => {
    expect(pairs([a('West', 1, 'organization'), a('The West', 3, 'group')])).toEqual([
      'West → The West (same-name)',
    ]);
    expect(plainName('The U.S.')).toBe('us');
    expect(pairs([a('U.S.', 4, 'country'), a('the US', 2, 'country')])).toEqual([
      'the US → U.S. (same-name)',
    ]);
    expect(pairs([a('Kremlin', 4, 'organization'), a('the Kremlin', 9, 'organization')])).toEqual([
      'Kremlin → the Kremlin (same-name)',
    ]);
  });

  it('suggests a name the extractor knows as an alias of another actor of the library', () => {
    const canonicalOf = (name: string) => (name === 'UN' ? 'United Nations' : undefined);
    expect(
      pairs([a('United Nations', 5, 'organization'), a('UN', 2, 'organization')], { ...none, canonicalOf }),
    ).toEqual(['UN → United Nations (alias)']);
    // not when the canonical name is not in the library
    expect(pairs([a('UN', 2, 'organization')], { ...none, canonicalOf })).toEqual([]);
  });

  it('leaves dismissed suggestions out', () => {
    const dismissed = (from: string, into: string) => from === 'Annan' && into === 'Kofi Annan';
    expect(pairs([a('Kofi Annan', 4), a('Annan', 2)], { ...none, dismissed })).toEqual([]);
  });

  it('suggests each name once, the most frequent first', () => {
    expect(
      pairs([a('Kofi Annan', 4), a('Annan', 2), a('annan', 1), a('Bashar al-Assad', 9), a('Assad', 7)]),
    ).toEqual([
      'Assad → Bashar al-Assad (surname)',
      'Annan → Kofi Annan (surname)',
      'annan → Annan (same-name)',
    ]);
  });
});
