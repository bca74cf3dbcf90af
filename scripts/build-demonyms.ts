/**
 * Writes assets/demonyms.json: the English demonyms of every country by ISO alpha-2 code, taken
 * from the world-countries data set ("CL": ["Chilean"]). The extractor reads the small file rather
 * than the 1.4 MB data set, so a worker starts fast. Run after upgrading world-countries:
 *   npm run build:demonyms
 * (tests/extract/demonyms.test.ts fails when the file and the data set disagree).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import worldCountries from 'world-countries';

/** Demonyms by code, codes in order, each list without repeats or short forms. */
export function demonymTable(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of [...worldCountries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
    const eng = c.demonyms['eng'];
    const list = eng
      ? [...new Set([eng.m, eng.f].flatMap((d) => d.split(/,\s*/)))].filter((d) => d.length > 3)
      : [];
    if (list.length) out[c.cca2] = list;
  }
  return out;
}

export const DEMONYMS_PATH = fileURLToPath(new URL('../assets/demonyms.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(DEMONYMS_PATH, `${JSON.stringify(demonymTable(), null, 2)}\n`);
  console.log(`wrote ${DEMONYMS_PATH}`);
}
