/**
 * Edits by hand as stored in the library (edits.json): a list of records applied in order on top
 * of the extracted events. Each record names its event by id and by the sentence it came from,
 * so it still finds the event when ids change after the articles are extracted again; edits of
 * actors (actor-records.ts) name their actors by name.
 */
import { z } from 'zod';
import type { EventPatch } from '../../shared/contract';
import type { NewsEvent } from '../../shared/model';
import { eventActorSchema, eventPatchSchema } from '../../shared/schemas';
import { actorRecordSchemas, type ActorEditRecord } from './actor-records';
import type { EventRef } from './event-refs';

export { refOf, type EventRef } from './event-refs';

interface RecordBase {
  /** Unique id of the edit. */
  id: string;
  /** When it was made, ISO date-time. */
  at: string;
}

export type EditRecord =
  | (RecordBase &
      (
        | { op: 'change'; target: EventRef; patch: EventPatch }
        | { op: 'hide'; target: EventRef }
        | { op: 'merge'; targets: EventRef[] }
        | { op: 'split'; target: EventRef; quotes: string[] }
        | { op: 'add'; event: NewsEvent }
      ))
  | ActorEditRecord;

const ref = z.object({
  id: z.string().min(1),
  articleId: z.string().optional(),
  quote: z.string().optional(),
});
const base = { id: z.string().min(1), at: z.string() };
const source = z.object({
  articleId: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
const event = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  start: z.string(),
  end: z.string().optional(),
  precision: z.enum(['day', 'month', 'year', 'approximate']),
  basis: z.enum(['explicit', 'relative', 'reported']),
  actors: z.array(eventActorSchema),
  cameo: z.string().nullable(),
  sources: z.array(source),
});

const record = z.discriminatedUnion('op', [
  z.object({ ...base, op: z.literal('change'), target: ref, patch: eventPatchSchema }),
  z.object({ ...base, op: z.literal('hide'), target: ref }),
  z.object({ ...base, op: z.literal('merge'), targets: z.array(ref).min(2) }),
  z.object({ ...base, op: z.literal('split'), target: ref, quotes: z.array(z.string()).min(1) }),
  z.object({ ...base, op: z.literal('add'), event }),
  ...actorRecordSchemas,
]);

/** The schema of one stored edit: used when edits.json is read and before every edit is written. */
export const editRecordSchema = record as unknown as z.ZodType<EditRecord>;

/** The format of edits.json written by this version (see record-file.ts). */
export const EDITS_FORMAT = 1;
