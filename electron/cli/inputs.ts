/**
 * What the command line reads: the paths it was given, where a folder stands for its article files
 * (subfolders included), a glob for the files it matches ("news/**\/*.md", quoted so that no shell
 * limit on the number of arguments applies) and `--list FILE` for a file of paths, one per line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { IMPORT_EXTENSIONS, isImportFileName } from '../shared/limits';

/** A path to read, or one that stands for nothing, with why. */
export type InputPath = { path: string } | { path: string; problem: string };

/** Article files of a folder and its subfolders, in name order (hidden files left out). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (isImportFileName(entry.name)) out.push(path);
  }
  return out;
}

/** The paths written in a list file: one per line, blank lines and lines starting with # left out. */
export function pathsInList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
}

/** Expands the given paths (files, folders, globs) into the files to read, in the order given. */
export function expandInputs(given: string[]): InputPath[] {
  const out: InputPath[] = [];
  for (const arg of given) {
    if (isDynamicPattern(arg)) {
      const matches = globSync(arg, { onlyFiles: true, expandDirectories: false }).sort();
      if (!matches.length) out.push({ path: arg, problem: 'matches no file' });
      for (const path of matches) out.push({ path });
      continue;
    }
    let folder = false;
    try {
      folder = statSync(arg).isDirectory();
    } catch {
      // a missing or unreadable path is said when the file is read
    }
    if (!folder) {
      out.push({ path: arg });
      continue;
    }
    const files = filesUnder(arg);
    if (!files.length)
      out.push({ path: arg, problem: `a folder with no ${IMPORT_EXTENSIONS.join(', ')} files in it` });
    for (const path of files) out.push({ path });
  }
  return out;
}

/** Reads a list file (or standard input for "-") into paths, or says why it cannot. */
export function readList(file: string): { paths: string[] } | { problem: string } {
  try {
    return { paths: pathsInList(readFileSync(file === '-' ? 0 : file, 'utf8')) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      problem: `cannot read the list ${file} (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`,
    };
  }
}
