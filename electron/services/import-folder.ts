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

/** Reads the article files of `dir` for import. */
export async function readImportFolder(dir: string): Promise<ChosenFolder> {
  const paths: string[] = [];
  const refused: Problem[] = [];
  await importPaths(dir, paths, refused, dir);
  const files: ImportFile[] = [];
  for (const path of paths.slice(0, MAX_FOLDER_FILES)) {
    const name = relative(dir, path);
    try {
      const info = await stat(path);
      if (info.size > MAX_ARTICLE_FILE_BYTES) {
        const mb = (info.size / 1024 / 1024).toFixed(1);
        refused.push({
          file: name,
          message: `Too large (${mb} MB); the limit is ${MAX_ARTICLE_FILE_LABEL} per file.`,
        });
        continue;
      }
      const decoded = decodeArticleText(await readFile(path));
      if ('refusal' in decoded) refused.push({ file: name, message: decoded.refusal });
      // the library keeps names without their folders (a name used twice gets a number)
      else
        files.push({
          name: name.split(/[\\/]/).pop() ?? name,
          content: decoded.text,
          lastModified: info.mtimeMs,
        });
    } catch (error) {
      refused.push({ file: name, message: `Could not read the file: ${(error as Error).message}` });
    }
  }
  if (paths.length > MAX_FOLDER_FILES)
    refused.push({
      file: dir,
      message: `Only the first ${MAX_FOLDER_FILES.toLocaleString('en')} of ${paths.length.toLocaleString('en')} files were taken.`,
    });
  return { files, refused };
}
