/**
 * Names in brackets right after a person's name describe the person: a constituency, a party, a
 * state or a town ("Mr Finian McGrath (Dublin North-Central) voted against …", "Jane Doe (Labour)
 * said"); so does an address after "of". They are no actors of their own, so they neither act nor
 * stand as targets.
 */
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * `mentions` with every name bracketed right after a person's name marked absorbed. `gap(a, b)`
 * is the text between tokens `a` and `b`.
 */
function bracketedAsides(
  tokens: Token[],
  mentions: Mention[],
  gap: (a: number, b: number) => string,
): Mention[] {
  return mentions.map((m) => {
    if (m.absorbed || m.from === 0) return m;
    const person = mentions.find((p) => p.to === m.from && p.kind === 'person' && !p.absorbed);
    if (!person || !/^\s*\(\s*$/.test(gap(m.from - 1, m.from))) return m;
    const after = m.to < tokens.length ? gap(m.to - 1, m.to) : ')';
    return /^\s*\)/.test(after) ? { ...m, absorbed: true } : m;
  });
}

/**
 * `mentions` with the names of a person's address marked absorbed, as court and council reports
 * write it after the name: "of", a street or a house, a comma and a town ("Tor Berg, 44, of Kelby
 * Gardens, Varna was sentenced", "Ana Lund of Berg Court, Tarvo, says"). The street and the town
 * neither act nor stand as targets.
 */
function addressAsides(
  tokens: Token[],
  mentions: Mention[],
  gap: (a: number, b: number) => string,
): Mention[] {
  const spans: [number, number][] = [];
  for (const p of mentions) {
    if (p.kind !== 'person' || p.absorbed || p.via === 'pronoun') continue;
    let k = p.to;
    // (an age between commas: "Tor Berg, 44, of …")
    if (/^\d{1,3}$/.test(tokens[k]?.text ?? '') && /^,\s$/.test(gap(k - 1, k)) && /^,\s$/.test(gap(k, k + 1)))
      k++;
    if (tokens[k]?.key !== 'of' || !/^,?\s$/.test(gap(k - 1, k))) continue;
    let j = tokens[k + 1]?.key === 'the' ? k + 2 : k + 1;
    const street = j;
    while (tokens[j]?.cap && (j === street || gap(j - 1, j) === ' ')) j++;
    if (j === street || !tokens[j]?.cap || !/^,\s$/.test(gap(j - 1, j))) continue;
    j++;
    while (tokens[j]?.cap && gap(j - 1, j) === ' ') j++;
    spans.push([k, j]);
  }
  return mentions.map((m) =>
    spans.some(([a, b]) => m.from > a && m.to <= b) ? { ...m, absorbed: true } : m,
  );
}

/**
 * `mentions` with the names that describe a person, written beside the name, marked absorbed: in
 * brackets right after it, or the address after "of".
 */
export function personAsides(
  tokens: Token[],
  mentions: Mention[],
  gap: (a: number, b: number) => string,
): Mention[] {
  return addressAsides(tokens, bracketedAsides(tokens, mentions, gap), gap);
}
