/**
 * What of a user's chosen files can be sent for import, and in which batches: a file that is too
 * large or not an article file is refused here, by name and with why, without being read, so one
 * oversized file never sinks the others; the rest go in batches that each fit one request.
 */
import type { ImportFile } from '../../../electron/shared/contract';
import {
  isImportFileName,
  MAX_ARTICLE_FILE_BYTES,
  MAX_ARTICLE_FILE_LABEL,
  MAX_IMPORT_FILES,
  MAX_REQUEST_BYTES,
  NOT_AN_ARTICLE_FILE,
} from '../../../electron/shared/limits';
import type { Problem } from '../../../electron/shared/model';

/** What the page knows of a chosen file before reading it (a DOM File has these). */
export interface ChosenFile {
  name: string;
  size: number;
}

/** Why a chosen file cannot be an article, judged by its name and size alone; null when it may be one. */
export function refusalOf(f: ChosenFile): string | null {
  if (!isImportFileName(f.name)) return NOT_AN_ARTICLE_FILE;
  if (f.size === 0) return 'The file is empty.';
  if (f.size > MAX_ARTICLE_FILE_BYTES)
    return `Too large (${(f.size / 1024 / 1024).toFixed(1)} MB); the limit is ${MAX_ARTICLE_FILE_LABEL} per file.`;
  return null;
}

/** Splits the chosen files into those to read and those refused, with one line each saying why. */
export function sortOutFiles<F extends ChosenFile>(
  files: readonly F[],
): { accepted: F[]; refused: Problem[] } {
  const accepted: F[] = [];
  const refused: Problem[] = [];
  for (const f of files) {
    const refusal = refusalOf(f);
    if (refusal) refused.push({ file: f.name, message: refusal });
    else accepted.push(f);
  }
  return { accepted, refused };
}

/**
 * Splits the chosen files by their names alone: those that may be articles, and the others with
 * why. Their sizes are judged (`refusalOf`) as each is read: the browser may take a round trip
 * to its disk to tell a file's size, too long to wait for a thousand files before the first.
 */
export function sortOutByName<F extends Pick<ChosenFile, 'name'>>(
  files: readonly F[],
): { accepted: F[]; refused: Problem[] } {
  const accepted: F[] = [];
  const refused: Problem[] = [];
  for (const f of files)
    if (isImportFileName(f.name)) accepted.push(f);
    else refused.push({ file: f.name, message: NOT_AN_ARTICLE_FILE });
  return { accepted, refused };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a file's bytes as the import sends it, or why it cannot be an article: bytes that
 * are not UTF-8 (a picture, a PDF, a word processor's file) are refused here, by name, instead of
 * being read with replacement characters.
 */
export function textOfBytes(bytes: ArrayBuffer | Uint8Array): { text: string } | { refusal: string } {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    return { refusal: 'Not a text file (its bytes are not UTF-8 text: a picture, a PDF or a binary file?).' };
  }
}

const encoder = new TextEncoder();
/** Size of a file in a request: its UTF-8 bytes as JSON, as the request limit counts them. */
const requestBytes = (f: ImportFile): number => encoder.encode(JSON.stringify(f)).length + 1;

/** The files in order, in batches of at most `maxFiles` files and about `maxBytes` each. */
export function importBatches(
  files: readonly ImportFile[],
  maxBytes = MAX_REQUEST_BYTES,
  maxFiles = MAX_IMPORT_FILES,
): ImportFile[][] {
  const batches: ImportFile[][] = [];
  let batch: ImportFile[] = [];
  let bytes = 0;
  for (const f of files) {
    const size = requestBytes(f);
    if (batch.length && (batch.length >= maxFiles || bytes + size > maxBytes)) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
    batch.push(f);
    bytes += size;
  }
  if (batch.length) batches.push(batch);
  return batches;
}

/**
 * The files in order, in batches that grow: `first` files, then twice as many each time up to
 * `cap` (and within the request limits), so the first events come quickly and the later batches
 * share the cost of each new snapshot over more files.
 */
export function growingImportBatches(
  files: readonly ImportFile[],
  first = 2,
  cap = 256,
  maxBytes = MAX_REQUEST_BYTES,
): ImportFile[][] {
  const batches: ImportFile[][] = [];
  let size = Math.max(1, Math.min(first, cap));
  let i = 0;
  while (i < files.length) {
    const [batch] = importBatches(files.slice(i, i + size), maxBytes, Math.min(size, MAX_IMPORT_FILES));
    if (!batch) break;
    batches.push(batch);
    i += batch.length;
    size = Math.min(cap, size * 2);
  }
  return batches;
}
