/**
 * Organisation and gazetteer names, the first steps of `findMentions`: organisation words with
 * "of" ("Bank of America Corporation") and the gazetteer's names and aliases. Also how an
 * organisation's name is written (its legal suffixes dropped) and the nouns of it remembered for
 * later references ("Geophysical Institute" → "the institute"), which `name-rules` uses too.
 */
import { ALIAS_INDEX, writtenForm, type GazetteerEntry } from './gazetteer';
import { givenFirst } from './given-names';
import {
  DAY_OR_MONTH,
  NOT_NAMES,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_TITLES,
  REGION_WORDS,
  STRIP_SUFFIXES,
} from './lexicon';
import type { ActorContext, MentionScan } from './mention';
import { ownedBody } from './names';
import { bareText, type Token } from './tokens';

/** Common nouns that name what an organisation is when written after its name ("the CFDT union"). */
export const ORG_HEADS =
  /^(?:party|union|group|company|firm|club|agency|bank|team|council|association|institute|network|airline|movement|alliance|coalition|ministry|commission|committee|federation|league|foundation|university|court|board|index|exchange)$/;

/** An organisation's name as written, without legal suffixes ("Inc.") or a leading "the". */
export function canonicalOrg(words: string[]): string {
  const w = [...words];
  // ("Kelby Tool Co" → "Kelby Tool"; "Kelby & Co" keeps its "& Co")
  while (
    w.length > 1 &&
    w[w.length - 2] !== '&' &&
    STRIP_SUFFIXES.has((w[w.length - 1] ?? '').toLowerCase().replace(/\.$/, ''))
  )
    w.pop();
  while (w.length > 1 && /^(?:the|The)$/.test(w[0] ?? '')) w.shift();
  return w.join(' ').replace(/ - /g, '-');
}

/** Remembers the nouns of an organisation's name ("Geophysical Institute" → "the institute"). */
export function describe(ctx: ActorContext, name: string, noun?: string, written?: string[]): void {
  if (noun) ctx.described.set(noun, name);
  for (const w of written ?? name.split(/\s+/)) {
    const key = w.toLowerCase();
    if (ORG_HEADS.test(key) || (ORG_SUFFIXES.has(key) && ORG_NOUNS.test(key))) ctx.described.set(key, name);
  }
}

/** The gazetteer alias that starts at token `i`, if any, and how many tokens it covers. */
function matchGazetteer(
  tokens: Token[],
  i: number,
  text: string,
  offset: number,
): { n: number; actor: GazetteerEntry; capital?: boolean } | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  for (const alias of ALIAS_INDEX.get(first.key) ?? []) {
    const n = alias.keys.length;
    if (i + n > tokens.length) continue;
    if (alias.written) {
      // "Standard & Poor's 500": the words as written, "&" and "'s" included
      const last = tokens[i + n - 1];
      const span = last ? text.slice(first.start - offset, last.end - offset) : '';
      if (writtenForm(span) === alias.written) return { n, actor: alias.actor };
      continue;
    }
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const t = tokens[i + k];
      if (!t || t.key !== alias.keys[k]) ok = false;
      else if (k < n - 1 && t.possessive) ok = false;
      else if (k > 0) {
        const gap = text.slice((tokens[i + k - 1]?.end ?? 0) - offset, t.start - offset);
        if (!/^\s*$/.test(gap)) ok = false;
      }
    }
    if (!ok) continue;
    // ("US$30 million", "HK$5": a country's letters joined to a currency sign name its money)
    const end = tokens[i + n - 1]?.end ?? 0;
    if (/^[$€£¥]/.test(text.slice(end - offset, end - offset + 1))) continue;
    if (alias.exact) {
      const exact = alias.exact;
      const written = tokens.slice(i, i + n).map((t) => bareText(t));
      if (written.some((w, k) => exact[k] && w !== exact[k])) continue;
    }
    return { n, actor: alias.actor, ...(alias.capital ? { capital: true } : {}) };
  }
  return undefined;
}

/** Bodies whose name goes on with "on" and their field. */
const MEETING_BODIES = /^(?:committee|subcommittee|commission|council|panel|board)$/;

/**
 * 0. "Bank of America Corporation", "Ministry of Defence": an organisation word, "of", a name; "the
 * Varna Centres for Soil Control and Prevention", "Office for Rail Safety": or "for".
 */
export function orgOfNames(scan: MentionScan): void {
  const { tokens, text, offset, ctx, mark, gap: gapText } = scan;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i];
    // ("Committee on Foreign Relations", "Commission on Human Rights": "on" after a body that meets)
    const link = tokens[i + 1]?.text;
    const linked =
      link === 'of' ||
      link === 'for' ||
      (link === 'on' && MEETING_BODIES.test(head?.key ?? '') && !DAY_OR_MONTH.test(tokens[i + 2]?.key ?? ''));
    // ("the Kelby Fund for Tor Berg": "for" a person or a title goes on to no field)
    const field = tokens[i + 2];
    const forPerson =
      link === 'for' && (PERSON_TITLES.has(field?.key ?? '') || givenFirst(field?.text ?? '', ctx.text));
    const body = !!head && !forPerson && ORG_SUFFIXES.has(head.key);
    if (!head?.cap || !body || !linked || !tokens[i + 2]?.cap) continue;
    if (gapText(i, i + 1) !== ' ' || gapText(i + 1, i + 2) !== ' ') continue;
    if (matchGazetteer(tokens, i, text, offset)) continue;
    let from = i;
    // (over a possessive only where it opens the name: "Workers' Fund for …", not "Kelby's Centre")
    while (
      from > 0 &&
      tokens[from - 1]?.cap &&
      gapText(from - 1, from) === ' ' &&
      (ownedBody(tokens, from - 1, gapText) ||
        (!tokens[from - 1]?.possessive && !NOT_NAMES.has(tokens[from - 1]?.key ?? '')))
    )
      from--;
    let to = i + 3;
    for (;;) {
      while (
        to < tokens.length &&
        tokens[to]?.cap &&
        gapText(to - 1, to) === ' ' &&
        !tokens[to - 1]?.possessive
      )
        to++;
      // ("the Ministry of Transport and Communications", "Department of Health and Human
      // Services": the body's field goes on after "and" with a capital that names no one)
      const next = tokens[to + 1];
      const joins = tokens[to]?.key === 'and' || tokens[to]?.text === '&';
      if (
        !joins ||
        !next?.cap ||
        PERSON_TITLES.has(next.key) ||
        givenFirst(next.text, ctx.text) ||
        tokens[to - 1]?.possessive
      )
        break;
      if (gapText(to - 1, to) !== ' ' || gapText(to, to + 1) !== ' ') break;
      to += 2;
    }
    const words = tokens.slice(from, to).map((t, k, all) => (k === all.length - 1 ? bareText(t) : t.text));
    const name = canonicalOrg(words);
    mark({ from, to, name, kind: 'organization', via: 'rule' });
    ctx.known.set(name, { name, kind: 'organization' });
    describe(ctx, name);
    i = to - 1;
  }
}

/** True when the word at `i` ends a run of capitalised words that opens on a common given name. */
function endsPersonName(scan: MentionScan, i: number): boolean {
  const { tokens, gap, ctx } = scan;
  let from = i;
  while (
    from > 0 &&
    i - from < 3 &&
    tokens[from - 1]?.cap &&
    !tokens[from - 1]?.possessive &&
    gap(from - 1, from) === ' '
  )
    from--;
  return from < i && givenFirst(tokens[from]?.text ?? '', ctx.text);
}

/** 1. Names and aliases of the gazetteer. */
export function gazetteerNames(scan: MentionScan): void {
  const { tokens, text, offset, ctx, used, mark } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const hit = matchGazetteer(tokens, i, text, offset);
    if (!hit) continue;
    // "Richard Kofi Jordan", "Michael Jordan … Jordan said": a country's one-word name that ends a
    // person's name, or is the surname of a person the article named, is the person
    if (
      hit.actor.kind === 'country' &&
      hit.n === 1 &&
      (ctx.known.get(tokens[i]?.text ?? '')?.kind === 'person' || endsPersonName(scan, i))
    )
      continue;
    // "Latin America", "New Mexico", "Western Australia": a country's name after a capitalised word
    // of direction names a region or another place, neither the country nor an actor
    const prev = tokens[i - 1];
    if (
      hit.actor.kind === 'country' &&
      prev?.cap &&
      !used[i - 1] &&
      REGION_WORDS.has(prev.key) &&
      (tokens[i]?.start ?? 0) - prev.end === 1
    ) {
      const name = tokens
        .slice(i - 1, i + hit.n)
        .map((t) => bareText(t))
        .join(' ');
      mark({ from: i - 1, to: i + hit.n, name, kind: 'country', via: 'gazetteer', absorbed: true });
      i += hit.n - 1;
      continue;
    }
    // "Radio Estonia", "Transit Norway", "Air Kelby": a capitalised word written just before a
    // country's name makes one body's name with it (left to the name rules), not the country
    if (hit.actor.kind === 'country' && prev && joinsName(scan, i)) continue;
    mark({
      from: i,
      to: i + hit.n,
      name: hit.actor.name,
      kind: hit.actor.kind,
      via: 'gazetteer',
      ...(hit.capital ? { capital: true } : {}),
    });
    if (hit.actor.kind === 'organization')
      describe(
        ctx,
        hit.actor.name,
        undefined,
        tokens.slice(i, i + hit.n).map((t) => t.text),
      );
    i += hit.n - 1;
  }
}

/**
 * True when the word before token `i` (a country's name) opens a body's name with it: capitalised,
 * one space before, neither a title, a word of direction, a day or month nor an ordinary word; at a
 * sentence's start only a noun ("Across Canada", "Visiting China" are none).
 */
function joinsName(scan: MentionScan, i: number): boolean {
  const { tokens, used } = scan;
  const prev = tokens[i - 1];
  const at = tokens[i];
  if (!prev || !at || !prev.cap || used[i - 1] || prev.possessive || at.start - prev.end !== 1) return false;
  if (NOT_NAMES.has(prev.key) || PERSON_TITLES.has(prev.key) || REGION_WORDS.has(prev.key)) return false;
  if (DAY_OR_MONTH.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return false;
  if (i - 1 > 0) return true;
  const pos = scan.tags?.at(prev.start);
  return pos === 'PROPN' || pos === 'NOUN';
}

/** "the Druk Phuensum Tshogpa (DPT) party": a body's noun after the bracketed letters that end its name at `j`. */
export function letteredBody(
  tokens: Token[],
  j: number,
  afterGap: string,
  gap: (a: number, b: number) => string,
): boolean {
  const letters = tokens[j];
  return (
    !!letters &&
    /^\s*\(\s*$/.test(afterGap) &&
    /^\p{Lu}{2,}$/u.test(letters.text) &&
    /^\)\s+$/.test(gap(j, j + 1)) &&
    ORG_HEADS.test(tokens[j + 1]?.key ?? '')
  );
}
