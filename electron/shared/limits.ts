/**
 * Limits shared by the command line, the import path, the contract and the page, so all agree.
 * Plain constants with no imports: the page loads this module too.
 */

/** File name endings of article files, as the library keeps them. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** File name endings of web pages, imported as articles of their text (kept as .md). */
export const HTML_EXTENSIONS = ['.html', '.htm'] as const;

/** Every file name ending an import takes: the file chooser, a drop and the services agree on these. */
export const IMPORT_EXTENSIONS = [...ARTICLE_EXTENSIONS, ...HTML_EXTENSIONS] as const;

/** The extension of `name` (".md"), or "" when it has none; "..md" and ".md" end in ".md". */
export const extensionOf = (name: string): string => /\.[^.\\/]*$/.exec(name)?.[0] ?? '';

const endsIn = (list: readonly string[], name: string): boolean =>
  list.includes(extensionOf(name).toLowerCase());

/** True when `name` ends like an article file the library keeps (.md, .markdown, .txt; any case). */
export const isArticleFileName = (name: string): boolean => endsIn(ARTICLE_EXTENSIONS, name);

/** True when `name` ends like a web page (.html, .htm; any case). */
export const isHtmlFileName = (name: string): boolean => endsIn(HTML_EXTENSIONS, name);

/** True when `name` ends like a file an import takes: an article file or a web page. */
export const isImportFileName = (name: string): boolean => endsIn(IMPORT_EXTENSIONS, name);

/** What a person is told about a file that is not an article file. */
export const NOT_AN_ARTICLE_FILE = `Not an article file: only ${IMPORT_EXTENSIONS.join(', ')} files can be imported.`;

/** Largest article file accepted, in bytes of UTF-8. */
export const MAX_ARTICLE_FILE_BYTES = 10 * 1024 * 1024;

/** "10 MB": the limit as a person reads it. */
export const MAX_ARTICLE_FILE_LABEL = `${MAX_ARTICLE_FILE_BYTES / 1024 / 1024} MB`;

/**
 * Largest request, in bytes of its arguments as JSON: the same on IPC and in the preview (whose
 * request body is these arguments), so the app and the preview accept the same imports.
 */
export const MAX_REQUEST_BYTES = 4 * MAX_ARTICLE_FILE_BYTES;

/** Most files in one import request (the page sends more in several). */
export const MAX_IMPORT_FILES = 500;

/** "40 MB": the request limit as a person reads it. */
export const MAX_REQUEST_LABEL = `${MAX_REQUEST_BYTES / 1024 / 1024} MB`;

/** What a person is told when a request is over MAX_REQUEST_BYTES. */
export const tooLargeMessage = (bytes?: number): string =>
  `The request is too large${bytes === undefined ? '' : ` (${(bytes / 1024 / 1024).toFixed(1)} MB)`}; the limit is ${MAX_REQUEST_LABEL} at a time: import fewer or smaller files at once.`;

/** Longest story name, in characters. */
export const MAX_STORY_NAME = 120;

/**
 * What is wrong with a story name, in words, or undefined when it can be used (after trimming):
 * not empty, at most MAX_STORY_NAME characters, no control characters. Any other Unicode is kept.
 */
export function storyNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'A story needs a name.';
  if ([...trimmed].length > MAX_STORY_NAME)
    return `A story name can have at most ${MAX_STORY_NAME} characters.`;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f]/.test(trimmed))
    return 'A story name cannot hold tabs, line breaks or other control characters.';
  return undefined;
}
