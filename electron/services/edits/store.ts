/**
 * The edits of one library: loaded at start (recovered from the backup when damaged), changed one
 * operation at a time, each change written durably before it is confirmed, with undo and redo
 * across the session.
 */
import { randomUUID } from 'node:crypto';
import type { Problem } from '../../shared/model';
import { openRecordFile } from '../record-file';
import { EDITS_FORMAT, editRecordSchema, type EditRecord } from './records';

/** A change of the edit list: returns the new list (the old one is never modified). */
export type EditChange = (edits: readonly EditRecord[]) => EditRecord[];

interface Step {
  edits: readonly EditRecord[];
  /** What the step changed, for Undo/Redo labels. */
  label: string;
  /** A step done outside the edits (articles removed): how to undo and redo it. */
  outside?: OutsideStep;
}

/** A change made outside the edit list that takes its place in the same undo history. */
export interface OutsideStep {
  undo(): Promise<void>;
  redo(): Promise<void>;
}

/** The edits of one library, with their history. */
export interface EditStore {
  /** The edits now in force, in order. */
  current(): readonly EditRecord[];
  /** Problems met while loading: a damaged file recovered, edits set aside, a newer format. */
  loadProblems(): Problem[];
  /** Applies a change, writes it, and resolves once it is on disk. Changes run one at a time. */
  change(label: string, change: EditChange): Promise<void>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
  /** Records a step done outside the edits (already done), so that Undo and Redo reach it in turn. */
  record(label: string, step: OutsideStep): Promise<void>;
  /** Labels of what undo and redo would do, or null. */
  history(): { undo: string | null; redo: string | null };
}

/** A fresh record id and timestamp. */
export const newRecordBase = (): { id: string; at: string } => ({
  id: randomUUID(),
  at: new Date().toISOString(),
});

/** Opens (or starts) the edits file at `path`. */
export async function openEditStore(path: string): Promise<EditStore> {
  const file = await openRecordFile(path, {
    key: 'edits',
    version: EDITS_FORMAT,
    record: editRecordSchema,
    noun: ['edit', 'edits'],
  });
  let edits: readonly EditRecord[] = file.records;
  const past: Step[] = [];
  const future: Step[] = [];
  let queue: Promise<unknown> = Promise.resolve();

  /**
   * Writes `next` and returns it as written (each record as its schema reads it back). A record
   * kept from the list in force is that same object again: it was read back the same way when it
   * was written, and the edited events in memory know the edits by object (curated-events.ts).
   */
  const persist = async (next: readonly EditRecord[]): Promise<EditRecord[]> => {
    const written = await file.write(next);
    const known = new Set(edits);
    return written.map((record, i) => {
      const given = next[i] as EditRecord;
      return known.has(given) ? given : record;
    });
  };
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    current: () => edits,
    loadProblems: () => [...file.problems],
    change: (label, change) =>
      serial(async () => {
        const next = await persist(change(edits));
        past.push({ edits, label });
        future.length = 0;
        edits = next;
      }),
    record: (label, outside) =>
      serial(async () => {
        past.push({ edits, label, outside });
        future.length = 0;
      }),
    undo: () =>
      serial(async () => {
        const step = past.at(-1);
        if (!step) return false;
        if (step.outside) await step.outside.undo();
        else await persist(step.edits);
        past.pop();
        future.push({ edits, label: step.label, ...(step.outside ? { outside: step.outside } : {}) });
        edits = step.edits;
        return true;
      }),
    redo: () =>
      serial(async () => {
        const step = future.at(-1);
        if (!step) return false;
        if (step.outside) await step.outside.redo();
        else await persist(step.edits);
        future.pop();
        past.push({ edits, label: step.label, ...(step.outside ? { outside: step.outside } : {}) });
        edits = step.edits;
        return true;
      }),
    history: () => ({ undo: past.at(-1)?.label ?? null, redo: future.at(-1)?.label ?? null }),
  };
}
