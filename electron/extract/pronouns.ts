/**
 * Pronouns and definite references, the last step of `findMentions`: "he" and "she" for the person
 * who fits, "his lawyer" for who acts for that person, "its shares", "It said" and "they" for the
 * organisation or group that acted last, "the company" and "the institute" for the body introduced
 * with that noun.
 */
import type { MentionScan } from './mention';
import { firmBefore } from './coreference';
import { countryOfDemonym } from './gazetteer';
import { agrees, pronounGender } from './gender';
import { FIGURE_NOUNS, RELATION_NOUNS } from './lexicon';
import { namesPeople } from './person-nouns';
import type { Token } from './tokens';
import { verbInfo } from './verb-forms';

/** "the Taiwanese company", "the rival firm": "the", one describing word, then the noun at `i`. */
function theDescribed(tokens: Token[], i: number): boolean {
  const mid = tokens[i - 1];
  if (!mid || !/^the$/i.test(tokens[i - 2]?.text ?? '')) return false;
  return !!countryOfDemonym(mid.key) || (!mid.cap && /^\p{Ll}+$/u.test(mid.text) && !verbInfo(mid.key));
}

/**
 * True when a person's name starts at token `from`, right after a noun (`before`, the text between
 * them: "lawyer Ana Coll") or set off by commas ("lawyer, Ana Coll, said").
 */
function appositiveName(scan: MentionScan, from: number, before: string): boolean {
  const m = scan.mentions.find((x) => x.from === from && x.kind === 'person' && x.via !== 'pronoun');
  return !!m && (before === ' ' || (/^,\s*$/.test(before) && /^,/.test(scan.gap(m.to - 1, m.to))));
}

/**
 * 5. Pronouns and definite references of `findMentions` ("he", "its shares", "It said", "they",
 * "the company", "the institute"), resolved from the sentences before.
 */
export function pronounMentions(scan: MentionScan): void {
  const { tokens, used, mentions, ctx } = scan;
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const t = tokens[i];
    if (!t) continue;
    const k = t.text.toLowerCase();
    if (k === 'he' || k === 'she' || k === 'his' || k === 'her') {
      // (never a person the article or the given name says is of the other gender: "he" is no Susana)
      const gender = pronounGender(k);
      const fits = (name: string | undefined): string | undefined =>
        name && agrees(name, gender, ctx) ? name : undefined;
      const here = mentions
        .filter((m) => m.kind === 'person' && m.to <= i && !m.absorbed && m.via !== 'pronoun' && fits(m.name))
        .pop();
      // "He is seen as a successor to Bob Iger, and he managed …": "he" again is who "he" was
      const again = mentions.find(
        (m) => m.via === 'pronoun' && m.to <= i && /^(?:he|she)$/.test(k) && tokens[m.from]?.key === k,
      );
      // (from the sentences before: the one who acted in the last two, over one named in passing since)
      const last = ctx.lastActing;
      const acting =
        last && last.ago <= 2 && (last.ago > 0 || last.name !== ctx.lastPerson) ? fits(last.name) : undefined;
      const name =
        again?.name ??
        here?.name ??
        acting ??
        fits(ctx.lastPerson) ??
        ctx.people.findLast((p) => fits(p)) ??
        // (with no one of that gender named, the last person still: the event is worth its actor)
        ctx.lastPerson;
      // "his lawyer said", "her family issued a statement": who acts for the person (the person
      // the lawyer acts for, not the lawyer: "His lawyer said … His family issued …")
      const noun = k === 'his' || k === 'her' ? (tokens[i + 1]?.key ?? '') : '';
      const relation = RELATION_NOUNS.get(noun);
      // ("His lawyer, Ana Coll, said", "his lawyer Ana Coll said": the name beside the noun acted)
      const named = relation && appositiveName(scan, i + 2, scan.gap(i + 1, i + 2));
      if (name && relation && named) i++;
      else if (name && relation && !used[i + 1]) {
        const owner = name.split("'s ")[0] ?? name;
        mentions.push({
          from: i,
          to: i + 2,
          name: `${owner}'s ${noun}`,
          kind: relation,
          via: 'description',
          relative: true,
        });
        i++;
      } else if (name) mentions.push({ from: i, to: i + 1, name, kind: 'person', via: 'pronoun' });
    } else if (
      k === 'its' &&
      ctx.lastOrg &&
      FIGURE_NOUNS.has(tokens[i + 1]?.key ?? '') &&
      !mentions.some((m) => m.to === i)
    ) {
      // "Its shares dropped 8 percent": the market figures of the organisation named last
      mentions.push({ from: i, to: i + 1, name: ctx.lastOrg, kind: 'organization', via: 'pronoun' });
    } else if (
      ctx.lastGroup &&
      // "It said …": the organisation or country that acted last; "they", "their": the group
      ((k === 'it' &&
        ctx.lastGroup.kind !== 'person' &&
        !namesPeople(ctx.lastGroup.name) &&
        /^(?:said|says|added|stated|announced|reported|confirmed|denied)$/.test(tokens[i + 1]?.key ?? '')) ||
        k === 'they' ||
        k === 'their')
    ) {
      mentions.push({
        from: i,
        to: i + 1,
        name: ctx.lastGroup.name,
        kind: ctx.lastGroup.kind,
        via: 'pronoun',
      });
    } else if (
      /^(?:company|firm|retailer|carrier|maker|group|agency|bank)$/.test(k) &&
      (/^the$/i.test(tokens[i - 1]?.text ?? '') || theDescribed(tokens, i))
    ) {
      const from = /^the$/i.test(tokens[i - 1]?.text ?? '') ? i - 1 : i - 2;
      // "Lumatek chief executive Dana Whitfield said the company …": the speaker's organisation
      const affiliation = mentions.find((m) => m.absorbed && m.kind === 'organization' && m.to <= i)?.name;
      // "General Motors shares lost 15.5% after the auto firm announced …": the one named just before
      const before = mentions
        .filter((m) => !m.absorbed && m.kind === 'organization' && m.to <= from)
        .pop()?.name;
      const name = affiliation ?? before ?? ctx.described.get(k) ?? firmBefore(ctx);
      if (name) mentions.push({ from, to: i + 1, name, kind: 'organization', via: 'pronoun' });
    } else if (!t.cap && /^the$/i.test(tokens[i - 1]?.text ?? '') && ctx.described.has(k)) {
      // "the institute", "the club": the organisation whose name or description has that noun
      const name = ctx.described.get(k);
      if (name) mentions.push({ from: i - 1, to: i + 1, name, kind: 'organization', via: 'pronoun' });
    }
  }
  mentions.sort((a, b) => a.from - b.from);
}
