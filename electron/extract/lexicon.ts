/**
 * The small word lists the extractor's rules use: figure nouns, predicates, speech verbs, modals,
 * auxiliaries, titles of people, organisation words and suffixes. Pure data; verbs and their forms
 * live in verb-forms.ts.
 */

/**
 * Nouns of the figures an actor owns or trades in: "Apple shares fell" and "Shares in Nordwagen
 * fell" are the company's events; "its shares dropped" is the organisation named last.
 */
export const FIGURE_NOUNS = new Set(
  'shares share stock stocks prices price trading sales profit profits revenue revenues earnings exports imports output bonds currency value market'.split(
    ' ',
  ),
);

/** Nouns that say what a name is ("the Kospi composite", "the Nikkei 225 stock index"). */
export const INTRODUCING_NOUNS = new Set(
  'index indexes indices composite average exchange market group company'.split(' '),
);

/** Adjectives that make an event after a copula ("has been critical of", "is open to"). */
export const PREDICATES = new Map<string, string | null>([
  ['critical', '11'],
  ['opposed', '12'],
  ['open', '03'],
  ['willing', '03'],
  ['ready', '03'],
  ['eager', '03'],
  ['supportive', '05'],
]);
/** Verbs that take another verb ("attempted to address", "decided to leave"). */
export const CATENATIVES = new Set(
  'attempted attempts voted votes tried tries sought seeks decided decides wanted wants hoped hopes failed fails managed manages began begins started starts continued continues moved moves agreed agrees planned plans vowed vows refused refuses threatened threatens offered offers promised promises went goes struggled struggles rushed rushes chose chooses needed needs attempting trying seeking deciding wanting hoping failing managing beginning starting continuing moving agreeing planning vowing refusing threatening offering promising going struggling rushing choosing needing'.split(
    ' ',
  ),
);

/** Verbs that take "to" and another verb, in their plain form ("nurses plan to strike"). */
export const PLAIN_CATENATIVES = new Set(
  'plan want hope intend vow threaten decide agree refuse seek try aim expect promise pledge prepare'.split(
    ' ',
  ),
);
/** Verbs of state ("remain", "seem"): with an adjective after them they describe, they tell no act. */
const STATE_VERBS = ['remain', 'seem', 'appear', 'look', 'stay'];
/** Their present forms ("remains", "seems"), and those of verbs that only comment ("reflects"). */
export const PRESENT_STATES = new Set([
  ...STATE_VERBS.flatMap((v) => [v, `${v}s`]),
  ...['become', 'stem', 'underscore', 'reflect'].flatMap((v) => [v, `${v}s`]),
]);
/** Their past forms, and the past copula ("remained", "was"): how a thing stood, not what happened. */
export const PAST_STATES = new Set(['was', 'were', 'sounded', 'felt', ...STATE_VERBS.map((v) => `${v}ed`)]);
/** Forms of "be" that a passive's participle follows. */
export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been']);
/** Auxiliaries that put a verb group in the past ("was planning", "had planned", "did sign"). */
export const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** Conjunctions of contrast, which open a clause of their own ("While the mayor phoned …, …"). */
export const CONTRAST_CONJUNCTIONS = new Set(['while', 'whilst', 'whereas']);
/** Verbs that link a subject to an adjective ("is open to"). */
export const COPULAS = new Set(['is', 'are', 'was', 'were', 'been', 'be', 'remains', 'remained']);

/** Verbs of saying: their subject is a speaker and their complement is what was said. */
export const SPEECH_VERBS = new Set(
  'say tell state announce declare explain note write claim insist argue assert reiterate comment remark report confirm deny acknowledge admit reveal disclose describe suggest predict warn stress emphasize emphasise mention respond reply testify tweet cite hint signal maintain echo repeat recount contend counter retort quip boast lament observe remind assure caution'.split(
    ' ',
  ),
);

/** Verbs of belief and knowledge: in the present they state a view as of the writing ("believes"). */
export const BELIEVING_VERBS = new Set(
  'believe think understand feel fear know suspect expect doubt reckon consider want wish'.split(' '),
);

/**
 * Verbs of arguing a position: "He claims …", "They argue …" after a statement restate its
 * stance; the other verbs of saying ("he said", "he added") report something new.
 */
export const ARGUING_VERBS = new Set(
  'claim argue insist maintain contend assert allege reiterate stress emphasise emphasize accuse deny'.split(
    ' ',
  ),
);

/**
 * True when verb `base`, followed by the word `next`, tells something said: "reported that …", not
 * "will report to a prison", "reports to the board", "report for duty" (going or answering to).
 */
export function saysAt(base: string, next: string | undefined): boolean {
  return SPEECH_VERBS.has(base) && !(base === 'report' && (next === 'to' || next === 'for'));
}

/** Modal verbs: what follows is possible or future, not an event that happened. */
export const MODALS = new Set([
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'should',
  'must',
  'shall',
  "won't",
  "can't",
  'cannot',
  "wouldn't",
  "couldn't",
  "shouldn't",
]);
/** Auxiliary verbs before a main verb ("has signaled", "was suspended"). */
export const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'been',
  'be',
  'being',
  'did',
  'does',
  'do',
  'having',
]);
/** Words that may open a clause right before its subject ("while a flag was hoisted", "when the crew …"). */
export const CLAUSE_OPENERS = new Set(
  'and but while whilst whereas then as when after before because since until once that'.split(' '),
);

/** Words that tell another item of the same actor ("The president also inaugurated …"), not the same act again. */
export const ADDITIVE = /\b(?:also|further|additionally|moreover|meanwhile|separately)\b/i;
/** Words that link a sentence to the one before ("However, …", "Still, …"), alone before a comma. */
export const CONNECTIVES = /^(?:however|still|instead|nevertheless|now|then|but|and|so|yet)$/i;

/** Adverbs that may stand between a subject and its verb. */
export const ADVERBS = new Set(
  'also yet reportedly publicly repeatedly consistently firmly previously already recently officially formally finally again just further now then still strongly sharply quickly once initially openly later earlier effectively jointly swiftly not never allegedly apparently reportedly today yesterday since'.split(
    ' ',
  ),
);

/** Words that name a person's role before their name ("Foreign Minister Sergey Lavrov"). */
export const PERSON_TITLES = new Set(
  'qc kc champion player coach star striker singer actor actress author rapper president vice prime minister secretary chancellor king queen prince princess pope general gen senator sen rep representative governor gov mayor ceo cfo coo cto chief executive chairman chairwoman chair spokesman spokeswoman spokesperson analyst director founder co-founder cofounder dr mr mrs ms judge justice ambassador administrator commissioner economist professor prof adviser advisor leader official correspondent reporter editor lawyer attorney envoy diplomat colonel lieutenant sergeant captain admiral commander premier president-elect sheikh emir head manager strategist researcher scientist officer deputy foreign defense defence finance interior trade health justice state lord sir lady vp svp evp founder investor chairperson minister-president majesty highness holiness excellency hrh goalkeeper keeper defender midfielder winger referee councilor councillor cllr coun councilman councilwoman alderman magistrate bishop archbishop cardinal rabbi imam rev reverend rt hon honourable honorable inspector detective constable superintendent sheriff sgt cpl lt col capt maj brig insp supt cmdr congressman congresswoman assemblyman assemblywoman provost dean rector'.split(
    ' ',
  ),
);

/** Role nouns after a name that make it a person ("Steve Jobs, the Apple chief executive"). */
export const PERSON_ROLES =
  /\b(?:president|minister|secretary|chancellor|ceo|chief|executive|chairman|chairwoman|spokes(?:man|woman|person)|analyst|director|founder|co-founder|official|leader|governor|mayor|senator|economist|professor|adviser|advisor|ambassador|envoy|head|manager|officer|lawyer|attorney|judge|reporter|editor|strategist|researcher|scientist|engineer|designer|employee|aged \d{1,3}|\d{2}-year-old)\b/i;

/** Nouns that make a capitalised name an organisation ("NPD Group, a market research firm"). */
export const ORG_NOUNS =
  /\b(?:firm|company|corporation|maker|manufacturer|retailer|chain|carrier|operator|group|agency|blog|website|site|network|newspaper|paper|magazine|broadcaster|channel|bank|lender|insurer|index|exchange|organi[sz]ation|institute|party|union|ministry|department|regulator|watchdog|startup|start-up|giant|brand|airline|automaker|publisher|studio|fund|club|team|service|provider|association|council)\b/i;

/**
 * Words that name a police force without the word "police" ("Kelby RCMP", "the Varna
 * Constabulary"); not "Garda", which is an officer's rank too ("Garda Ana Ruiz").
 */
export const POLICE_FORCES = new Set(['rcmp', 'constabulary', 'gendarmerie', 'carabinieri']);

/** Last words of organisation names ("Department", "Inc", "Group"). */
export const ORG_SUFFIXES = new Set([
  ...'inc corp corporation co ltd llc plc company group service services department ministry agency bank association council commission committee subcommittee panel institute foundation university college party union federation times post press news journal exchange fund authority office board court police army force forces network airlines airways motors technologies systems holdings partners capital media labs laboratories industries composite corps ag sa se nv bv gmbh spa plc oyj asa kk limited lp international reserve organization organisation administration assembly parliament congress senate government bureau trust club league society foods brands oil gas rail securities bottling construction freight shipping mining steel petroleum telecom electric electronics chemicals resources pharmaceuticals energy logistics insurance financial athletic united rovers wanderers alliance coalition movement front institution observatory laboratory hospital school academy center centre centers centres'.split(
    ' ',
  ),
  ...POLICE_FORCES,
]);
/** Corporate endings dropped from a canonical name ("Apple Inc." → Apple). */
export const STRIP_SUFFIXES = new Set([
  'ag',
  'sa',
  'nv',
  'gmbh',
  'spa',
  'oyj',
  'asa',
  'limited',
  'inc',
  'corp',
  'corporation',
  'co',
  'ltd',
  'llc',
  'plc',
  'computer',
  'holdings',
]);

/** Acronyms of things, not bodies: "TV coverage", "AIDS cases". */
export const THING_ACRONYMS = new Set(
  'tv pc it ai dna rna hiv aids covid ok am pm id vip suv gps usb faq diy atm sms'.split(' '),
);

/**
 * Letters written after a person's name for a degree or an honour, as they are written ("Ana Coll,
 * PhD, MBA, said", "Tor Berg OBE", "Ana Coll QC"; "Md" before a name is one): no name of their own.
 */
export const POST_NOMINALS = new Set(
  'MD PhD DVM MPH MBA MSc BSc LLB LLM DPhil RN OBE MBE CBE KBE DBE FRS Esq QC KC MEP MSP MLA MPP'.split(' '),
);
/**
 * Letters of an office written after a person's name ("Tor Berg MP"): no part of the name there,
 * though alone they may name the holder ("MP for Dunmore, Ivo Marek, …").
 */
export const OFFICE_LETTERS = new Set('MP TD SC JP'.split(' '));

/** Capitalised words that do not start a name: sentence openers, pronouns, calendar words, acronyms of things. */
export const NOT_NAMES = new Set([
  ...THING_ACRONYMS,
  ...'the a an in on at as for but and or if while when after before during since although though however according this that these those it he she they we i you everybody everyone somebody someone nobody anybody anyone his her their its our my your some many any most other others each every all both several few no not yes so yet also then there here what who whom whose which why how where whether yesterday today tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri mr mrs ms dr meanwhile despite amid among instead following under over with without about from into by to of up out more less first last next one two three four five six seven eight nine ten former current incoming outgoing recent earlier later still even just only such much very well please share read click visit explore for further breaking update updated editor note utc gmt est edt pst pdt cet bst christmas easter asia europe africa oceania scandinavia officials analysts investors scientists researchers experts tickets shares stocks prices police protesters demonstrators residents critics voters lawmakers legislators workers employees troops soldiers rebels militants authorities prosecutors doctors students customers consumers users fans players citizens people children women men families teachers farmers regulators economists traders markets sales profits negotiators diplomats leaders rescuers firefighters'.split(
    ' ',
  ),
]);

/** Verbs of market movement: their subject is an index, a share or a company, never a person. */
export const MARKET_VERBS = new Set(
  'rise rose risen rises fall fell fallen falls drop dropped drops climb climbed climbs jump jumped jumps plunge plunged plunges soar soared soars gain gained gains lose lost loses slip slipped slips surge surged surges tumble tumbled tumbles slump slumped slumps rally rallied rallies dip dipped dips sink sank sinks slide slid slides edge edged edges close closed closes'.split(
    ' ',
  ),
);

/** Words that start commentary rather than an event ("underscore", "reflects", "remains"). */
export const COMMENTARY_VERBS = new Set(
  'underscore underscores reflect reflects highlight highlights suggest suggests show shows remain remains appear appears seem seems mean means stem stems come comes illustrate illustrates signal signals mark marks raise raises add adds pose poses'.split(
    ' ',
  ),
);

/**
 * Acts of the courts and the police about something that happened before: a date written after
 * them in a phrase about that happening is its date ("pleaded guilty to … an assault on June 2").
 */
export const PROCEEDINGS = new Set(
  'charge plead admit deny convict sentence fine jail imprison acquit remand indict try accuse prosecute'.split(
    ' ',
  ),
);

/** Nouns of something that happened: an incident, a crime, an accident, a disaster. */
export const HAPPENINGS = new Set(
  'incident attack assault shooting stabbing murder killing robbery burglary theft break-in raid fire blaze explosion blast bombing crash collision accident fight brawl riot clash kidnapping abduction ambush offence offense crime'.split(
    ' ',
  ),
);

/** Offices no other role noun names ("the commander" may be the rebel leader; "the judge" is no lawyer). */
export const PROFESSIONS = new Set(
  'attorney lawyer judge prosecutor spokesman spokeswoman spokesperson reporter correspondent editor analyst economist professor scientist researcher engineer coach referee ambassador envoy'.split(
    ' ',
  ),
);

/** People and bodies that act for a person ("his lawyer said", "her family issued a statement"). */
export const RELATION_NOUNS = new Map<string, 'person' | 'group'>([
  ...'lawyer attorney spokesman spokeswoman spokesperson wife husband widow widower son daughter mother father brother sister aide adviser advisor agent doctor'
    .split(' ')
    .map((w) => [w, 'person'] as const),
  ...'family lawyers attorneys aides advisers advisors parents children relatives doctors campaign office'
    .split(' ')
    .map((w) => [w, 'group'] as const),
]);

/** Nouns of a person's role: "the commander" is the person the article named last. */
export const PERSON_ROLE_NOUNS = new Set(
  'commander minister president premier chairman chairwoman chancellor senator governor mayor spokesman spokeswoman spokesperson general judge magistrate coroner sheriff prosecutor ambassador commissioner superintendent inspector coach manager captain chief actor singer player leader'.split(
    ' ',
  ),
);

/** Lower-case particles inside a person's name ("van Gogh", "de la Garza", "bin Salman"). */
export const NAME_PARTICLES = new Set(
  'van von der den de del della da di du la le bin ibn dos das ter ten'.split(' '),
);
/** Pronouns that open a relative clause ("…, which lost 33%", "…, who prosecuted the case"). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** An account that opens the sentence ("According to police, …"), as against one told last. */
export const ACCOUNT_FIRST = /^\s*according to\b/i;
/** Words of direction and extent that open the name of a region or a place ("Latin America"). */
export const REGION_WORDS = new Set(
  'north south east west northern southern eastern western central latin new greater upper lower northeast northwest southeast southwest'.split(
    ' ',
  ),
);

/** Last words of the name of an area ("Kelby County", "Tarvo District"): a place's, no person's. */
export const AREA_ENDS = new Set(
  'county district region province division constituency township parish municipality prefecture governorate oblast borough'.split(
    ' ',
  ),
);
/** Last words of a law's or a treaty's name ("the Official Secrets Act"): no person's, whatever comes before. */
export const LAW_ENDS = new Set([
  'act',
  'law',
  'bill',
  'treaty',
  'accord',
  'code',
  'convention',
  'charter',
  'constitution',
]);
/** Prepositions before a place that only say where ("in Cupertino", "a visitor to Christchurch"). */
export const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'across', 'outside', 'inside']);

/** Roles whose words are a body's: "a plant spokesman said", "a spokeswoman for the airline said". */
export const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Words that count a body's members ("thousands of protesters", "a group of rebels"). */
export const PARTITIVES = new Set(
  'thousands hundreds dozens scores millions tens group groups crowd crowds band'.split(' '),
);

/** A day named without its date ("Monday", "yesterday", "tonight"). */
export const DAY_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)$/;

/** A weekday or a month, written out or short ("Monday", "Jan.", "September"). */
export const DAY_OR_MONTH =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|june|july|august|september|october|november|december)$/i;

/** The forms of a state that open its long name ("the Kingdom of …", "the Republic of …"). */
export const STATE_FORMS = new Set([
  'kingdom',
  'sultanate',
  'emirate',
  'republic',
  'principality',
  'commonwealth',
]);

/** Words of the names that bodies of every country bear: "Supreme Court", "Central Bank", "National Assembly". */
export const GENERIC_NAME_WORDS = new Set(
  'supreme high constitutional central national federal district appeals appeal criminal civil electoral foreign interior finance justice defence defense health state bank parliament senate congress cabinet government'.split(
    ' ',
  ),
);

/** Nouns of the institutions of a place or a body. */
export const INSTITUTIONS = new Set(
  'board council department commission committee agency authority bureau panel police court ministry tribunal assembly commissioners councillors councilors supervisors trustees aldermen selectmen'.split(
    ' ',
  ),
);

/** Verbs that put a speaker's name right after or before them ("said Tor Berg", "Tor Berg said"). */
const SAID = 'said|says|told|stated|added';
/** A verb of saying just before: "said Tor Berg". */
export const SAID_BEFORE = new RegExp(`\\b(?:${SAID})\\s*$`, 'i');
/** A verb of saying just after: "Tor Berg said", "Tor Berg, said …". */
export const SAID_AFTER = new RegExp(`^\\s*,?\\s*(?:${SAID})\\b`, 'i');
/** A verb of saying, then a body's name of one to four capitalised words in the possessive. */
export const SPEAKER_AFTER_OWNER = new RegExp(
  `\\b(?:${SAID})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.&-]*\\s+){0,3}\\p{Lu}[\\p{L}.&-]*[’']s\\s*$`,
  'u',
);
