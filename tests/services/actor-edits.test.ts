import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ExtractModule from '../../electron/extract/index';
import {
  createNewslineService,
  userDataPaths,
  type NewslineServiceOptions,
} from '../../electron/services/index';
import { parseRequest } from '../../electron/shared/schemas';
import type { Snapshot } from '../../electron/shared/contract';
import { article, sampleLibrary } from './sample-library';

vi.mock('../../electron/extract/index', async (importOriginal) => {
  const { fakeExtractFile } = await import('./fake-extractor');
  return {
    ...(await importOriginal<typeof ExtractModule>()),
    EXTRACTOR_VERSION: 'test-1',
    extractFile: vi.fn(fakeExtractFile),
    mergeEvents: <T>(events: T[]): T[] => events,
  };
});

let root: string;
let options: NewslineServiceOptions;
beforeEach(async () => {
  ({ root, options } = await sampleLibrary('newsline-actors-'));
  await writeFile(
    join(root, 'sample', 'a.md'),
    article(
      'Talks offered',
      'Okonjo: offered talks',
      'Maria Okonjo: repeated the offer',
      'TV: reported the talks',
    ),
  );
});
afterEach(() => rm(root, { recursive: true, force: true }));

const open = () => createNewslineService(options);
const actorRows = (s: Snapshot) => s.actors.map((a) => `${a.name} ${a.count}`);

describe('actor management through the service', () => {
  it('suggests, merges, undoes and redoes; the merge is kept on disk by name', async () => {
    const service = await open();
    const first = await service.getSnapshot();
    expect(first.actorBook?.suggestions).toEqual([
      { from: 'Okonjo', into: 'Maria Okonjo', reason: 'surname' },
    ]);

    const merged = await service.editActors({ op: 'merge', names: ['Okonjo'], into: 'Maria Okonjo' });
    expect(actorRows(merged)).toEqual(['Maria Okonjo 2', 'TV 1']);
    expect(merged.actorBook?.otherNames).toEqual({ 'Maria Okonjo': ['Okonjo'] });
    expect(merged.actorBook?.suggestions).toEqual([]);
    expect(merged.history?.undo).toBe('Merge actors');
    const stored = JSON.parse(
      await readFile(join(userDataPaths(options.userDataDir).library, 'edits.json'), 'utf8'),
    );
    expect(stored.edits[0]).toMatchObject({ op: 'actor-merge', names: ['Okonjo'], into: 'Maria Okonjo' });

    expect(actorRows(await service.undo())).toEqual(['Maria Okonjo 1', 'Okonjo 1', 'TV 1']);
    expect(actorRows(await service.redo())).toEqual(['Maria Okonjo 2', 'TV 1']);

    // an article imported later that names "Okonjo" lands on "Maria Okonjo"
    const later = await service.importArticles([
      { name: 'later.md', content: article('More', 'Okonjo: met Rubio'), lastModified: 0 },
    ]);
    expect(actorRows(later.snapshot)).toEqual(['Maria Okonjo 3', 'TV 1']);
  });

  it('hides an actor but keeps its events, and shows it again', async () => {
    const service = await open();
    const hidden = await service.editActors({ op: 'hide', name: 'TV', hidden: true });
    expect(hidden.events).toHaveLength(3);
    expect(hidden.actors.map((a) => a.name)).not.toContain('TV');
    expect(hidden.events.flatMap((e) => e.actors.map((a) => a.name))).not.toContain('TV');
    expect(hidden.actorBook?.hidden).toEqual(['TV']);
    const shown = await service.editActors({ op: 'hide', name: 'TV', hidden: false });
    expect(shown.actors.map((a) => a.name)).toContain('TV');
  });

  it('renames, changes the kind, splits and dismisses by name', async () => {
    const service = await open();
    const kind = await service.editActors({ op: 'kind', name: 'TV', kind: 'organization' });
    expect(kind.actors.find((a) => a.name === 'TV')?.kind).toBe('organization');
    const renamed = await service.editActors({ op: 'rename', name: 'TV', to: 'State TV' });
    expect(renamed.actors.find((a) => a.name === 'State TV')).toMatchObject({
      kind: 'organization',
      count: 1,
    });

    const offer = renamed.events.find((e) => e.title.startsWith('Maria Okonjo'))!;
    const split = await service.editActors({
      op: 'split',
      name: 'Maria Okonjo',
      to: 'Okonjo the younger',
      eventIds: [offer.id],
    });
    expect(split.events.find((e) => e.id === offer.id)?.actors.map((a) => a.name)).toEqual([
      'Okonjo the younger',
    ]);

    const suggestion = split.actorBook?.suggestions[0];
    expect(suggestion).toEqual({ from: 'Okonjo', into: 'Okonjo the younger', reason: 'given-name' });
    const dismissed = await service.editActors({ op: 'dismiss', ...suggestion! });
    expect(dismissed.actorBook?.suggestions).toEqual([]);
  });

  it('refuses changes of actors that do not exist, and arguments of the wrong shape', async () => {
    const service = await open();
    await expect(service.editActors({ op: 'rename', name: 'Nobody', to: 'X' })).rejects.toThrow(
      /No actor is named “Nobody”/,
    );
    await expect(service.editActors({ op: 'unmerge', name: 'TV' })).rejects.toThrow(/not merged/);
    expect(() => parseRequest('editActors', [{ op: 'merge', names: [], into: 'X' }])).toThrow(
      /Invalid arguments/,
    );
    expect(() => parseRequest('editActors', [{ op: 'kind', name: 'TV', kind: 'planet' }])).toThrow(
      /Invalid arguments/,
    );
    expect(() => parseRequest('editActors', [{ op: 'hide', name: '  ', hidden: true }])).toThrow(
      /Invalid arguments/,
    );
  });
});
