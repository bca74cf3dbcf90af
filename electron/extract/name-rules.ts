/**
 * Actor names found by rule, the step of `findMentions` after `gazetteer-names`: capitalised runs
 * the gazetteer does not know, their kind from rules (title + Name, "Name, the X of Y", "said
 * Name", org endings, names after "by"/"according to", an event verb's subject, names repeated).
 */
import type { ActorKind } from '../shared/model';
import type { MentionScan } from './mention';
import { canonicalOrg, describe, letteredBody, ORG_HEADS } from './gazetteer-names';
import {
  LAW_ENDS,
  NOT_NAMES,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSON_ROLES,
  PLACE_PREPOSITIONS,
  SAID_AFTER,
  SAID_BEFORE,
  SPEAKER_AFTER_OWNER,
  STRIP_SUFFIXES,
  INSTITUTIONS,
} from './lexicon';
import { finiteVerbAfter, marketVerbAfter } from './name-verbs';
import { bareText, type Token } from './tokens';
import { givenFirst } from './given-names';
import { isPersonNoun } from './person-nouns';
import { isIrregularPlural } from './noun-number';
import { appositionKind, appositionText } from './appositions';
import { bareInitial, initialsAndSurname, ownedBody, ownersBody, surnameAlone } from './names';
import {
  ARTICLE_PREFIXED,
  isAreaName,
  isCompoundAdjective,
  isFeatureName,
  isNameToken,
  isTitle,
  keepsStop,
  NAME_LINKS,
  ordinaryWord,
  personWordCount,
  spelledName,
  titleInBody,
} from './name-words';
import { inPortfolio } from './portfolios';

/** A body that speaks or acts for the organisation named after it ("analysts at X", "the city of X"). */
const FOR_BODY =
  /\b(?:spokes(?:man|woman|person|people)|analysts?|researchers?|scientists?|officials?|economists?|experts?|engineers?|members?|staff|employees|representatives?|lawyers?|executives?|panel|board|government|people)\s+(?:at|for|of|from|with)\s+(?:the\s+)?$/i;

/** True when a person's name follows the titles from token `k` on. */
function personAfter(tokens: Token[], k: number): boolean {
  let n = k;
  while (isTitle(tokens[n])) n++;
  return isNameToken(tokens[n]) && isNameToken(tokens[n + 1]);
}

const COMPANY_ROLE =
  /^(?:chief|ceo|cfo|coo|cto|executive|spokes(?:man|woman|person)|chairman|chairwoman|chair|director|manager|founder|co-founder|analyst|economist|strategist|coach|head)$/;

/** Heads of an organisation's name with one modifier before them ("news agency", "oil company"). */
const MEDIA_HEADS = /^(?:agency|service|network|company|firm|group|bank)$/;

/** 2. Capitalised sequences not in the gazetteer: people and organisations by rule. */
export function capitalisedNames(scan: MentionScan): void {
  const { tokens, text, offset, ctx, used, mark, gap: gapText } = scan;
  for (let i = 0; i < tokens.length; i++) {
    // ("the Kelbian People's Party": a body named for whom it serves may open on their possessive)
    if (used[i] || !(isNameToken(tokens[i]) || ownedBody(tokens, i, gapText))) continue;
    // ("Astronomer George Gatewood": a person's noun before a given name and a surname names no
    // one, but a given name that is no title opens the name: "Guy Anton Brekke")
    const head = tokens[i];
    const noun = isPersonNoun(head?.key ?? '') && (isTitle(head) || !givenFirst(head?.text ?? '', ctx.text));
    if (noun && !used[i + 1] && tokens[i + 2]?.cap && givenFirst(tokens[i + 1]?.text ?? '', ctx.text))
      continue;
    // a capitalised word at a sentence start that the article writes in lower case, or a gerund
    // ("Seats won:", "Adding to the pressure"), is an ordinary word unless it starts a longer name
    // ("Moreover, …", "Heavy rain …": so is a first word read as an adverb or an adjective)
    const ordinary =
      i === 0 &&
      !!head &&
      !ctx.known.has(head.text) &&
      (ordinaryWord(ctx, head.text) || /^AD[VJ]$/.test(scan.tags?.at(head.start) ?? ''));
    let j = i + 1;
    // (a possessive ends the name, but for a body named for whom it serves: "Sheriff's Office")
    const ends = (k: number): boolean =>
      !!tokens[k - 1]?.possessive && !ownersBody(tokens[k - 1], tokens[k], gapText(k - 1, k));
    while (j < tokens.length && !used[j] && !ends(j)) {
      const gap = gapText(j - 1, j);
      const t = tokens[j];
      if (!t) break;
      // a plural noun inside a name goes on when another capitalised word follows ("Harlow Farmers Alliance",
      // "the Dunmore Police Office")
      const inner =
        NOT_NAMES.has(t.key) &&
        (/^\p{Lu}\p{Ll}{2,}s$/u.test(bareText(t)) || (isIrregularPlural(t.key) && t.cap)) &&
        !!tokens[j + 1]?.cap &&
        gapText(j, j + 1) === ' ';
      // ("L. Paul Bremer", "Gerald R. Ford": an initial's stop stays inside the name)
      // ("St. Anne Road": so does an abbreviation's)
      const initial = gap === '. ' && keepsStop(tokens[j - 1]);
      // ("Robert A Plane": an initial written without its stop, after a given name)
      if (
        gap === ' ' &&
        bareInitial(tokens, j) &&
        gapText(j, j + 1) === ' ' &&
        givenFirst(tokens[j - 1]?.text ?? '', ctx.text)
      ) {
        j += 2;
        continue;
      }
      if (
        // ("Kelby Trade & Transport": an ampersand between capitalised words joins one name)
        (gap === ' ' || gap === ' - ' || gap === '-' || gap === ' & ' || initial) &&
        (t.cap || /^\d+$/.test(t.text) || ARTICLE_PREFIXED.test(t.text)) &&
        (!NOT_NAMES.has(t.key) || inner) &&
        !isCompoundAdjective(t) &&
        (!isTitle(t) || titleInBody(tokens, j, gapText))
      ) {
        j++;
        continue;
      }
      // "Securities and Exchange Commission", "Food and Drug Administration": "and" inside a body's
      // name, between a word or two the article knows as no name and the words that end on the body
      if (
        gap === ' ' &&
        t.key === 'and' &&
        j - i <= 2 &&
        !tokens.slice(i, j).some((w) => ctx.known.has(w.text))
      ) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 3 && tokens[k]?.cap && !used[k] && gapText(k - 1, k) === ' ')
          k++;
        // ("Kelby Bank and Tarvo Bank" are two: the same noun ends both)
        const two = tokens[k - 1]?.key === tokens[j - 1]?.key;
        if (k > j + 1 && ORG_SUFFIXES.has(tokens[k - 1]?.key ?? '') && !two) {
          j = k;
          continue;
        }
      }
      // "Department of Labor", "Federal Service for the Financial Markets"
      if (gap === ' ' && NAME_LINKS.has(t.text)) {
        let k = j;
        while (k < tokens.length && NAME_LINKS.has(tokens[k]?.text ?? '')) k++;
        if ((isNameToken(tokens[k]) || titleInBody(tokens, k, gapText)) && !used[k] && k - j <= 2) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    // trailing digits are not part of names ("iPhone 4" never reaches here; "Group 20" rare)
    while (j - 1 > i && /^\d+$/.test(tokens[j - 1]?.text ?? '')) j--;
    const seq = tokens.slice(i, j);
    const { words, spell } = spelledName(tokens, i, j, gapText);
    const last = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/, '');
    const before = tokens[i - 1];
    const after = tokens[j];
    const afterGap =
      j < tokens.length
        ? gapText(j - 1, j)
        : text.slice((tokens[j - 1]?.end ?? 0) - offset, (tokens[j - 1]?.end ?? 0) - offset + 3);
    const follow = text.slice((tokens[j - 1]?.end ?? 0) - offset, (tokens[j - 1]?.end ?? 0) - offset + 90);
    const precede = text.slice(
      Math.max(0, (tokens[i]?.start ?? 0) - offset - 40),
      (tokens[i]?.start ?? 0) - offset,
    );
    const single = seq.length === 1;
    // how many words name a person: initials and particles aside ("John F. Kennedy", "Kika de la Garza")
    const size = seq.filter(
      (t, k) => k === 0 || (!NAME_LINKS.has(t.text) && !/^\p{Lu}$/u.test(t.text)),
    ).length;
    // ("Minister of Rural Affairs": the words of an office's portfolio name no one, nor do those of
    // a place made into an adjective: "a San Jose-based firm"; nor does a river's name)
    if ((single && ordinary) || inPortfolio(tokens, i, j) || isCompoundAdjective(tokens[j])) continue;
    if (isFeatureName(words)) {
      i = j - 1;
      continue;
    }
    // "said Mike Gikas of Consumer Reports", "Governor Amos Nyaribo of Nyamira County": a speaker's
    // (or a titled or given) two or three names, then where they work (not "Bank of America")
    const link = seq.findIndex((t, k) => k >= 2 && (t.key === 'of' || t.key === 'for'));
    const speaks = link > 0 && (SAID_BEFORE.test(precede) || SAID_AFTER.test(follow));
    // (or two names and a body's name its ending makes one: "Tor Lindqvist of the Kelby Party")
    const endsBody = ORG_SUFFIXES.has(words[words.length - 1]?.toLowerCase() ?? '');
    if (
      link > 0 &&
      link <= 3 &&
      !words.slice(0, link).some((w) => ORG_SUFFIXES.has(w.toLowerCase()) || ORG_NOUNS.test(w)) &&
      (speaks || (!!before && isTitle(before)) || givenFirst(words[0] ?? '', ctx.text) || endsBody)
    ) {
      mark({ from: i, to: i + link, name: spell(words.slice(0, link)), kind: 'person', via: 'rule' });
      const body = seq[link + 1]?.key === 'the' ? link + 2 : link + 1;
      // (a place after "of" is where they serve: "Teddy Kasonso of Solwezi West")
      if (body < seq.length && (speaks || words.slice(body).some((w) => ORG_SUFFIXES.has(w.toLowerCase())))) {
        const org = spell(words.slice(body), body);
        mark({ from: i + body, to: j, name: org, kind: 'organization', via: 'rule' });
      }
      i = j - 1;
      continue;
    }
    let kind: ActorKind | undefined;
    const apposition = appositionKind(follow);
    const shortFor = single ? ctx.known.get(words[0] ?? '') : undefined;
    // "in Hamburg" is a place even when "Hamburg Athletic" was named before
    const place =
      !!shortFor && shortFor.name !== words[0] && /\b(?:in|at|near|outside|inside|from)\s*$/i.test(precede);
    // "the Commission" after "the European Commission": the organisation whose name has that word
    const byNoun = single && !shortFor ? ctx.described.get((words[0] ?? '').toLowerCase()) : undefined;
    const known =
      ctx.known.get(spell(words)) ??
      (place ? undefined : shortFor) ??
      (byNoun && (!before || /^the$/i.test(before.text))
        ? { name: byNoun, kind: 'organization' as const }
        : undefined);
    // "the Civic Renewal party", "the CFDT union": the noun after the name says what it is
    // ("the Xinhua news agency", "Reuters news service": one modifier before the head)
    const second = tokens[j + 1];
    const compound =
      !!after &&
      !!second &&
      !second.cap &&
      gapText(j, j + 1) === ' ' &&
      /^\p{Ll}+$/u.test(after.text) &&
      MEDIA_HEADS.test(second.key) &&
      !ORG_HEADS.test(after.key);
    const headLength =
      known || !after || after.cap || afterGap !== ' '
        ? 0
        : ORG_HEADS.test(after.key) && !second?.cap
          ? 1
          : compound
            ? 2
            : 0;
    const headNoun = headLength > 0;
    const orgWord = words.some((w) => ORG_SUFFIXES.has(w.toLowerCase().replace(/\.$/, '')));
    if (known) kind = known.kind;
    else if (initialsAndSurname(seq, i, gapText)) kind = 'person';
    else if ((orgWord || STRIP_SUFFIXES.has(last) || spell(words).includes(' & ')) && !single)
      kind = 'organization';
    else if (headNoun || letteredBody(tokens, j, afterGap, gapText)) kind = 'organization';
    else if (/\s(?:at|for|of|from|with)\s+(?:the\s+)?$/.test(precede) && FOR_BODY.test(precede))
      kind = 'organization';
    // "The city of Riverton on Friday awarded …": a place named as the subject acts as its government
    else if (
      /^\s*the\s+(?:city|town|village|municipality|county|state|province|region|republic)\s+of\s*$/i.test(
        (tokens[i]?.start ?? 0) - offset <= 40 ? precede : '',
      )
    )
      kind = 'organization';
    else if (marketVerbAfter(tokens, j)) kind = 'organization';
    // "Varnex chief executive Lena Holt": a name before a company role and a person is the employer
    else if (afterGap === ' ' && COMPANY_ROLE.test(after?.key ?? '') && personAfter(tokens, j + 1))
      kind = 'organization';
    else if (!single && ctx.recurrent.has(words[0] ?? '') && seq.length === 2 && STRIP_SUFFIXES.has(last))
      kind = 'organization';
    else if (isTitle(before) && before?.cap && single && ORG_SUFFIXES.has(last)) {
      // "General Motors": a capitalised title word that is part of a company name
      mark({ from: i - 1, to: j, name: `${before.text} ${words[0]}`, kind: 'organization', via: 'rule' });
      i = j - 1;
      continue;
    } else if (isTitle(before) && !/^(?:the|a|an)$/i.test(before?.text ?? '') && !LAW_ENDS.has(last))
      kind = 'person';
    // "Kestrel Mining, which employs …" names a thing; "Ana Ruiz, who …" a person
    else if (/^,\s*which\b/i.test(follow) && !single) kind = 'organization';
    else if (/^,\s*who\b/i.test(follow) && !single) kind = 'person';
    else if (apposition) {
      // ("Richard Kofi Jordan, the General Secretary of the union": a person's office in a body)
      kind = apposition.kind;
      if (apposition.noun) ctx.described.set(apposition.noun, canonicalOrg(words));
    }
    if (kind !== 'person' && /^,\s*(?:the|a|an)\b/i.test(follow)) {
      // "NPD Group, a market research firm": later "the firm" is NPD Group
      const appositive = appositionText(follow);
      const noun = ORG_NOUNS.exec(appositive)?.[0];
      if (noun && !PERSON_ROLES.test(appositive)) {
        kind ??= 'organization';
        ctx.described.set(noun.toLowerCase(), known ? known.name : canonicalOrg(words));
      }
    }
    if (!kind && before && !before.cap && ORG_NOUNS.test(before.text) && !before.possessive)
      kind = 'organization';
    // ("said Kelby Party's Tor Berg": the body's member named after it in the possessive speaks)
    if (!kind && size >= 2 && !!before?.possessive && SPEAKER_AFTER_OWNER.test(precede)) kind = 'person';
    if (!kind && (SAID_BEFORE.test(precede) || SAID_AFTER.test(afterGap + (after?.text ?? '')))) {
      // ("said Tarnby County Sheriff Joe Brent": a name before a title and a person is where they serve)
      kind = size >= 2 && !(isTitle(after) && personAfter(tokens, j)) ? 'person' : 'organization';
    }
    if (!kind && /\b(?:by|according to(?: the)?)\s*$/i.test(precede))
      kind = size === 2 && !ORG_SUFFIXES.has(last) ? 'person' : 'organization';
    // (a name after a preposition of place is no subject: "A visitor from Christchurch left …")
    if (
      !kind &&
      (afterGap === ' ' || afterGap === ', ') &&
      finiteVerbAfter(tokens, j) &&
      !(single && PLACE_PREPOSITIONS.has(before?.key ?? ''))
    ) {
      // ("Norvik Foods … Norvik": a company's first word names it later; "Steve Jobs … Jobs": a person's surname)
      const bySurname = surnameAlone(ctx.text, spell(words), words[words.length - 1] ?? '');
      const orgEnding =
        ORG_SUFFIXES.has(last) ||
        STRIP_SUFFIXES.has(last) ||
        (ctx.recurrent.has(words[0] ?? '') && !bySurname);
      // "Orbis Semiconductor announced that it will …": what refers back to it is "it", not "he" or "she"
      const itBack =
        /^\s+(?:[\p{L}-]+\s+){1,5}?(?:that\s+)?(?:it\s+(?:will|would|had|has|was|is|plans|expects)|its)\b/iu.test(
          follow,
        ) && !/\b(?:he|she|his|her)\b/i.test(follow);
      // a person's name is taken up again by surname alone, or by "he" or "she"
      const personal =
        bySurname || /\b(?:he|she|his|her)\b/i.test(follow) || givenFirst(words[0] ?? '', ctx.text);
      kind = (size === 2 || size === 3) && !orgEnding && !itBack && personal ? 'person' : 'organization';
    }
    // "Don Davenport's life has been quiet … he oversaw": a person named in the possessive, by a
    // given name or by "he" or "she" after it, is the person a later pronoun takes up
    if (
      !kind &&
      size === 2 &&
      seq[seq.length - 1]?.possessive &&
      !ORG_SUFFIXES.has(last) &&
      (givenFirst(words[0] ?? '', ctx.text) || /\b(?:he|she)\b/i.test(follow))
    )
      kind = 'person';
    if (
      !kind &&
      single &&
      i > 0 &&
      ctx.recurrent.has(words[0] ?? '') &&
      !/\b(?:in|at|from|near|of)\s*$/i.test(precede)
    )
      kind = 'organization';
    if (kind === 'person' && !known && isAreaName(words)) kind = 'organization';
    if (!kind) {
      i = j - 1;
      continue;
    }
    // ("the Prince Harlan Police Service": a capitalised title word opens a body's name after it)
    if (
      kind === 'organization' &&
      !known &&
      !single &&
      ORG_SUFFIXES.has(last) &&
      isTitle(before) &&
      before?.cap &&
      !isTitle(tokens[i - 2]) &&
      gapText(i - 1, i) === ' '
    ) {
      i -= 1;
      seq.unshift(before);
      words.unshift(before.text);
    }
    if (kind === 'person') words.splice(personWordCount(words));
    // "Recep Erdogan" after "Recep Tayyip Erdogan": the person the article named in full
    const fuller =
      kind === 'person' && seq.length >= 2 ? ctx.known.get(words[words.length - 1] ?? '') : undefined;
    // ("Van Gogh" after "Vincent van Gogh": the surname with its particles)
    const particled = words.slice(0, -1).every((w) => NAME_LINKS.has(w.toLowerCase()));
    const sameFirst =
      fuller && fuller.kind === 'person' && (particled || fuller.name.startsWith(`${words[0] ?? ''} `));
    const name = known
      ? known.name
      : sameFirst
        ? fuller.name
        : kind === 'person'
          ? spell(words)
          : canonicalOrg(spell(words).split(' '));
    if (!name) continue;
    // ("a Varna court", "the Kelby council": a place's institution is named with its noun, by
    // `institutionBodies`, not the place alone)
    const institution =
      headLength === 1 && INSTITUTIONS.has(after?.key ?? '') && !MEDIA_HEADS.test(after?.key ?? '');
    const to = headNoun && kind === 'organization' && !institution ? j + headLength : j;
    mark({ from: i, to, name, kind, via: 'rule' });
    if (!known && !sameFirst) {
      ctx.known.set(name, { name, kind });
      if (kind === 'person' && seq.length >= 2) {
        const surname = words[words.length - 1] ?? name;
        ctx.known.set(surname, { name, kind });
        // "al-Assad" is "Assad" later in the article
        const bare = surname.replace(/^\p{Ll}+-(?=\p{Lu})/u, '');
        if (bare !== surname && !ctx.known.has(bare)) ctx.known.set(bare, { name, kind });
      }
      if (kind === 'organization' && words.length > 1) {
        ctx.known.set(spell(words), { name, kind });
        // "Norvik Foods" … "Norvik": a company's first word names it later in the article
        const first = words[0] ?? '';
        if (first.length >= 3 && !ORG_SUFFIXES.has(first.toLowerCase()) && !ctx.known.has(first))
          ctx.known.set(first, { name, kind });
      }
    }
    if (kind === 'organization')
      describe(ctx, name, headNoun && !institution ? tokens[j + headLength - 1]?.key : undefined);
    // "A team led by researchers at the Kessler Institute …": later "the team" is that organisation
    if (kind === 'organization') {
      const intro = /\b(?:a|an)\s+(\p{Ll}+)\s+(?:[\p{Ll}-]+\s+){0,4}?(?:of|from|at|by)\s+(?:the\s+)?$/iu.exec(
        precede,
      );
      if (intro?.[1] && ORG_NOUNS.test(intro[1])) ctx.described.set(intro[1], name);
    }
    i = to - 1;
  }
}
