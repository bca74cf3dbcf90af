/**
 * Bodies a place or a body has, named by the name and the institution's noun written after it:
 * "the Baltimore County school board", "Elyria city council", "Rawalpindi police". The name
 * alone would make the county or the city the actor; with its noun it is the body that acted, and
 * a later "the board" or "the new board" is that body (`unnamed-subject` reads `ctx.bodies`).
 */
import { countryOfDemonym } from './gazetteer';
import { GENERIC_NAME_WORDS, INSTITUTIONS, ORG_SUFFIXES, STATE_FORMS } from './lexicon';
import type { ActorContext, Mention } from './mention';
import { isTitle } from './name-words';
import type { Tags } from './nlp';
import type { Token } from './tokens';

/** How many lower-case nouns may stand between the name and the institution ("school", "city health"). */
const MODIFIERS = 2;

/**
 * `named` with each name that an institution's noun follows ("Baltimore County" + "school board")
 * grown into that body, named as written (or as the article named it in full before). A person's
 * name (unless read by its shape alone), a possessive ("Apple's board") and a name that goes on as
 * a compound ("the county council elections") are left as they are.
 */
export function institutionBodies(
  tokens: Token[],
  named: Mention[],
  tags: Tags,
  ctx: ActorContext,
): Mention[] {
  const starts = new Set(named.map((m) => m.from));
  return named.map((m) => {
    // (a name read as a person's by its shape alone may be a place's: "Baltimore County")
    if (m.absorbed || m.via === 'pronoun' || (m.kind === 'person' && m.via !== 'shape')) return m;
    if (tokens[m.to - 1]?.possessive) return m;
    let k = m.to;
    // (a describing word counts: "the Kelby military court", "Tarvo regional council")
    while (
      k < m.to + MODIFIERS &&
      isModifier(tokens, tags, k, true) &&
      !INSTITUTIONS.has(tokens[k]?.key ?? '')
    )
      k++;
    const head = tokens[k];
    if (!head || !INSTITUTIONS.has(head.key) || !isModifier(tokens, tags, k) || starts.has(k)) return m;
    // ("the county council elections": the noun phrase goes on, the body is not its head)
    const after = tokens[k + 1];
    if (after && after.start - head.end <= 1 && tags.at(after.start) === 'NOUN') return m;
    const words = tokens.slice(m.from, k + 1).map((t, j) => (m.from + j < m.to ? t.text : t.key));
    // ("the Hartford board" after "the Hartford Board of Education": the body named in full before)
    const before = ctx.described.get(head.key);
    return {
      ...m,
      to: k + 1,
      name: before?.startsWith(`${words[0] ?? ''} `) ? before : words.join(' '),
      kind: 'organization',
      via: 'description',
      head: head.key,
    };
  });
}

/**
 * Token `k` is a lower-case noun (or, with `describing`, an adjective) right after the token
 * before it (one space, no punctuation).
 */
export function isModifier(tokens: Token[], tags: Tags, k: number, describing = false): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  if (!t || !prev || t.cap || t.start - prev.end > 1 || !/^\p{Ll}+$/u.test(t.text)) return false;
  const tag = tags.at(t.start);
  return tag === 'NOUN' || (describing && tag === 'ADJ');
}

/** True when every word of a body's name is one that bodies of every country bear ("High Court"). */
function genericBody(name: string): boolean {
  const words = name.toLowerCase().split(' ');
  return words.every((w) => GENERIC_NAME_WORDS.has(w) || INSTITUTIONS.has(w) || ORG_SUFFIXES.has(w));
}

/**
 * `named` with each country written right before an organisation's name grown into one body named
 * as written: "Kenya Airways", "Botswana Railways", "Qatar Airways" are companies, not the
 * country and a body of that name (after a title, a person: "Judge Kenya Romero"). A possessive
 * country ("Egypt's Suez Canal Authority") owns the body and stays apart. A country written after a
 * body's name and "of" ends that name.
 */
export function countryBodies(tokens: Token[], named: Mention[]): Mention[] {
  const joined = new Map<Mention, Mention>();
  for (const m of named) {
    const next = named.find((x) => x.from === m.to && !x.absorbed && x.via !== 'pronoun');
    const last = tokens[m.to - 1];
    const first = next && tokens[next.from];
    if (m.kind !== 'country' || m.absorbed || next?.kind !== 'organization' || !last || !first) continue;
    if (first.start - last.end !== 1) continue;
    // ("Latvia's Supreme Court": a name every country's body may bear is that country's body, named
    // by both; "Egypt's Suez Canal Authority" is a name of its own, which the country only owns)
    if (last.possessive) {
      if (next.via === 'gazetteer' || !genericBody(next.name)) continue;
      const country = tokens
        .slice(m.from, m.to)
        .map((t) => t.text)
        .join(' ')
        .replace(/['’]s?$/, '');
      joined.set(m, { ...next, from: m.from, name: `${country} ${next.name}`, via: 'rule', weak: false });
      joined.set(next, m);
      continue;
    }
    // (a body's name written with "&" keeps it: "Varna Land & Sea")
    const words = next.name.includes(' & ')
      ? [...tokens.slice(m.from, m.to).map((t) => t.text), next.name]
      : tokens.slice(m.from, next.to).map((t) => t.text);
    // ("Judge Kenya Romero": after a title, the country's name is a person's given name)
    const kind = isTitle(tokens[m.from - 1]) ? 'person' : 'organization';
    joined.set(m, { ...next, from: m.from, name: words.join(' '), kind, via: 'rule', weak: false });
    joined.set(next, m);
  }
  // ("the Allied Dockworkers of Norway", "the High Court of the Netherlands": a body's name that
  // goes on with "of" and a country ends on the country, which is no actor of its own)
  const dropped = new Set<Mention>();
  const longNames = new Map<Mention, Mention>();
  for (const m of named) {
    const stateForm = STATE_FORMS.has(m.name.toLowerCase());
    if (
      m.kind !== 'organization' ||
      m.absorbed ||
      (m.weak && !stateForm) ||
      m.via === 'pronoun' ||
      m.via === 'description'
    )
      continue;
    if (joined.has(m)) continue;
    const of = m.to;
    const at = tokens[of + 1]?.key === 'the' ? of + 2 : of + 1;
    const country = named.find((x) => x.from === at && x.kind === 'country' && !x.absorbed);
    if (tokens[of]?.key !== 'of' || !country || joined.has(country) || dropped.has(country)) continue;
    const last = tokens[country.to - 1];
    const written = tokens.slice(m.from, country.to);
    if (!last || last.possessive || tokens[country.to]?.cap) continue;
    // (a name as written, of two words or a body's word: not "the Constitution of …", nor a name
    // the article gave a word of it before)
    const words = m.name.split(' ');
    if (words[words.length - 1] !== tokens[m.to - 1]?.text) continue;
    // ("the Kingdom of Lesotho", "the Principality of Monaco": the state's long name is the country)
    if (stateForm) {
      longNames.set(m, { ...country, from: m.from });
      dropped.add(country);
      continue;
    }
    if (
      words.length < 2 &&
      !words.some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || INSTITUTIONS.has(w.toLowerCase()))
    )
      continue;
    if (written.some((t, k) => k > 0 && t.start - (written[k - 1] as Token).end !== 1)) continue;
    const name = [m.name, ...tokens.slice(of, country.to).map((t) => t.text)].join(' ');
    joined.set(m, { ...m, to: country.to, name });
    dropped.add(country);
  }
  // (the country takes the grown body's place; the body it absorbed drops out)
  return named.flatMap((m) => {
    const grown = joined.get(m);
    if (dropped.has(m)) return [];
    const state = longNames.get(m);
    if (state) return [state];
    if (!grown) return [m];
    return grown.kind === 'country' ? [] : [grown];
  });
}

/** Last words of a body's name besides the organisations' endings: broadcasters, churches, railways. */
const NATIONAL_BODY_ENDS = new Set(['radio', 'television', 'broadcasting', 'church', 'railways', 'railway']);

/**
 * `named` with each body's name that a nationality opens grown over it: "Turkish Airlines",
 * "the Danish People's Party", "Norwegian Radio" are the bodies' names, not "Airlines", "People's
 * Party" and "Radio" (nor the nationality a name of its own, as its shape alone made it). A name
 * the gazetteer knows keeps its canonical form, and a nationality that is a word of another name,
 * or stands apart from the name (a comma, a line), is left alone.
 */
export function nationalBodies(tokens: Token[], named: Mention[]): Mention[] {
  const grown = new Map<Mention, Mention>();
  const dropped = new Set<Mention>();
  for (const m of named) {
    if (m.kind !== 'organization' || m.absorbed || m.via === 'gazetteer' || m.via === 'pronoun') continue;
    const nationality = tokens[m.from - 1];
    const first = tokens[m.from];
    // (the name's own last word, or a company's ending its name drops, "Co.": in "the Danish QRV
    // agency" the nationality goes with the noun)
    const end = tokens[m.to - 1];
    const ends = [m.name.split(' ').pop() ?? '', end?.cap ? end.key : ''].map((w) =>
      w.toLowerCase().replace(/[’']s?$/, ''),
    );
    if (!nationality?.cap || !first || first.start - nationality.end !== 1) continue;
    if (!countryOfDemonym(nationality.key) || nationality.possessive) continue;
    if (!ends.some((w) => ORG_SUFFIXES.has(w) || NATIONAL_BODY_ENDS.has(w))) continue;
    const over = named.filter((x) => x !== m && x.from <= m.from - 1 && m.from - 1 < x.to);
    if (over.some((x) => x.via !== 'shape' || x.from !== m.from - 1 || x.to !== m.from)) continue;
    for (const x of over) dropped.add(x);
    grown.set(m, { ...m, from: m.from - 1, name: `${nationality.text} ${m.name}` });
  }
  return named.flatMap((m) => (dropped.has(m) ? [] : [grown.get(m) ?? m]));
}
