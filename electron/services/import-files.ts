import { extname } from 'node:path';
import type { ImportFile } from '../shared/contract';
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILE_LABEL } from '../shared/limits';
import { isArticleFileName } from './library';

/** A file's modification date as the user sees it (local calendar day), YYYY-MM-DD. */
export function localDateOf(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Makes a file name safe to create in the library: no folders, no characters that some systems
 * refuse, no leading dots. Keeps the name recognisable.
 */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned || 'article.txt';
}

/** `name`, or `name (2)`, `name (3)` … before its extension: the first not in `taken` (compared case-blind). */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  return candidate;
}

/** Why a file cannot be imported at all, in one line; undefined when it can be. */
export function refusalOf(file: ImportFile): string | undefined {
  if (!isArticleFileName(file.name)) return 'Only .txt and .md files can be opened as articles.';
  if (file.content.includes('\u0000')) return 'The file is not text.';
  if (file.content.trim() === '') return 'The file is empty.';
  const bytes = Buffer.byteLength(file.content, 'utf8');
  if (bytes > MAX_ARTICLE_FILE_BYTES)
    return `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_FILE_LABEL}).`;
  return undefined;
}
