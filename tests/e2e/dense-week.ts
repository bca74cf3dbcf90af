/**
 * A dense week of one story, as article files for the real services to import: forty articles of
 * five outlets over seven days, 127 events. A few events are told by most outlets, in their headlines, with
 * their dates written; many others are details one article mentions once, far down.
 */
import type { ImportFile } from '../../electron/shared/contract';

export const DENSE_WEEK = { from: '2012-03-12', to: '2012-03-18' };

const OUTLETS = ['BBC', 'Reuters', 'Guardian', 'CNN', 'Al Jazeera'];
const DAYS = [
  '2012-03-12',
  '2012-03-13',
  '2012-03-14',
  '2012-03-15',
  '2012-03-16',
  '2012-03-17',
  '2012-03-18',
];
const WEEKDAY = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The events most outlets tell: [day index, headline, lead sentence (its date written)]. */
export const MAJOR: readonly [number, string, string][] = [
  [
    1,
    'Kofi Annan meets Bashar al-Assad in Damascus',
    'Kofi Annan met Bashar al-Assad in Damascus on March 13.',
  ],
  [3, 'Russia rejects the Arab League peace plan', 'Russia rejected the Arab League peace plan on March 15.'],
  [5, 'Turkey closes its border with Syria', 'Turkey closed its border with Syria on March 17.'],
];

const FIRST = [
  'Ahmed',
  'Lina',
  'Omar',
  'Rami',
  'Yusuf',
  'Samir',
  'Huda',
  'Karim',
  'Nadia',
  'Walid',
  'Tarek',
  'Mona',
];
const LAST = [
  'Haddad',
  'Saleh',
  'Nasser',
  'Darwish',
  'Aziz',
  'Mansour',
  'Bakri',
  'Fares',
  'Hamdan',
  'Sabbagh',
];
const VERBS = ['visited', 'criticised', 'praised', 'inspected', 'thanked', 'warned'];
const OBJECTS = [
  'a clinic',
  'the local council',
  'volunteers',
  'a bakery',
  'the water board',
  'a school',
  'the fire brigade',
  'farmers',
  'a market',
  'the hospital staff',
  'a mosque committee',
];
const TOWNS = [
  'Homs',
  'Hama',
  'Idlib',
  'Aleppo',
  'Deraa',
  'Latakia',
  'Tartus',
  'Raqqa',
  'Palmyra',
  'Qamishli',
  'Douma',
  'Zabadani',
  'Rastan',
];

/** The detail told once, far down an article: the `n`-th of them (each different). */
function detailSentence(n: number): string {
  const who = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
  return `Local official ${who} ${VERBS[n % VERBS.length]} ${OBJECTS[n % OBJECTS.length]} in ${TOWNS[n % TOWNS.length]}.`;
}

/** The forty article files. */
export function denseWeekFiles(): ImportFile[] {
  const files: ImportFile[] = [];
  let detail = 0;
  for (let i = 0; i < 40; i++) {
    const d = i % DAYS.length;
    const outlet = OUTLETS[i % OUTLETS.length] as string;
    // most articles of a major event's day and the day after lead with it
    const major = MAJOR.find(([day]) => day === d || day === d - 1);
    const headline = major ? major[1] : `Fighting goes on in the north, ${outlet} report ${i + 1} says`;
    const lines = [
      '---',
      `title: "${headline}"`,
      `published: ${DAYS[d]}`,
      `source: ${outlet}`,
      '---',
      headline,
      // (the day after, the article leads with its own day and tells the major event further on,
      // so its details stay on the day it reports)
      ...(major && major[0] === d
        ? [major[2]]
        : [`Residents described a tense ${WEEKDAY[d]} across the region.`, ...(major ? [major[2]] : [])]),
      'The situation remained uncertain, residents said.',
    ];
    for (let k = 0; k < (i < 4 ? 4 : 3); k++) lines.push(detailSentence(detail++));
    files.push({
      name: `dense-${String(i + 1).padStart(2, '0')}.md`,
      content: `${lines.join('\n')}\n`,
      lastModified: Date.parse(DAYS[d] as string),
    });
  }
  return files;
}
