/**
 * What counts as the text of an article file, for the import and for the library loader alike:
 * UTF-8 without NUL bytes, not empty, within the size limit. One home, so that a file the import
 * refuses is never read from the library folder, and the other way round.
 */
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILE_LABEL } from '../shared/limits';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `content` cannot be an article's text, in one line; undefined when it can. */
export function textRefusalOf(content: string): string | undefined {
  if (content.includes('\u0000')) return 'The file is not text (it holds NUL bytes).';
  if (LONE_SURROGATE.test(content)) return 'The file is not valid text (broken Unicode characters).';
  if (content.trim() === '') return 'The file is empty.';
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_ARTICLE_FILE_BYTES)
    return `The file is too large (${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_FILE_LABEL}).`;
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file's bytes, or why it cannot be an article. */
export function decodeArticleText(bytes: Uint8Array): { text: string } | { refusal: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { refusal: 'The file is not UTF-8 text.' };
  }
  const refusal = textRefusalOf(text);
  return refusal ? { refusal } : { text };
}
