/**
 * The article files of a folder chosen for import in the desktop app (subfolders included, in
 * name order), read as text; the files that cannot be articles are listed with why, unread when
 * their size already says so. The page imports them as it imports files dropped on it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ChosenFolder, ImportFile } from '../shared/contract';
import type { Problem } from '../shared/model';
import { isImportFileName, MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILE_LABEL } from '../shared/limits';
import { decodeArticleText } from './article-text';
import { mapAhead } from './map-ahead';

/** Most files taken from one folder (a folder of more is cut there, and the page says so). */
export const MAX_FOLDER_FILES = 100_000;

/** Paths of the import files under `dir`, in name order, subfolders after the files beside them. */
async function importPaths(dir: string, found: string[], refused: Problem[], root: string): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    refused.push({
      file: relative(root, dir) || dir,
      message: `Could not read the folder: ${(error as Error).message}`,
    });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) if (e.isFile() && isImportFileName(e.name)) found.push(join(dir, e.name));
  for (const e of entries)
    if (e.isDirectory() && !e.name.startsWith('.'))
      await importPaths(join(dir, e.name), found, refused, root);
}

/** Files read at once (the disk answers several reads at a time faster than one after another). */
const READS_AT_ONCE = 16;

/** One file of the folder read for import, or why it cannot be imported. */
async function readImportFile(path: string, name: string): Promise<ImportFile | Problem> {
  try {
    const info = await stat(path);
    if (info.size > MAX_ARTICLE_FILE_BYTES) {
      const mb = (info.size / 1024 / 1024).toFixed(1);
      return {
        file: name,
        message: `Too large (${mb} MB); the limit is ${MAX_ARTICLE_FILE_LABEL} per file.`,
      };
    }
    const decoded = decodeArticleText(await readFile(path));
    if ('refusal' in decoded) return { file: name, message: decoded.refusal };
    // the library keeps names without their folders (a name used twice gets a number)
    return { name: name.split(/[\\/]/).pop() ?? name, content: decoded.text, lastModified: info.mtimeMs };
  } catch (error) {
    return { file: name, message: `Could not read the file: ${(error as Error).message}` };
  }
}

/** Reads the article files of `dir` for import. */
export async function readImportFolder(dir: string): Promise<ChosenFolder> {
  const paths: string[] = [];
  const refused: Problem[] = [];
  await importPaths(dir, paths, refused, dir);
  const files: ImportFile[] = [];
  const taken = paths.slice(0, MAX_FOLDER_FILES);
  for await (const read of mapAhead(taken, READS_AT_ONCE, (path) =>
    readImportFile(path, relative(dir, path)),
  ))
    if ('message' in read) refused.push(read);
    else files.push(read);
  if (paths.length > MAX_FOLDER_FILES)
    refused.push({
      file: dir,
      message: `Only the first ${MAX_FOLDER_FILES.toLocaleString('en')} of ${paths.length.toLocaleString('en')} files were taken.`,
    });
  return { files, refused };
}
