/**
 * Verb forms by CAMEO root code: the base verbs of each root and their inflections (past, present,
 * -ing), and phrases that name an act. CAMEO roots: 01 make public statement, 02 appeal,
 * 03 express intent to cooperate, 04 consult, 05 diplomatic cooperation, 06 material cooperation,
 * 07 provide aid, 08 yield, 09 investigate, 10 demand, 11 disapprove, 12 reject, 13 threaten,
 * 14 protest, 15 exhibit force posture, 16 reduce relations, 17 coerce, 18 assault, 19 fight,
 * 20 unconventional mass violence. `null`: an action with no CAMEO root (released, launched, fell).
 */
import { hasUpper } from './letter-case';

/** Base verb forms by CAMEO root; `null` for other actions that make an event. */
const VERBS: Array<[string | null, string]> = [
  [
    '01',
    'say tell state announce declare explain note write claim insist argue assert reiterate comment remark report confirm deny acknowledge admit reveal disclose describe suggest predict estimate indicate maintain stress emphasize emphasise highlight mention respond reply testify address frame cite tout promote hint signal tweet publish brief unveil weigh express call echo repeat recount contend counter retort quip boast lament observe remind assure caution',
  ],
  ['02', 'appeal urge plead request ask beg petition'],
  ['03', 'pledge promise offer vow propose intend plan agree'],
  ['04', 'meet consult discuss negotiate visit host telephone phone talk'],
  [
    '05',
    'praise endorse commend welcome recognize recognise thank congratulate support back sign ally cooperate',
  ],
  ['06', 'cooperate share supply exchange trade'],
  ['07', 'aid donate provide fund finance'],
  ['08', 'yield concede surrender retreat withdraw release ease lift resign apologize apologise step free'],
  ['09', 'investigate probe examine inspect audit'],
  ['10', 'demand insist require'],
  [
    '11',
    'criticize criticise condemn denounce blame accuse allege complain disapprove slam rebuke decry fault question',
  ],
  ['12', 'reject refuse dismiss rebuff veto oppose decline rule'],
  ['13', 'threaten warn'],
  ['14', 'protest boycott rally'],
  ['15', 'mobilize mobilise deploy'],
  ['16', 'expel sever suspend halt downgrade'],
  [
    '17',
    'arrest detain sanction seize ban confiscate impose deport jail imprison block restrict raid charge convict sentence',
  ],
  ['18', 'attack assault kidnap abduct bomb stab ambush strike'],
  ['19', 'fight shell shoot clash invade occupy bombard annex capture'],
  ['20', 'massacre slaughter exterminate'],
  [
    null,
    'launch introduce begin start open close pass surpass overtake fall rise drop climb jump plunge soar gain lose sell buy acquire merge hire fire leave quit join win obtain receive set give hold continue go make inaugurate elect name appoint replace complete finish build create develop produce order raise reduce increase decrease cancel delay postpone approve pass vote cast die kill injure crash file sue settle grow shrink post earn ground cut freeze evacuate rescue flee reach deliver send resume restore record accept recall overturn uphold award bring beat defeat',
  ],
  // what disasters do: "an earthquake shook Haiti", "the fire destroyed the roof"
  [
    null,
    'shake hit devastate destroy damage level flatten collapse topple sweep ravage rock batter engulf erupt',
  ],
];

/** Multi-word cues checked on the lower-cased clause; the first specific code found wins over 01. */
const PHRASES: Array<[string, RegExp]> = [
  [
    '03',
    /\b(?:open to|willing(?:ness)? to|ready to|readiness to|intention to|intends? to|plans? (?:for|to)|offer(?:ed|s)? to|eager to|prepared to|committed to|commitment to)\b/,
  ],
  [
    '04',
    /\b(?:held talks|hold talks|(?<!been |be |was |were |is |are )met with|meeting with|talks with|phone call with|spoke with|spoke to)\b/,
  ],
  ['05', /\b(?:prais\w*|endors\w*|commend\w*|welcom\w*|express\w* support)\b/],
  [
    '02',
    /\b(?:call(?:ed|s|ing)? (?:for|on)|(?<!\b(?:an|the|its|his|her|their) )appeal\w* (?:for|to)|urg\w* )\b/,
  ],
  ['10', /\bdemand\w*\b/],
  [
    '11',
    /\b(?:criticiz\w*|criticis\w*|critical of|condemn\w*|accus\w*|blam\w*|denounc\w*|lied\b|allegation\w*)/,
  ],
  ['12', /\b(?:reject\w*|rebuff\w*|rebuttal\w*|dismiss\w*|refus\w*|vetoe?\w*|ruled out)\b/],
  ['13', /\b(?:threaten\w*|warn(?:ed|s|ing)?\b)/],
  [
    '01',
    /\b(?:made it clear|make it clear|weigh(?:ed|s)? in|went on (?:national )?(?:television|tv|radio)|appeared on (?:television|tv))\b/,
  ],
];

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says'],
  tell: ['told'],
  write: ['wrote', 'written'],
  meet: ['met'],
  give: ['gave', 'given'],
  hold: ['held'],
  go: ['went', 'gone', 'goes'],
  leave: ['left'],
  begin: ['began', 'begun'],
  rise: ['rose', 'risen'],
  fall: ['fell', 'fallen'],
  set: ['set'],
  cut: ['cut'],
  quit: ['quit'],
  win: ['won'],
  lose: ['lost'],
  sell: ['sold'],
  buy: ['bought'],
  seek: ['sought'],
  fight: ['fought'],
  shoot: ['shot'],
  strike: ['struck', 'stricken'],
  build: ['built'],
  beat: ['beat', 'beaten'],
  uphold: ['upheld'],
  bring: ['brought'],
  keep: ['kept'],
  withdraw: ['withdrew', 'withdrawn'],
  freeze: ['froze', 'frozen'],
  grow: ['grew', 'grown'],
  shrink: ['shrank', 'shrunk'],
  speak: ['spoke', 'spoken'],
  send: ['sent'],
  lead: ['led'],
  overtake: ['overtook', 'overtaken'],
  run: ['ran'],
  stand: ['stood'],
  draw: ['drew', 'drawn'],
  earn: ['earned'],
  die: ['died', 'dies', 'dying'],
  shake: ['shook', 'shaken'],
  hit: ['hit'],
  cast: ['cast'],
  sweep: ['swept'],
};
const DOUBLE = new Set([
  'ban',
  'plan',
  'stop',
  'admit',
  'commit',
  'submit',
  'drop',
  'ship',
  'grab',
  'step',
  'slam',
  'bar',
  'rebut',
  'shut',
  'jail',
  'fell',
]);

function inflect(base: string): string[] {
  const forms = new Set<string>([base, ...(IRREGULAR[base] ?? [])]);
  if (DOUBLE.has(base) && /[^aeiou][aeiou][^aeiouwy]$/.test(base)) {
    const d = base + base.slice(-1);
    forms.add(`${d}ed`).add(`${d}ing`).add(`${base}s`);
  } else if (base.endsWith('e')) {
    forms
      .add(`${base}d`)
      .add(`${base}s`)
      .add(`${base.slice(0, -1)}ing`);
  } else if (/[^aeiou]y$/.test(base)) {
    forms
      .add(`${base.slice(0, -1)}ied`)
      .add(`${base.slice(0, -1)}ies`)
      .add(`${base}ing`);
  } else if (/(?:s|sh|ch|x|z)$/.test(base)) {
    forms.add(`${base}ed`).add(`${base}es`).add(`${base}ing`);
  } else {
    forms.add(`${base}ed`).add(`${base}s`).add(`${base}ing`);
  }
  return [...forms];
}

/** What the lexicon knows of a verb form. */
export interface VerbInfo {
  base: string;
  code: string | null;
  /** The form is -ing (a participle or gerund, not a finite verb by itself). */
  ing: boolean;
  /** The form is a past tense or participle (-ed or irregular past). */
  past: boolean;
  /** Third person present (-s). */
  present: boolean;
}

const FORMS = new Map<string, VerbInfo>();
for (const [code, list] of VERBS) {
  for (const base of list.split(/\s+/)) {
    for (const form of inflect(base)) {
      if (FORMS.has(form) && FORMS.get(form)?.base === form) continue;
      const existing = FORMS.get(form);
      if (existing && existing.code !== null && code === null) continue;
      const ing = form !== base && form.endsWith('ing');
      const present =
        form !== base && !ing && /[^s]s$|ies$|es$/.test(form) && !/ss$/.test(form) && !form.endsWith('ed');
      // "cut", "set", "beat": an irregular past written like its base form
      const past = (form !== base && !ing && !present) || (IRREGULAR[base]?.includes(form) ?? false);
      FORMS.set(form, { base, code, ing, past, present });
    }
  }
}

/** The lexicon entry of a word form ("criticized" → criticize, 11), if it is an event verb. */
export function verbInfo(word: string): VerbInfo | undefined {
  // (most words looked up are keys, already lower case, and no verb: no second look-up for them)
  return FORMS.get(word) ?? (hasUpper(word) ? FORMS.get(word.toLowerCase()) : undefined);
}

/**
 * Irregular pasts of common verbs the event lexicon does not list; of those written like their base
 * only "spread" and "burst", which news tells in the past far more often ("hit", "cut", "put": not).
 */
const COMMON_PASTS = new Set(
  'ran went came became began sank rose grew flew drove threw won lost left led fought bought sold caught brought built sent spent stood kept found shot broke took made struck overtook swam rode wore tore shook froze stole sprang spread burst fled hid slid sought taught thought felt heard knew saw woke wept'.split(
    ' ',
  ),
);

/** A past form, by the lexicon, a regular ending ("caused") or a common irregular past ("ran"). */
export function isPastForm(word: string): boolean {
  return (
    verbInfo(word)?.past ??
    (/\p{Ll}ed$/u.test(word) ||
      COMMON_PASTS.has(word) ||
      // ("rebuilt", "overthrew", "undid": a prefix before a common past)
      (/^(?:re|over|under|out|un|mis)\p{Ll}{3,}$/u.test(word) &&
        COMMON_PASTS.has(word.replace(/^(?:re|over|under|out|un|mis)/, ''))))
  );
}

/** Past participles of common verbs not ending in -ed or -en, nor the same as their past. */
const COMMON_PARTICIPLES = new Set([
  'done',
  'gone',
  'seen',
  'born',
  'borne',
  'drawn',
  'worn',
  'torn',
  'sworn',
  'begun',
  'sung',
  'sunk',
  'flown',
  'grown',
  'known',
  'shown',
  'thrown',
]);

/** A past participle: a past form, one in -en ("taken") or a common irregular one ("done"). */
export function isParticiple(word: string): boolean {
  return isPastForm(word) || /\p{Ll}{2}en$/u.test(word) || COMMON_PARTICIPLES.has(word);
}

/** The most specific CAMEO root named by the wording of a clause, or undefined. */
export function phraseCode(lowerClause: string): { code: string; at: number } | undefined {
  let best: { code: string; at: number } | undefined;
  for (const [code, re] of PHRASES) {
    const m = re.exec(lowerClause);
    if (!m) continue;
    const at = m.index;
    if (!best || (best.code === '01' && code !== '01') || (code !== '01' && at < best.at))
      best = { code, at };
  }
  return best;
}

/** Every specific (not 01) CAMEO root named by the wording of a clause. */
export function phraseCodes(lowerClause: string): string[] {
  const codes: string[] = [];
  for (const [code, re] of PHRASES) {
    if (code === '01') continue;
    const m = re.exec(lowerClause);
    // "willingness to welcome": an infinitive complement is part of the act before it
    if (m && !/\bto\s+$/.test(lowerClause.slice(Math.max(0, m.index - 4), m.index))) codes.push(code);
  }
  return codes;
}
