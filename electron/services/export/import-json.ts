/**
 * Import of an events file exported before: the edits that make the library's events look like
 * the file's (changed fields, merges, split sources, events added by hand), found by id and
 * quote. Applying them restores the exported events, and they can be undone in one step.
 */
import { z } from 'zod';
import type { EventPatch } from '../../shared/contract';
import { MAX_TITLE, nameSchema } from '../../shared/schemas';
import { ACTOR_KINDS, MODALITIES, type NewsEvent } from '../../shared/model';
import { applyEdits } from '../edits/apply';
import { refOf, type EditRecord } from '../edits/records';

const source = z.object({
  articleId: z.string().min(1).max(200),
  quote: z.string().min(1).max(5000),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
const event = z.object({
  id: z.string().min(1).max(200),
  // Trimmed and required as the edits file requires them (edits/records.ts), so that an imported
  // event can always be stored and read back.
  title: z.string().trim().min(1).max(MAX_TITLE),
  start: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  end: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  precision: z.enum(['day', 'month', 'year', 'approximate']),
  basis: z.enum(['explicit', 'relative', 'reported']),
  expression: z.string().optional(),
  timex: z.string().optional(),
  approximation: z
    .object({
      relation: z.enum(['before', 'after', 'around']),
      anchor: z.string(),
      amount: z.string().optional(),
    })
    .optional(),
  modality: z.enum(MODALITIES).optional(),
  actors: z
    .array(
      z.object({
        name: nameSchema,
        kind: z.enum(ACTOR_KINDS),
        role: z.enum(['source', 'target']),
      }),
    )
    .max(50),
  cameo: z
    .string()
    .regex(/^(0[1-9]|1\d|20)$/)
    .nullable(),
  sources: z.array(source).min(1),
});
const eventsFile = z.object({
  extractor: z.object({ name: z.literal('newsline') }),
  events: z.array(event),
});

/** Reads an exported events file; throws a one-line reason when it is not one. */
export function parseExportedEvents(json: string): NewsEvent[] {
  let value: unknown;
  try {
    value = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('The file is not JSON.');
  }
  const parsed = eventsFile.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `Not a Newsline events file (${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'unexpected'}).`,
    );
  }
  return parsed.data.events as NewsEvent[];
}

const sameActors = (a: NewsEvent['actors'], b: NewsEvent['actors']): boolean =>
  a.length === b.length &&
  a.every((x, i) => x.name === b[i]?.name && x.role === b[i]?.role && x.kind === b[i]?.kind);

/** The fields of `wanted` that differ from `now`, as a patch (undefined when none differ). */
function patchOf(now: NewsEvent, wanted: NewsEvent): EventPatch | undefined {
  const patch: EventPatch = {};
  if (now.title !== wanted.title) patch.title = wanted.title;
  if (now.start !== wanted.start || now.precision !== wanted.precision || now.end !== wanted.end) {
    patch.start = wanted.start;
    patch.precision = wanted.precision;
    patch.end = wanted.end ?? null;
  }
  if (!sameActors(now.actors, wanted.actors) && wanted.actors.length > 0) patch.actors = wanted.actors;
  if (now.cameo !== wanted.cameo) patch.cameo = wanted.cameo;
  return Object.keys(patch).length > 0 ? patch : undefined;
}

const quoteKey = (s: { articleId: string; quote: string }): string => `${s.articleId}\u0000${s.quote}`;

/**
 * The edit records that turn the library's events (`machine` with `edits` applied) into the
 * file's `wanted` events. `base` makes each record's id and time.
 */
export function editsToRestore(
  machine: readonly NewsEvent[],
  edits: readonly EditRecord[],
  wanted: readonly NewsEvent[],
  base: () => { id: string; at: string },
): EditRecord[] {
  const records: EditRecord[] = [];
  let applied = applyEdits(machine, edits);
  const refresh = () => {
    applied = applyEdits(machine, [...edits, ...records]);
  };
  const all = () => [...applied.events, ...applied.hidden];
  const holding = (s: { articleId: string; quote: string }) =>
    all().find((e) => e.sources.some((x) => quoteKey(x) === quoteKey(s)));

  for (const target of wanted) {
    let event = all().find((e) => e.id === target.id) ?? target.sources.map(holding).find(Boolean);
    if (!event) {
      records.push({ ...base(), op: 'add', event: { ...target } });
      continue;
    }
    // Sources the file gives another event: split them off.
    const keep = new Set(target.sources.map(quoteKey));
    const extra = event.sources.filter((s) => !keep.has(quoteKey(s)));
    if (extra.length > 0 && extra.length < event.sources.length) {
      records.push({ ...base(), op: 'split', target: refOf(event), quotes: extra.map((s) => s.quote) });
      refresh();
      event = all().find((e) => e.sources.some((s) => keep.has(quoteKey(s))));
      if (!event) continue;
    }
    // Sources the library gives other events: merge those into this one.
    const have = new Set(event.sources.map(quoteKey));
    const others = [
      ...new Set(
        target.sources
          .filter((s) => !have.has(quoteKey(s)))
          .map(holding)
          .filter((e): e is NewsEvent => !!e && e.id !== event?.id),
      ),
    ];
    if (others.length > 0) {
      records.push({ ...base(), op: 'merge', targets: [refOf(event), ...others.map(refOf)] });
      refresh();
      event = all().find((e) => e.id === event?.id) ?? event;
    }
    const patch = patchOf(event, target);
    if (patch) records.push({ ...base(), op: 'change', target: refOf(event), patch });
  }
  return records;
}
