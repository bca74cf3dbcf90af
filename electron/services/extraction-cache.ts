import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleFileInput, FileExtraction } from '../extract/index';
import { writeFileAtomic } from './atomic-write';

/** Extraction results on disk, one JSON file per input, named by the hash of everything that shapes it. */
export interface ExtractionCache {
  /** The key of an input: changes with its content, name, origin, date and the extractor's version. */
  keyOf(input: ArticleFileInput): string;
  get(key: string): Promise<FileExtraction | undefined>;
  put(key: string, result: FileExtraction): Promise<void>;
  /** Deletes every entry whose key is not in `keep` (results of older extractors, removed files). */
  prune(keep: ReadonlySet<string>): Promise<void>;
}

const isExtraction = (value: unknown): value is FileExtraction =>
  typeof value === 'object' &&
  value !== null &&
  Array.isArray((value as FileExtraction).articles) &&
  Array.isArray((value as FileExtraction).events) &&
  Array.isArray((value as FileExtraction).problems);

/** Opens (creating if needed) the cache kept in `dir` for results of extractor `version`. */
export async function openExtractionCache(dir: string, version: string): Promise<ExtractionCache> {
  await mkdir(dir, { recursive: true });
  const pathOf = (key: string): string => join(dir, `${key}.json`);
  return {
    keyOf(input) {
      const hash = createHash('sha256');
      for (const part of [version, input.origin, input.file, input.published ?? '', input.content]) {
        hash.update(part).update('\0');
      }
      return hash.digest('hex');
    },
    async get(key) {
      try {
        const parsed: unknown = JSON.parse(await readFile(pathOf(key), 'utf8'));
        return isExtraction(parsed) ? parsed : undefined;
      } catch {
        return undefined; // missing or unreadable: extract again
      }
    },
    async put(key, result) {
      await writeFileAtomic(pathOf(key), JSON.stringify(result));
    },
    async prune(keep) {
      for (const name of await readdir(dir)) {
        const key = name.replace(/\.json$/, '');
        if (name.endsWith('.json') && !keep.has(key)) await rm(join(dir, name), { force: true });
      }
    },
  };
}
