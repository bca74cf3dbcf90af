import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../electron/services/edits/apply';
import { uniqueActors } from '../../../electron/services/edits/actor-apply';
import type { EditRecord } from '../../../electron/services/edits/records';
import type { ActorKind, ActorRole, NewsEvent } from '../../../electron/shared/model';

let n = 0;
const base = () => ({ id: `edit-${(n += 1)}`, at: '2026-01-01T00:00:00.000Z' });
const actor = (name: string, role: ActorRole = 'source', kind: ActorKind = 'person') => ({
  name,
  kind,
  role,
});
const ev = (id: string, quote: string, actors: NewsEvent['actors']): NewsEvent => ({
  id,
  title: `Title ${id}`,
  start: '2012-03-14',
  precision: 'day',
  basis: 'reported',
  actors,
  cameo: null,
  sources: [{ articleId: 'a1', quote, start: 0, end: quote.length }],
});
const names = (events: readonly NewsEvent[]) => events.map((e) => e.actors.map((a) => a.name));

const annan = ev('e1', 'Annan arrived in Damascus on Saturday for talks', [actor('Annan')]);
const kofi = ev('e2', 'Kofi Annan met Bashar al-Assad in Damascus', [
  actor('Kofi Annan'),
  actor('Bashar al-Assad', 'target'),
]);
const both = ev('e3', 'Annan said Kofi Annan’s plan holds', [actor('Annan'), actor('Kofi Annan', 'target')]);
const tv = ev('e4', 'State TV said the army had regained the city', [
  actor('TV'),
  actor('Syria', 'target', 'country'),
]);
const merge = (names: string[], into: string): EditRecord => ({ ...base(), op: 'actor-merge', names, into });

describe('edits of actors', () => {
  it('merges names into one actor, in every event, and lists each actor once per event', () => {
    const result = applyEdits([annan, kofi, both], [merge(['Annan'], 'Kofi Annan')]);
    expect(names(result.events)).toEqual([['Kofi Annan'], ['Kofi Annan', 'Bashar al-Assad'], ['Kofi Annan']]);
    // "Annan said" made the actor a source; the second mention (a target) does not add a row
    expect(result.events[2]?.actors).toEqual([actor('Kofi Annan', 'source')]);
    expect(result.actors.otherNames.get('Kofi Annan')).toEqual(['Annan']);
  });

  it('keeps the role of a source when the source comes second', () => {
    expect(uniqueActors([actor('Assad', 'target'), actor('Assad', 'source')])).toEqual([actor('Assad')]);
  });

  it('lands an article extracted later on the merged actor, by name', () => {
    const edits = [merge(['Annan'], 'Kofi Annan')];
    const later = ev('e9', 'Annan told the Security Council the plan was failing', [actor('Annan')]);
    expect(names(applyEdits([kofi, later], edits).events)).toEqual([
      ['Kofi Annan', 'Bashar al-Assad'],
      ['Kofi Annan'],
    ]);
  });

  it('applies again to events whose ids changed when extracted again', () => {
    const split: EditRecord = {
      ...base(),
      op: 'actor-split',
      name: 'Kofi Annan',
      to: 'Annan (envoy)',
      targets: [{ id: 'e2', articleId: 'a1', quote: kofi.sources[0]!.quote }],
    };
    const edits = [merge(['Annan'], 'Kofi Annan'), split];
    const again = [
      { ...annan, id: 'x1' },
      { ...kofi, id: 'x2' },
    ];
    const result = applyEdits(again, edits);
    expect(names(result.events)).toEqual([['Kofi Annan'], ['Annan (envoy)', 'Bashar al-Assad']]);
    expect(result.orphaned).toEqual([]);
  });

  it('renames an actor with its kind, in order: a later edit of the old name finds nothing', () => {
    const edits: EditRecord[] = [
      { ...base(), op: 'actor-kind', name: 'TV', kind: 'organization' },
      { ...base(), op: 'actor-rename', name: 'TV', to: 'State TV' },
    ];
    const result = applyEdits([tv], edits);
    expect(result.events[0]?.actors[0]).toEqual(actor('State TV', 'source', 'organization'));
    // the other order: renamed first, the kind is set on a name no longer listed
    const reversed = applyEdits([tv], [edits[1]!, edits[0]!]);
    expect(reversed.events[0]?.actors[0]).toEqual(actor('State TV', 'source', 'person'));
  });

  it('counts an alias as the actor, for names not yet in the library too', () => {
    const alias: EditRecord = { ...base(), op: 'actor-alias', alias: 'Annan', actor: 'Kofi Annan' };
    expect(names(applyEdits([annan], [alias]).events)).toEqual([['Kofi Annan']]);
  });

  it('hides an actor from every event and keeps the events; showing it again brings it back', () => {
    const hide: EditRecord = { ...base(), op: 'actor-hide', name: 'TV', hidden: true };
    const hidden = applyEdits([tv, kofi], [hide]);
    expect(hidden.events.map((e) => e.id)).toEqual(['e4', 'e2']);
    expect(names(hidden.events)).toEqual([['Syria'], ['Kofi Annan', 'Bashar al-Assad']]);
    expect(hidden.actors.hidden).toEqual(['TV']);
    const shown = applyEdits([tv], [hide, { ...base(), op: 'actor-hide', name: 'TV', hidden: false }]);
    expect(names(shown.events)).toEqual([['TV', 'Syria']]);
    expect(shown.actors.hidden).toEqual([]);
  });

  it('separates a merged name again (undoing the merge by an edit)', () => {
    const edits = [
      merge(['Annan'], 'Kofi Annan'),
      { ...base(), op: 'actor-unmerge', name: 'Annan' } as EditRecord,
    ];
    const result = applyEdits([annan, kofi], edits);
    expect(names(result.events)).toEqual([['Annan'], ['Kofi Annan', 'Bashar al-Assad']]);
    expect(result.actors.otherNames.size).toBe(0);
  });

  it('follows a chain: merged, then the merged actor renamed', () => {
    const edits: EditRecord[] = [
      merge(['Annan'], 'Kofi Annan'),
      { ...base(), op: 'actor-rename', name: 'Kofi Annan', to: 'Kofi A. Annan' },
    ];
    const result = applyEdits([annan, both], edits);
    expect(names(result.events)).toEqual([['Kofi A. Annan'], ['Kofi A. Annan']]);
    expect(result.actors.otherNames.get('Kofi A. Annan')).toEqual(['Annan', 'Kofi Annan']);
  });

  it('applies to events changed by hand, after those edits', () => {
    const change: EditRecord = {
      ...base(),
      op: 'change',
      target: { id: 'e4' },
      patch: { actors: [actor('TV'), actor('Annan', 'target')] },
    };
    const result = applyEdits([tv], [merge(['Annan'], 'Kofi Annan'), change]);
    expect(names(result.events)).toEqual([['TV', 'Kofi Annan']]);
  });

  it('lists a split whose event is gone as orphaned, and remembers dismissed suggestions', () => {
    const split: EditRecord = {
      ...base(),
      op: 'actor-split',
      name: 'TV',
      to: 'State TV',
      targets: [{ id: 'gone', articleId: 'a1', quote: 'A sentence that is no longer in any article' }],
    };
    const dismiss: EditRecord = { ...base(), op: 'actor-dismiss', from: 'Annan', into: 'Kofi Annan' };
    const result = applyEdits([tv], [split, dismiss]);
    expect(result.orphaned.map((o) => o.editId)).toEqual([split.id]);
    expect(result.orphaned[0]?.description).toMatch(/Split actor “TV”/);
    expect([...result.actors.dismissed]).toHaveLength(1);
  });
});
