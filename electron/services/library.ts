import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleInfo } from '../shared/model';
import { decodeArticleText } from './article-text';
import { isArticleFileName } from '../shared/limits';

/** An article file as read from disk. */
export interface ArticleFile {
  file: string;
  path: string;
  origin: ArticleInfo['origin'];
  content: string;
}

/** A file of an article folder that could not be read. */
export interface UnreadableFile {
  file: string;
  message: string;
}

/**
 * Reads every article file of `dir` (not its sub-folders), sorted by name. A missing folder is
 * empty; a file that cannot be read, or is not an article's text (see article-text.ts), is listed
 * with its reason and the others are read.
 */
export async function readArticleFolder(
  dir: string,
  origin: ArticleInfo['origin'],
): Promise<{ files: ArticleFile[]; unreadable: UnreadableFile[] }> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], unreadable: [] };
    throw error;
  }
  const files: ArticleFile[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const file of names.filter(isArticleFileName).sort()) {
    const path = join(dir, file);
    try {
      if (!(await stat(path)).isFile()) continue;
      const decoded = decodeArticleText(await readFile(path));
      if ('refusal' in decoded) unreadable.push({ file, message: `Not read: ${decoded.refusal}` });
      else files.push({ file, path, origin, content: decoded.text });
    } catch (error) {
      unreadable.push({ file, message: `Could not read the file: ${(error as Error).message}` });
    }
  }
  return { files, unreadable };
}
