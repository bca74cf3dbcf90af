/**
 * Names in brackets right after a person's name describe the person: a constituency, a party, a
 * state or a town ("Mr Finian McGrath (Dublin North-Central) voted against …", "Jane Doe (Labour)
 * said"). They are no actors of their own, so they neither act nor stand as targets.
 */
import type { Mention } from './mention';
import type { Token } from './tokens';

/**
 * `mentions` with every name bracketed right after a person's name marked absorbed. `gap(a, b)`
 * is the text between tokens `a` and `b`.
 */
export function bracketedAsides(
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
