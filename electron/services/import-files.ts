import type { ImportFile } from '../shared/contract';
import { MAX_TEMP_SUFFIX_BYTES } from './atomic-write';
import { textRefusalOf } from './article-text';
import { articleMarkdown, htmlToArticle } from './html-article';
import { extensionOf, isHtmlFileName, isImportFileName, NOT_AN_ARTICLE_FILE } from '../shared/limits';

/** A file's modification date as the user sees it (local calendar day), YYYY-MM-DD. */
export function localDateOf(ms: number): string {
  const date = new Date(ms);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Longest name most file systems take, in bytes. */
const MAX_NAME_BYTES = 255;
/** Room kept for the number uniqueFileName may add (" (9999)"). */
const NUMBER_ROOM_BYTES = 7;
/**
 * Longest name given to an imported file, in bytes of UTF-8: its temporary file while it is
 * written (`<name>.<pid>.<random>.tmp`) and a number added to keep it unique must still fit.
 */
export const MAX_LIBRARY_NAME_BYTES = MAX_NAME_BYTES - MAX_TEMP_SUFFIX_BYTES - NUMBER_ROOM_BYTES;

/** Names Windows keeps for devices, whatever follows them after a dot. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;
// Control characters, characters Windows refuses, and bidirectional overrides that disguise a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f<>:"|?*\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_UNSAFE = new RegExp(UNSAFE.source);

const bytesOf = (s: string): number => Buffer.byteLength(s, 'utf8');

/** A name cleaned for the library, and why it differs from the name given (when it does). */
export interface CleanName {
  name: string;
  /** Why the name given could not be kept as it was, in words; absent when it was kept. */
  why?: string;
}

/**
 * Makes a file name safe to create in the library on every system, keeping its stem and its
 * extension: no folders, no control or reserved characters, no leading or trailing dots and
 * spaces, no device names (CON, NUL, COM1 …), at most MAX_LIBRARY_NAME_BYTES bytes. A stem with
 * nothing left ("..md") becomes "article".
 */
export function cleanFileName(given: string): CleanName {
  const base = given.split(/[\\/]/).pop() ?? '';
  const ext = extensionOf(base).replace(UNSAFE, '_');
  let stem = base
    .slice(0, base.length - extensionOf(base).length)
    .replace(UNSAFE, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  const why: string[] = [];
  if (base !== given) why.push('folders are not kept');
  if (stem === '') {
    stem = 'article';
    why.push('nothing was left of it but dots and spaces');
  } else if (RESERVED.test(stem.split('.')[0] ?? '')) {
    stem = `_${stem}`;
    why.push(`“${stem.slice(1).split('.')[0]}” is a name Windows keeps for a device`);
  }
  if (HAS_UNSAFE.test(base)) why.push('control and reserved characters (< > : " | ? *) became “_”');
  if (bytesOf(stem + ext) > MAX_LIBRARY_NAME_BYTES) {
    const chars = Array.from(stem);
    while (chars.length > 1 && bytesOf(chars.join('') + ext) > MAX_LIBRARY_NAME_BYTES) chars.pop();
    stem = chars.join('').replace(/[.\s]+$/, '') || 'article';
    why.push(`it was longer than ${MAX_LIBRARY_NAME_BYTES} bytes`);
  }
  const name = `${stem}${ext}`;
  if (name !== base && why.length === 0) why.push('leading and trailing dots and spaces are not kept');
  return name === given ? { name } : { name, why: why.join('; ') };
}

/** `name`, or `name (2)`, `name (3)` … before its extension: the first not in `taken` (compared case-blind). */
export function uniqueFileName(name: string, taken: ReadonlySet<string>): string {
  const ext = extensionOf(name);
  const stem = name.slice(0, name.length - ext.length);
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem} (${n})${ext}`;
  return candidate;
}

/** What is said of an HTML page that holds no text once its tags, scripts and styles are gone. */
export const NO_PAGE_TEXT = 'The page holds no article text (only markup, scripts or styles).';

/**
 * The file as the library keeps it, judged alone: refused (not an article file, not text, empty,
 * too large) with why; an HTML page (.html, .htm) becomes a Markdown article (.md) of its text,
 * with its title, publication date, site and address in the front matter when the page gives them.
 */
export function articleFileOf(file: ImportFile): { file: ImportFile } | { refusal: string } {
  if (!isImportFileName(file.name)) return { refusal: NOT_AN_ARTICLE_FILE };
  const refusal = textRefusalOf(file.content);
  if (refusal) return { refusal };
  if (!isHtmlFileName(file.name)) return { file };
  const article = htmlToArticle(file.content);
  if (article.text === '') return { refusal: NO_PAGE_TEXT };
  const name = `${file.name.slice(0, file.name.length - extensionOf(file.name).length)}.md`;
  return { file: { ...file, name, content: articleMarkdown(article) } };
}
