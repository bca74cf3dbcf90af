/**
 * The actor layer of a sentence: names by rule and from the gazetteer, people by role and
 * pronouns (`findMentions`), names by shape (`names`), described bodies (`described`), then the
 * definite references of the clause layer (`coreference`). In a headline, where every word is
 * capitalised, a name counts only as far as the body writes it too.
 */
import { findMentions } from './actors';
import { byEarlierBodies, byFullNames } from './article-names';
import { personAsides } from './asides';
import { noteIntroductions, referringMentions } from './coreference';
import { describedActors } from './described';
import type { ArticleRun } from './draft';
import { countryBodies, institutionBodies, nationalBodies } from './institutions';
import type { ActorContext, Mention } from './mention';
import { namesByShape } from './names';
import type { Token } from './tokens';

/** A single letter, or a party's letter and a state ("R", "D-Calif", "R-S D"). */
const PARTY_TAG = /^\p{Lu}$|^[RDI]-\p{Lu}[\p{L}. ]{0,8}$/u;

/** A capitalised word ("Rajaratnam"), not an acronym. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/**
 * ("HUF 150bn", "KD 10,000", "Vt 170 million", "Rs. 12 lakh"): a short word right before an amount
 * (`gap` is the text between two tokens) is its currency.
 */
function currencyBefore(tokens: Token[], m: Mention, gap: (a: number, b: number) => string): boolean {
  const word = tokens[m.from];
  const next = tokens[m.to];
  return (
    m.via !== 'gazetteer' &&
    m.to - m.from === 1 &&
    !!word &&
    /^\p{Lu}[\p{Lu}\p{Ll}]{1,2}$/u.test(word.text) &&
    !!next &&
    /^\d/.test(next.text) &&
    /^(?:.|\.\s)?$/s.test(gap(m.from, m.to))
  );
}

/** The actor mentions of sentence `s` (tokens `tokens`), in text order; updates `ctx`. */
export function sentenceMentions(
  run: ArticleRun,
  s: { start: number; end: number; text: string },
  tokens: Token[],
  ctx: ActorContext,
  headline: boolean,
): Mention[] {
  // in a headline every word is capitalised: a name found by its shape counts if the body writes it too
  // ("Varrow Motors Recalls 90,000 Cars": the name is as long as the body writes it)
  const inBody = (from: number, to: number): boolean =>
    ctx.text.includes(
      s.text.slice((tokens[from]?.start ?? 0) - s.start, (tokens[to - 1]?.end ?? 0) - s.start),
      s.end - run.offset,
    );
  const bodyNames = (list: Mention[]): Mention[] =>
    !headline
      ? list
      : list.flatMap((m) => {
          if (m.via === 'gazetteer') return [m];
          for (let to = m.to; to > m.from; to--)
            if (inBody(m.from, to))
              return [
                to === m.to
                  ? m
                  : {
                      ...m,
                      to,
                      name: tokens
                        .slice(m.from, to)
                        .map((t) => t.text)
                        .join(' '),
                    },
              ];
          return [];
        });
  const gap = (a: number, b: number): string =>
    s.text.slice((tokens[a]?.end ?? s.start) - s.start, (tokens[b]?.start ?? s.start) - s.start);
  const found = bodyNames(findMentions(tokens, s.text, s.start, ctx, run.tags));
  const shaped = bodyNames(namesByShape(tokens, found, run.tags, ctx.recurrent, ctx.text, gap));
  // ("Kristi Noem (R)", "Noem, R-S.D.,": a party and state after a name name no one)
  // ("the Baltimore County school board": a name with an institution's noun after it is that body;
  // "Finian McGrath (Dublin North-Central)": a name in brackets after a person's describes them,
  // and so does an address after "of")
  // ("The Supreme Court also fined the city" after "the Kelby Supreme Court ruled": the full name)
  const named = byFullNames(
    institutionBodies(
      tokens,
      nationalBodies(
        tokens,
        countryBodies(
          tokens,
          personAsides(
            tokens,
            [...found, ...shaped].filter((m) => !PARTY_TAG.test(m.name) && !currencyBefore(tokens, m, gap)),
            gap,
          ),
        ),
      ),
      run.tags,
      ctx,
    ),
    ctx,
  );
  // "Raj Rajaratnam … Rajaratnam was convicted": a person named in full is known by surname later,
  // and any word of a name is a name when it opens a later sentence alone
  if (!headline) {
    for (const m of named)
      if (!m.absorbed && m.via !== 'pronoun')
        for (const word of m.name.split(' ')) if (CAPITALISED.test(word)) ctx.recurrent.add(word);
    for (const m of named) {
      // ("Kim Seung-youn … Kim was released": a given name of two joined parts comes after the
      // family name, which goes first)
      const parts = m.name.split(' ');
      const familyFirst = parts.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(parts[1] ?? '');
      const surname = (familyFirst ? parts[0] : parts[parts.length - 1]) ?? '';
      if (
        m.kind === 'person' &&
        !m.absorbed &&
        m.via !== 'pronoun' &&
        m.name.includes(' ') &&
        !ctx.known.has(surname)
      )
        ctx.known.set(surname, { name: m.name, kind: 'person' });
    }
  }
  // ("Tarvonia's electoral commission announced … The electoral commission added …": the body
  // described before)
  const bodies = byEarlierBodies(
    describedActors(tokens, named, run.tags, s.text, s.start, ctx.lastCountry),
    ctx,
  );
  // ("the Malawi Police Force", "police in Cornwall": a name inside a described body's words, after
  // its first, is part of that body, no actor of its own; so is a country that opens it, "the Norway
  // Police Service")
  const within = (m: Mention): boolean =>
    bodies.some(
      (d) =>
        (m.from > d.from ||
          (m.from === d.from &&
            m.kind === 'country' &&
            d.to > m.to &&
            tokens.slice(m.to, d.to).every((t) => t.cap))) &&
        m.to <= d.to,
    );
  const described = [...named.filter((m) => !within(m)), ...bodies];
  noteIntroductions(tokens, described, run.tags, ctx);
  return [...described, ...referringMentions(tokens, described, run.tags, ctx, s)].sort(
    (a, b) => a.from - b.from,
  );
}
