/**
 * One name per body in an article (`oneNamePerBody`), on the events of one article as the stages
 * leave them: the names are invented for these tests.
 */
import { describe, expect, it } from 'vitest';
import { oneNamePerBody } from '../../electron/extract/article-names';
import type { Draft } from '../../electron/extract/draft';
import type { EventActor } from '../../electron/shared/model';

const org = (name: string, role: EventActor['role'] = 'source'): EventActor => ({
  name,
  kind: 'organization',
  role,
});
/** A draft with only the actors set: the stage reads and writes nothing else. */
const draft = (...actors: EventActor[]): Draft =>
  ({ actors, source: actors[0] && { name: actors[0].name, kind: actors[0].kind } }) as Draft;
const names = (d: Draft | undefined): string[] => (d ? d.actors.map((a) => a.name) : []);

describe('one name per body in an article', () => {
  it('gives a body written in two cases the name written most often', () => {
    const drafts = [
      draft(org('Solvan Police')),
      draft(org('Solvan police')),
      draft(org('Solvan police'), org('Kelby Council', 'target')),
    ];
    oneNamePerBody(drafts);
    expect(drafts.map((d) => d.source?.name)).toEqual(['Solvan police', 'Solvan police', 'Solvan police']);
  });

  it('does not list one body twice in an event once its names are one', () => {
    const drafts = [draft(org('Police'), org('Westbrook Police Service', 'target'))];
    oneNamePerBody(drafts);
    expect(names(drafts[0])).toEqual(['Westbrook Police Service']);
  });

  it('keeps a one-word company beside a longer name that holds its word', () => {
    const drafts = [draft(org('Norvik')), draft(org('Norvik Foods'))];
    oneNamePerBody(drafts);
    expect(names(drafts[0])).toEqual(['Norvik']);
  });

  it('does not make a police station the body that acted', () => {
    const drafts = [draft(org('Police')), draft(org('Kelby Police Station', 'target'))];
    oneNamePerBody(drafts);
    expect(names(drafts[0])).toEqual(['Police']);
  });
});
