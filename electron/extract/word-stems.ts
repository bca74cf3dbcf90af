/**
 * Word stems for comparing the wording of events: a text's content words, stop words left out,
 * common synonyms folded together ("support", "aid", "backing" → aid) and each word cut to its
 * first five letters after its common inflection.
 */

const STOP = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been has have had it its this that these those he she they his her their them him which who whom what when while than then there here not no so also any all some such into over about after before between during under more most very can could would should will may might must do does did just only other others new same own former incoming current ongoing recent recently repeatedly consistently firmly further already said says say stated state told according official officials spokesperson spokesman spokeswoman leader leaders situation issue'.split(
    ' ',
  ),
);

const SYNONYMS: Array<[RegExp, string]> = [
  [/^(?:support|supports|supported|aid|aids|assistance|backing|help)$/, 'aid'],
  [/^(?:military|arms|weapons|weaponry)$/, 'arms'],
  [
    /^(?:talks|talk|discussion|discussions|discuss|discussing|dialogue|negotiation|negotiations|negotiate|contact|engage|engagement|meeting|meet)$/,
    'talk',
  ],
  [/^(?:open|openness|willing|willingness|ready|readiness|eager|prepared)$/, 'willing'],
  [
    /^(?:reject|rejects|rejected|rejecting|rebuttal|rebuttals|rebuff|rebuffed|refuse|refused|spurn|spurned|dismiss|dismissed|dismissing|deny|denies|denied|unfounded|baseless)$/,
    'reject',
  ],
  [
    /^(?:accuse|accuses|accused|accusing|accusation|accusations|allegation|allegations|alleged|allege|claims)$/,
    'accuse',
  ],
  [/^(?:criticize|criticized|criticizes|criticism|critical|criticise|criticised)$/, 'critic'],
  [/^(?:ceasefire|truce|peace)$/, 'peace'],
  [/^(?:membership|member|members|join|joins|joined|joining|accession|integration)$/, 'member'],
  [/^(?:war|conflict|fighting)$/, 'war'],
  [/^(?:guarantees|guarantee|assurances|assurance)$/, 'guarantee'],
  [/^(?:invasion|aggression)$/, 'invasion'],
  [
    /^(?:acquire|acquires|acquired|acquiring|acquisition|buy|buys|bought|buying|purchase|purchased|takeover|merger|merge|merged)$/,
    'acquire',
  ],
  [/^(?:offer|offers|offered|bid|bids|approach|proposal)$/, 'offer'],
  [/^(?:win|wins|won|winning|victory|victories)$/, 'win'],
  [/^(?:kill|killed|killing|dead|deaths|died)$/, 'kill'],
  [/^(?:sworn|swear|swears|swore|oath|inaugurated|inauguration)$/, 'oath'],
  [/^(?:defeat|defeats|defeated|beat|beats|beating|overcame)$/, 'defeat'],
  [/^(?:title|titles|crown|trophy|championship|cup)$/, 'title'],
];

/** A word without its common inflection ("opened" → open, "talks" → talk, "readiness" → ready). */
function baseForm(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith('iness')) return `${word.slice(0, -5)}y`;
  const m = /^(.{3,}?)(?:ness|ing|ed|es|s)$/.exec(word);
  return m?.[1] ?? word;
}

const WORD_STEMS = new Map<string, string>();

/** The stem of one lower-case word: its synonym group, else its first five letters. */
function stemOf(word: string): string {
  let stem = WORD_STEMS.get(word);
  if (stem === undefined) {
    const base = baseForm(word);
    stem = SYNONYMS.find(([re]) => re.test(word) || re.test(base))?.[1] ?? word.slice(0, 5);
    if (WORD_STEMS.size > 100_000) WORD_STEMS.clear();
    WORD_STEMS.set(word, stem);
  }
  return stem;
}

const STEM_CACHE = new Map<string, Array<[string, string]>>();

function wordStems(text: string): Array<[string, string]> {
  const cached = STEM_CACHE.get(text);
  if (cached) return cached;
  const out: Array<[string, string]> = [];
  for (const raw of text
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .match(/[a-z][a-z-]+/g) ?? []) {
    if (STOP.has(raw) || raw.length < 3) continue;
    out.push([stemOf(raw), raw]);
  }
  if (STEM_CACHE.size > 50_000) STEM_CACHE.clear();
  STEM_CACHE.set(text, out);
  return out;
}

/** Content stems of a text: folded synonyms, then the first five letters of each word. */
export function stems(text: string, names: string[] = []): Set<string> {
  const nameWords = new Set<string>();
  for (const n of names) for (const w of n.toLowerCase().split(/\s+/)) nameWords.add(w);
  const out = new Set<string>();
  for (const [stem, word] of wordStems(text)) if (!nameWords.has(word)) out.add(stem);
  return out;
}
