/**
 * A small library on disk for the service tests (with the fake extractor of fake-extractor.ts):
 * one sample file of four lines, each "Actor: act" an event, and an empty user-data folder.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewslineServiceOptions } from '../../electron/services/index';

/** An article file published on 2025-01-14 whose lines are given. */
export const article = (...lines: string[]): string =>
  `---\ntitle: T\npublished: 2025-01-14\n---\n${lines.join('\n')}\n`;

/** Creates the folders and the sample file under a new temporary root; remove `root` after. */
export async function sampleLibrary(
  prefix: string,
): Promise<{ root: string; options: NewslineServiceOptions }> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(root, 'sample'));
  await writeFile(
    join(root, 'sample', 'a.md'),
    article('Talks offered', 'Lavrov: offered talks', 'Zelensky: rejected the offer', 'Biden: called Putin'),
  );
  return { root, options: { sampleDir: join(root, 'sample'), userDataDir: join(root, 'user') } };
}
