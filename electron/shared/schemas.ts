/**
 * The argument schemas of every request (zod), and `parseRequest`, which the one function that
 * answers requests (services/answer-request.ts) calls before any service sees them: the IPC
 * handlers and the preview server accept exactly the same input. Also the schemas of the records
 * the services store (view states, names, edits). Imports the contract's types; the contract
 * imports nothing from here.
 */
import { z } from 'zod';
import type { ActorChange } from './actor-changes';
import type { Requests, RequestName, ViewState } from './contract';
import { MAX_ARTICLE_FILE_BYTES, MAX_IMPORT_FILES, MAX_REQUEST_BYTES, tooLargeMessage } from './limits';

import { ACTOR_KINDS } from './model';

/** Largest article file accepted for import, in bytes (UTF-8). */
export const MAX_IMPORT_BYTES = MAX_ARTICLE_FILE_BYTES;
/** Longest title of an event, in characters. */
export const MAX_TITLE = 500;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const isoDateTime = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO date-time');

const importFile = z.strictObject({
  name: z.string().min(1).max(255),
  content: z.string().max(MAX_IMPORT_BYTES),
  lastModified: z.number().finite().nonnegative(),
  published: isoDate.optional(),
});

/** Files of one import: at most MAX_IMPORT_FILES, MAX_REQUEST_BYTES in all (IPC and preview alike). */
const importBatch = z
  .array(importFile)
  .min(1)
  .max(MAX_IMPORT_FILES)
  .refine(
    (files) => files.reduce((sum, f) => sum + f.content.length, 0) <= MAX_REQUEST_BYTES,
    tooLargeMessage(),
  );

/** The name the page gives an import, to cancel it by. */
const importId = z.string().min(1).max(100);

/** A view state: what saveViewState accepts and what view-state.json and views.json hold. */
export const viewStateSchema = z.strictObject({
  hiddenActors: z.array(z.string().max(200)).max(10_000),
  mode: z.enum(['any', 'all']),
  window: z.strictObject({ start: isoDateTime, end: isoDateTime }).optional(),
  selectedEventId: z.string().max(200).optional(),
  search: z.string().max(500).optional(),
  kinds: z.array(z.string().max(8)).max(100).optional(),
  articles: z.array(z.string().max(200)).max(10_000).optional(),
  dateFrom: isoDate.optional(),
  dateTo: isoDate.optional(),
}) satisfies z.ZodType<ViewState>;

/** A name as a person types it (actor, saved view): trimmed, not empty. */
export const nameSchema = z.string().trim().min(1).max(200);
const id = z.string().min(1).max(200);
/** A story's name as sent: checked in words by the services (storyNameProblem, limits.ts). */
const storyName = z.string().max(1000);
const precision = z.enum(['day', 'month', 'year', 'approximate']);
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD');
const cameo = z
  .string()
  .regex(/^(0[1-9]|1\d|20)$/, 'a CAMEO root code 01 … 20')
  .nullable();

export const eventActorSchema = z.strictObject({
  name: nameSchema,
  kind: z.enum(ACTOR_KINDS),
  role: z.enum(['source', 'target']),
});

export const eventPatchSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(MAX_TITLE).optional(),
    start: partialDate.optional(),
    end: isoDate.nullable().optional(),
    precision: precision.optional(),
    actors: z.array(eventActorSchema).min(1).max(50).optional(),
    cameo: cameo.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, 'at least one field to change');

export const newEventSchema = z.strictObject({
  articleId: id,
  quote: z.string().min(1).max(5000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  title: z.string().trim().min(1).max(MAX_TITLE),
  date: z.strictObject({ start: partialDate, end: isoDate.optional(), precision }).optional(),
  actors: z.array(eventActorSchema).min(1).max(50),
  cameo,
});

const actorName = nameSchema;
/** A change of an actor (ActorChange in the contract). */
export const actorChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('merge'), names: z.array(actorName).min(1).max(1000), into: actorName }),
  z.strictObject({ op: z.literal('rename'), name: actorName, to: actorName }),
  z.strictObject({ op: z.literal('alias'), alias: actorName, actor: actorName }),
  z.strictObject({
    op: z.literal('split'),
    name: actorName,
    to: actorName,
    eventIds: z.array(id).min(1).max(100_000),
  }),
  z.strictObject({ op: z.literal('unmerge'), name: actorName }),
  z.strictObject({ op: z.literal('hide'), name: actorName, hidden: z.boolean() }),
  z.strictObject({ op: z.literal('kind'), name: actorName, kind: z.enum(ACTOR_KINDS) }),
  z.strictObject({ op: z.literal('dismiss'), from: actorName, into: actorName }),
]) satisfies z.ZodType<ActorChange>;

/** Argument schemas, one per request, as tuples of the method's parameters. */
export const requestSchemas = {
  getSnapshot: z.tuple([]),
  getArticleText: z.tuple([id]),
  getEvents: z.tuple([z.array(id).max(100_000)]),
  searchEvents: z.tuple([z.string().max(1000)]),
  inspectImport: z.tuple([importBatch]),
  importArticles: z.tuple([importBatch, importId.optional()]),
  getImportProgress: z.tuple([]),
  cancelImport: z.tuple([importId]),
  getViewState: z.tuple([]),
  saveViewState: z.tuple([viewStateSchema]),
  editEvent: z.tuple([id, eventPatchSchema]),
  hideEvent: z.tuple([id, z.boolean()]),
  revertEvent: z.tuple([id]),
  addEvent: z.tuple([newEventSchema]),
  mergeEvents: z.tuple([z.array(id).min(2).max(100)]),
  splitEvent: z.tuple([id, z.array(z.number().int().nonnegative()).min(1).max(1000)]),
  editActors: z.tuple([actorChangeSchema]),
  undo: z.tuple([]),
  redo: z.tuple([]),
  listViews: z.tuple([]),
  saveView: z.tuple([nameSchema, viewStateSchema]),
  renameView: z.tuple([id, nameSchema]),
  deleteView: z.tuple([id]),
  exportEvents: z.tuple([
    z.enum(['json', 'csv', 'timelinejs', 'key-dates-csv', 'key-dates-md']),
    z.array(id).max(1_000_000),
    z
      .strictObject({ title: z.string().max(300).optional(), subtitle: z.string().max(2000).optional() })
      .optional(),
  ]),
  importEvents: z.tuple([z.string().min(2).max(MAX_REQUEST_BYTES)]),
  listStories: z.tuple([]),
  createStory: z.tuple([storyName]),
  renameStory: z.tuple([id, storyName]),
  deleteStory: z.tuple([id]),
  switchStory: z.tuple([id]),
  removeArticles: z.tuple([z.array(id).min(1).max(100_000)]),
  capturePng: z.tuple([]),
  printPdf: z.tuple([]),
  chooseImportFolder: z.tuple([]),
} satisfies { [K in RequestName]: z.ZodType<Parameters<Requests[K]>> };

/** Checks a request's arguments; throws an Error with a one-line message when they are wrong. */
export function parseRequest<K extends RequestName>(name: K, args: unknown): Parameters<Requests[K]> {
  const schema = requestSchemas[name] as unknown as z.ZodType<Parameters<Requests[K]>>;
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new Error(`Invalid arguments for ${name}${where}: ${issue?.message ?? 'unexpected value'}`);
  }
  return parsed.data;
}
