/**
 * Sessions of edits as a user makes them, on a small synthetic library with the real curation
 * (tests/e2e/synthetic-service.ts): each step is one edit (rename, merge or hide of actors; an
 * event hidden, retitled, redated, given other actors or kind, merged, split, reverted; undo,
 * redo) and the change the services answer for it, as the page receives it (through JSON).
 * Beside tests/renderer: these tests drive the real services, so they run in the Node project.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewslineService, PageSnapshot, Snapshot, SnapshotChange } from '../../electron/shared/contract';
import { pageSnapshotOf } from '../../electron/shared/page-events';
import { changeOf } from '../../electron/services/snapshot-steps';
import { createEditableSyntheticService } from '../e2e/synthetic-service';
import { seededRandom } from '../seeded-random';

export interface EditSession {
  /** The page's first snapshot, as the page receives it. */
  first: PageSnapshot;
  /** Makes the next edit; its name and the change answered (null when the edit was refused). */
  next(): Promise<{ name: string; change: SnapshotChange } | null>;
  /** The services the session edits through. */
  service: NewslineService;
  close(): void;
}

const through = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export async function openEditSession(seed: number, events = 160): Promise<EditSession> {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-edits-'));
  const service: NewslineService = await createEditableSyntheticService(
    { events, actors: 6, from: '2024-01-01', to: '2024-12-31', seed },
    dir,
  );
  const rand = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  let before: Snapshot = await service.getSnapshot();
  let renames = 0;
  const edits: { name: string; run: (s: Snapshot) => Promise<Snapshot> }[] = [
    { name: 'hide', run: (s) => service.hideEvent(pick(s.events).id, true) },
    { name: 'show', run: (s) => service.hideEvent(pick(s.hiddenEvents ?? s.events).id, false) },
    { name: 'retitle', run: (s) => service.editEvent(pick(s.events).id, { title: `Retitled ${rand()}` }) },
    {
      name: 'redate',
      run: (s) => {
        const day = `2024-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}-1${Math.floor(rand() * 9)}`;
        const form = rand();
        return service.editEvent(
          pick(s.events).id,
          form < 0.5
            ? { start: day, precision: 'day', end: null }
            : form < 0.75
              ? { start: day.slice(0, 7), precision: 'month', end: null }
              : { start: day, precision: 'approximate', end: '2024-12-31' },
        );
      },
    },
    {
      name: 'actors',
      run: (s) =>
        service.editEvent(pick(s.events).id, {
          actors: rand() < 0.2 ? [] : [{ ...pick(s.actors), role: 'source' }],
        }),
    },
    {
      name: 'kind',
      run: (s) =>
        service.editEvent(pick(s.events).id, { cameo: rand() < 0.2 ? null : pick(['01', '04', '14', '19']) }),
    },
    { name: 'merge', run: (s) => service.mergeEvents([pick(s.events).id, pick(s.events).id]) },
    {
      name: 'split',
      run: (s) => {
        const many = s.events.filter((e) => e.sources.length > 1);
        return many.length > 0 ? service.splitEvent(pick(many).id, [0]) : service.undo();
      },
    },
    { name: 'revert', run: (s) => service.revertEvent(pick(s.events).id) },
    {
      name: 'rename actor',
      run: (s) => service.editActors({ op: 'rename', name: pick(s.actors).name, to: `Renamed ${++renames}` }),
    },
    {
      name: 'merge actors',
      run: (s) => {
        const into = pick(s.actors).name;
        return service.editActors({ op: 'merge', names: [pick(s.actors).name], into });
      },
    },
    {
      name: 'hide actor',
      run: (s) => service.editActors({ op: 'hide', name: pick(s.actors).name, hidden: true }),
    },
    { name: 'undo', run: () => service.undo() },
    { name: 'undo', run: () => service.undo() },
    { name: 'redo', run: () => service.redo() },
  ];
  return {
    first: through(pageSnapshotOf(before)),
    async next() {
      const edit = pick(edits);
      let after: Snapshot;
      try {
        after = await edit.run(before);
      } catch {
        return null; // refused (nothing to undo, an event merged with itself …)
      }
      const change = through(changeOf(before, after));
      before = after;
      return { name: edit.name, change };
    },
    service,
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
