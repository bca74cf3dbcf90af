/**
 * A versioned store of records in one JSON file (edits.json, views.json, view-state.json), built
 * on durable-json: `{ "version": N, "<key>": [record, …] }` (or one record for `single` stores).
 *
 * - One schema per record, on the way in and on the way out: every record is checked with the
 *   loader's schema before it is written, so the app never writes what it could not read back.
 * - Loaded record by record: a record that does not validate is set aside in `<file>.rejected`
 *   (with its reason) and reported; the other records are used.
 * - Versioned: a known older version is migrated on load (and written in the current format at
 *   the next save); a newer or unknown version is used read-only and reported, never overwritten.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { Problem } from '../shared/model';
import { writeFileAtomic } from './atomic-write';
import { readJsonDurable, reasonOf, writeJsonDurable } from './durable-json';

/** Suffix of the file that keeps records set aside at load. */
export const REJECTED_SUFFIX = '.rejected';

/** A migration from one format version to the next (`from` → `from + 1`). */
export type Migration = (file: Record<string, unknown>) => Record<string, unknown>;

export interface RecordFileSpec<R> {
  /** The field holding the records. */
  key: string;
  /** The format version this code writes. */
  version: number;
  /** The schema of one record: the loader's, used on the way in and on the way out. */
  record: z.ZodType<R>;
  /** One record in words, singular and plural ("edit", "edits"). */
  noun: [string, string];
  /** The field holds one record, not a list. */
  single?: boolean;
  /**
   * Migrations of older versions, by the version they start from. A file without a `version`
   * field is version 0 when a migration from 0 exists (the first format had none).
   */
  migrations?: Record<number, Migration>;
  /** How a record is named in a problem (a saved view by its name); default: its position. */
  label?: (raw: unknown, index: number) => string;
}

/** A record file as opened. */
export interface RecordFile<R> {
  /** The records that validated, in file order. */
  records: R[];
  /** What went wrong while loading: records set aside, a damaged file recovered, a newer format. */
  problems: Problem[];
  /** Set when the file must not be written (a newer format): the reason, as shown to the user. */
  readOnly?: string;
  /**
   * Checks every record with the loader's schema, then writes them durably (previous kept as
   * .bak). Resolves with the records as the loader will read them back (trimmed …): keep those.
   */
  write(records: readonly R[]): Promise<R[]>;
}

interface Envelope {
  version: number;
  list: unknown[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** One line for a schema error: where and what ("views.0.state: Unrecognized key: \"x\""). */
export function issueOf(error: z.ZodError, prefix = ''): string {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.');
  return `${path ? `${path}: ` : ''}${issue?.message ?? 'unexpected value'}`;
}

/** Opens the record file at `path` (see the module comment). Never throws for what is in the file. */
export async function openRecordFile<R>(path: string, spec: RecordFileSpec<R>): Promise<RecordFile<R>> {
  const name = basename(path);
  const [one, many] = spec.noun;
  let newer: number | undefined;

  const envelope = (value: unknown): Envelope => {
    if (!isObject(value)) throw new Error('not a JSON object');
    let file = value;
    let version = file.version;
    if (version === undefined && spec.migrations?.[0]) version = 0;
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
      throw new Error('no format version');
    if (version > spec.version) {
      newer = version;
      const list = spec.single ? [file[spec.key]] : file[spec.key];
      return { version, list: Array.isArray(list) ? list : [] };
    }
    for (let v = version; v < spec.version; v += 1) {
      const migrate = spec.migrations?.[v];
      if (!migrate) throw new Error(`format version ${version} is not one this version of Newsline reads`);
      file = migrate(file);
    }
    if (spec.single && file[spec.key] === undefined) throw new Error(`no "${spec.key}"`);
    const list = spec.single ? [file[spec.key]] : file[spec.key];
    if (!Array.isArray(list)) throw new Error(`"${spec.key}" is not a list`);
    return { version: spec.version, list };
  };

  const read = await readJsonDurable(path, envelope);
  const problems: Problem[] = read.problem ? [read.problem] : [];
  const records: R[] = [];
  const rejected: { index: number; reason: string; record: unknown }[] = [];
  (read.value?.list ?? []).forEach((raw, index) => {
    const parsed = spec.record.safeParse(raw);
    if (parsed.success) records.push(parsed.data);
    else rejected.push({ index, reason: issueOf(parsed.error), record: raw });
  });

  const readOnly =
    newer === undefined
      ? undefined
      : `${name} was written by a newer version of Newsline (format ${newer}; this version writes format ${spec.version}). It is kept as it is and used read-only: changes to its ${many} cannot be saved until Newsline is updated.`;
  if (readOnly) problems.push({ file: name, message: readOnly });

  if (rejected.length > 0) {
    const label = spec.label ?? ((_raw: unknown, index: number) => `${one} ${index + 1}`);
    const listed = rejected
      .slice(0, 5)
      .map((r) => `${label(r.record, r.index)} (${r.reason})`)
      .join('; ');
    const more = rejected.length > 5 ? `; and ${rejected.length - 5} more` : '';
    const plural = rejected.length > 1;
    const count = plural ? `${rejected.length} ${many}` : `1 ${one}`;
    let where = `The original${plural ? 's are' : ' is'} ${readOnly ? 'still in' : 'kept in'} ${readOnly ? name : `${name}${REJECTED_SUFFIX}`}.`;
    let keptAside = true;
    if (!readOnly) {
      try {
        await keepRejected(`${path}${REJECTED_SUFFIX}`, name, rejected);
      } catch (error) {
        keptAside = false;
        where = `${plural ? 'They' : 'It'} could not be copied aside (${reasonOf(error)}), so ${name} is left as it is: changes to its ${many} cannot be saved.`;
      }
    }
    problems.push({
      file: name,
      message: `${count} could not be used and ${plural ? 'were' : 'was'} set aside: ${listed}${more}. ${where}`,
    });
    // Without a copy aside, writing the file would lose them: keep it as it is.
    if (!keptAside) return refuseWrites(records, problems, where);
  }
  if (readOnly) return refuseWrites(records, problems, readOnly);

  return {
    records,
    problems,
    async write(next) {
      const checked = next.map((record, index) => {
        const parsed = spec.record.safeParse(record);
        if (!parsed.success)
          throw new Error(`Not saved: the ${one} is not valid (${issueOf(parsed.error, String(index))}).`);
        return parsed.data;
      });
      await writeJsonDurable(path, {
        version: spec.version,
        [spec.key]: spec.single ? checked[0] : checked,
      });
      return checked;
    },
  };
}

function refuseWrites<R>(records: R[], problems: Problem[], reason: string): RecordFile<R> {
  return {
    records,
    problems,
    readOnly: reason,
    write: () => Promise.reject(new Error(reason)),
  };
}

interface RejectedEntry {
  file: string;
  at: string;
  reason: string;
  record: unknown;
}

/**
 * Adds records to the `.rejected` file beside the store (a record already there is not added
 * twice). Written atomically; an unreadable `.rejected` file is kept as its own backup.
 */
async function keepRejected(
  path: string,
  file: string,
  rejected: readonly { reason: string; record: unknown }[],
): Promise<void> {
  let entries: RejectedEntry[] = [];
  try {
    const value = JSON.parse(await readFile(path, 'utf8')) as unknown;
    if (isObject(value) && Array.isArray(value.rejected)) entries = value.rejected as RejectedEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      // Unreadable: keep it under another name rather than replacing it.
      await writeFileAtomic(`${path}.damaged-${Date.now()}`, await readFile(path, 'utf8'));
    }
  }
  const seen = new Set(entries.map((e) => JSON.stringify(e.record)));
  const at = new Date().toISOString();
  for (const r of rejected) {
    const key = JSON.stringify(r.record);
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push({ file, at, reason: r.reason, record: r.record });
  }
  await writeJsonDurable(path, { version: 1, rejected: entries });
}
