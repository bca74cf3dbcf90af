/**
 * Organisations named short after their full name: "The Kelby Supreme Court ruled … The Supreme
 * Court also fined the city" is one court. An organisation's name of two or more words that ends
 * the name of one the article named before (and of no other) is that one.
 */
import type { ActorContext, Mention } from './mention';

/** A mention that names an organisation as written (not a pronoun, not absorbed into another name). */
const namesOrganisation = (m: Mention): boolean =>
  m.kind === 'organization' && !m.absorbed && m.via !== 'pronoun';

/**
 * `named` with each short name of an organisation the article named in full before turned into
 * that full name; then the names of this sentence are noted for the sentences after it.
 */
export function byFullNames(named: Mention[], ctx: ActorContext): Mention[] {
  const out = named.map((m) => {
    // (a name the gazetteer knows is already the one every article shares: "Federal Reserve")
    if (!namesOrganisation(m) || m.via === 'gazetteer' || !m.name.includes(' ')) return m;
    const full = ctx.fullNames.get(m.name.toLowerCase());
    return full && full.name !== m.name ? { ...m, name: full.name, kind: full.kind } : m;
  });
  for (const m of out) {
    if (!namesOrganisation(m)) continue;
    const words = m.name.split(' ');
    // ("Bank of America": its last words "of America" name nothing; a short name opens with a capital)
    for (let k = 1; k <= words.length - 2; k++) {
      if (!/^\p{Lu}/u.test(words[k] ?? '')) continue;
      const key = words.slice(k).join(' ').toLowerCase();
      const before = ctx.fullNames.get(key);
      if (before === undefined) ctx.fullNames.set(key, { name: m.name, kind: m.kind });
      else if (before && before.name !== m.name) ctx.fullNames.set(key, null);
    }
  }
  return out;
}
