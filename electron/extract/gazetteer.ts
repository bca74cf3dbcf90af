/**
 * The actor gazetteer (assets/actors.json): canonical names, kinds, aliases, affiliations.
 * Lookup is by word keys, so possessives ("Lavrov’s") and lower-case spellings ("lavrov") match;
 * short acronyms and names that are also common words match only as written ("US", "WHO", "Turkey").
 */
// the library without its 80 languages (the package's Node entry loads them all): English is registered below
import countries from 'i18n-iso-countries/index.js';
import english from 'i18n-iso-countries/langs/en.json';
import data from '../../assets/actors.json';
import demonymTable from '../../assets/demonyms.json';
import type { ActorKind, GazetteerActor } from '../shared/model';
import { hasUpper } from './letter-case';
import { keysOf } from './tokens';

/** A gazetteer entry; countries may list demonyms ("Russian") used in "Russian officials" etc. */
export interface GazetteerEntry extends GazetteerActor {
  demonyms?: string[];
  /** A country's capitals ("Moscow"): its government, but the city where named as a place gone to or from. */
  capitals?: string[];
}

/** One alias of the index: its word keys, and the exact words when it must match as written. */
export interface AliasEntry {
  keys: string[];
  /** Words that must match as written (an empty string: any case). */
  exact?: string[];
  /** A name written with "&" or an inner "'s" ("Standard & Poor's 500"): its words as written. */
  written?: string;
  /** The alias is the country's capital. */
  capital?: boolean;
  actor: GazetteerEntry;
}

const COMMON_WORD_NAMES = new Set([
  'west',
  'turkey',
  'georgia',
  'chad',
  'jordan',
  'china',
  'holland',
  'america',
  'jersey',
  'guernsey',
  'guinea',
]);

/** A phrase folded for comparison as written: lower case, one kind of apostrophe, single spaces. */
export const writtenForm = (phrase: string): string =>
  phrase.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

function buildIndex(entries: GazetteerEntry[]): Map<string, AliasEntry[]> {
  const index = new Map<string, AliasEntry[]>();
  const add = (alias: string, actor: GazetteerEntry, capital = false): void => {
    const keys = keysOf(alias);
    if (!keys.length || !keys[0]) return;
    const letters = alias.replace(/[^\p{L}]/gu, '');
    // short acronyms match as written; a common word in a name ("the West", "Turkey") only capitalised
    const words = alias.split(/\s+/);
    const exact =
      letters.length <= 3
        ? words
        : words.some((w) => COMMON_WORD_NAMES.has(w.toLowerCase()) && /^\p{Lu}/u.test(w))
          ? words.map((w) => (COMMON_WORD_NAMES.has(w.toLowerCase()) ? w : ''))
          : undefined;
    const written = /&|['’]s\s/.test(alias) ? writtenForm(alias) : undefined;
    const entry: AliasEntry = {
      keys,
      actor,
      ...(exact ? { exact } : {}),
      ...(written ? { written } : {}),
      ...(capital ? { capital } : {}),
    };
    const list = index.get(keys[0]) ?? [];
    list.push(entry);
    list.sort((a, b) => b.keys.length - a.keys.length);
    index.set(keys[0], list);
  };
  for (const actor of entries) {
    add(actor.name, actor);
    for (const alias of actor.aliases) add(alias, actor);
    for (const city of actor.capitals ?? []) add(city, actor, true);
  }
  return index;
}

const CURATED: GazetteerEntry[] = (data as { actors: GazetteerEntry[] }).actors;

/** A country's bodies, which stand for it when named by its demonym ("Chilean officials"). */
const STATE_BODIES = [
  'government',
  'officials',
  'leaders',
  'authorities',
  'embassy',
  'foreign ministry',
  'ministry',
  'military',
  'army',
  'armed forces',
  'forces',
  'troops',
  'navy',
  'police',
  'diplomats',
  'negotiators',
  'delegation',
];

/** English demonyms by ISO alpha-2 code ("CL": ["Chilean"]), from world-countries (scripts/build-demonyms.ts). */
const DEMONYMS_BY_CODE: Record<string, string[] | undefined> = demonymTable;

/**
 * Every country of ISO 3166 (i18n-iso-countries' English names) that the curated list lacks, so a
 * country is a country in any story ("the government of Bangladesh"), not an organisation found
 * by shape; with its demonyms (world-countries) and its bodies named by them ("Thai police").
 * Official long forms ("Korea, Republic of") are left out; the common name leads.
 */
function isoCountries(known: readonly GazetteerEntry[]): GazetteerEntry[] {
  countries.registerLocale(english);
  const taken = new Set(
    known.flatMap((a) => [a.name, ...a.aliases, ...(a.capitals ?? [])]).map((n) => n.toLowerCase()),
  );
  const knownDemonyms = new Set(known.flatMap((a) => a.demonyms ?? []).map((d) => d.toLowerCase()));
  const out: GazetteerEntry[] = [];
  for (const [code, names] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const usable = names.filter((n) => !/[,()]/.test(n) && n.length > 3);
    const [name, ...aliases] = usable;
    if (!name || usable.some((n) => taken.has(n.toLowerCase()))) continue;
    const own = (DEMONYMS_BY_CODE[code] ?? []).filter((d) => !knownDemonyms.has(d.toLowerCase()));
    for (const d of own) knownDemonyms.add(d.toLowerCase());
    const bodies = own.flatMap((d) => STATE_BODIES.map((b) => `${d} ${b}`));
    out.push({
      name,
      kind: 'country',
      aliases: [...aliases, ...bodies],
      ...(own.length ? { demonyms: own } : {}),
    });
  }
  return out;
}

const ENTRIES: GazetteerEntry[] = [...CURATED, ...isoCountries(CURATED)];
const BY_NAME = new Map(ENTRIES.map((a) => [a.name.toLowerCase(), a]));
const DEMONYMS = new Map<string, GazetteerEntry>();
for (const a of ENTRIES) for (const d of a.demonyms ?? []) DEMONYMS.set(d.toLowerCase(), a);

/** Alias index: first word key → aliases starting with it, longest first. */
export const ALIAS_INDEX = buildIndex(ENTRIES);

/** All gazetteer entries. */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  return ENTRIES;
}

/** The gazetteer entry for a canonical name or alias (any case), if any. */
export function lookupActor(name: string): GazetteerEntry | undefined {
  const direct = BY_NAME.get(name.toLowerCase());
  if (direct) return direct;
  const keys = keysOf(name);
  const candidates = ALIAS_INDEX.get(keys[0] ?? '') ?? [];
  return candidates.find((c) => c.keys.length === keys.length && c.keys.every((k, i) => k === keys[i]))
    ?.actor;
}

/** The country whose demonym this word is ("Russian" → Russia), if any. */
export function countryOfDemonym(word: string): GazetteerEntry | undefined {
  return DEMONYMS.get(word) ?? (hasUpper(word) ? DEMONYMS.get(word.toLowerCase()) : undefined);
}

/**
 * Kind and affiliation to list an actor under: the gazetteer's when it knows the name, else the
 * kind the extractor gave it (organization when none is known).
 */
export function actorProfile(
  name: string,
  fallbackKind?: ActorKind,
): { kind: ActorKind; affiliation?: string } {
  const entry = lookupActor(name);
  if (entry) return { kind: entry.kind, ...(entry.affiliation ? { affiliation: entry.affiliation } : {}) };
  return { kind: fallbackKind ?? 'organization' };
}
