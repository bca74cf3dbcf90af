/**
 * Many news articles of real length and shape, made in the page and dropped on it as files, for
 * the browser test of a large import and for `npm run bench:import`: no file crosses the test's
 * connection to the browser, the page reads them as it reads any dropped file. Deterministic:
 * article `i` is always the same text (its own title, date, actors and sentences).
 */
import type { Page } from 'playwright-core';

/**
 * The page-side maker, as source (evaluated in the page, no build step between): `makeArticles(n,
 * from)` gives files from-1 … from+n-1 named `article-00001.md` …; each 2-4 KB, front matter,
 * headline, a dateline, quotes and a table row or two.
 */
const MAKER = `(() => {
  const people = ['Angela Merkel', 'Emmanuel Macron', 'Olaf Scholz', 'Antonio Guterres', 'Ursula von der Leyen',
    'Jens Stoltenberg', 'Volodymyr Zelensky', 'Sergey Lavrov', 'Joe Biden', 'Rishi Sunak', 'Donald Tusk', 'Mark Rutte'];
  const bodies = ['NATO', 'the United Nations', 'the European Union', 'the World Health Organization', 'the Red Cross'];
  const places = ['Berlin', 'Paris', 'Brussels', 'Geneva', 'Kyiv', 'Warsaw', 'London', 'Washington', 'Ankara', 'Vienna'];
  const topics = ['energy prices', 'the ceasefire', 'grain exports', 'refugee aid', 'sanctions', 'the harbour strike',
    'flood relief', 'the vaccine rollout', 'border controls', 'the budget talks'];
  const verbs = ['met', 'criticised', 'praised', 'warned', 'called on', 'thanked', 'rejected an offer from'];
  const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const pick = (list, i, k) => list[(i * 7 + k * 13 + Math.floor(i / list.length)) % list.length];
  const article = (i) => {
    const month = i % 12, day = 1 + (i * 5) % 28;
    const date = '2024-' + String(month + 1).padStart(2, '0') + '-' + String(day).padStart(2, '0');
    const a = pick(people, i, 1), b = pick(people, i + 3, 2), org = pick(bodies, i, 3);
    const place = pick(places, i, 4), topic = pick(topics, i, 5), verb = pick(verbs, i, 6);
    const title = a + ' ' + verb + ' ' + b + ' over ' + topic + ' (report ' + i + ')';
    const lines = ['---', 'title: "' + title + '"', 'published: ' + date, 'source: Wire ' + (i % 9), '---', title,
      place.toUpperCase() + ', ' + months[month] + ' ' + day + ', 2024 —', ''];
    const paragraphs = [
      a + ' ' + verb + ' ' + b + ' in ' + place + ' on ' + pick(days, i, 7) + ' to discuss ' + topic + ', officials said.',
      '"We cannot wait any longer on ' + topic + '," ' + a + ' told reporters after the meeting in ' + place + '.',
      org + ' announced on ' + months[(month + 1) % 12] + ' ' + (1 + (i * 3) % 27) + ' that it would send envoys to ' + pick(places, i, 8) + '.',
      b + ' said the talks had been useful but warned that ' + topic + ' would take months to settle.',
      'Earlier, ' + pick(people, i, 9) + ' visited ' + pick(places, i, 10) + ' and met local leaders to discuss ' + pick(topics, i, 11) + '.',
      '| Topic | Details |', '| --- | --- |', '| ' + topic + ' | talks continue in ' + place + ' |',
      'Analysts in ' + pick(places, i, 12) + ' said the meeting showed how far apart the two sides remain on ' + topic + '.',
      pick(people, i, 13) + ' is expected to travel to ' + pick(places, i, 14) + ' next week, according to ' + org + '.',
      'The report was filed as number ' + i + ' of the series.',
    ];
    // real articles run to a few kilobytes: the background paragraphs repeat with their own numbers
    for (let k = 0; lines.join('\\n').length + paragraphs.join('\\n').length < 2200 + (i % 5) * 400; k++)
      paragraphs.push('Background ' + (k + 1) + ': ' + pick(people, i + k, 15) + ' ' + pick(verbs, i + k, 16) + ' ' +
        pick(people, i + k, 17) + ' in ' + pick(places, i + k, 18) + ' over ' + pick(topics, i + k, 19) + ' in ' +
        months[(month + 11) % 12] + ', the ' + org.replace(/^the /, '') + ' said in a statement.');
    return new File([lines.concat(paragraphs).join('\\n') + '\\n'], 'article-' + String(i).padStart(5, '0') + '.md',
      { type: 'text/markdown', lastModified: Date.UTC(2024, month, day) });
  };
  return (n, from) => Array.from({ length: n }, (_, k) => article(from + k));
})()`;

/** The same articles as text, made here (Node has the page's File): `[name, text]` each. */
export async function articleTexts(count: number, from = 1): Promise<Array<[string, string]>> {
  const make = (0, eval)(MAKER) as (n: number, from: number) => File[];
  return Promise.all(make(count, from).map(async (f): Promise<[string, string]> => [f.name, await f.text()]));
}

/**
 * Makes `count` articles (numbered from `from`, 1 by default) in the page and drops them on the
 * explorer, as a person drops files; answers the page's time of the drop (performance.now()).
 */
export async function dropArticles(page: Page, count: number, from = 1): Promise<number> {
  return (await page.evaluate(`(() => {
    const files = (${MAKER})(${count}, ${from});
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(f);
    const at = performance.now();
    document.querySelector('.app').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return at;
  })()`)) as number;
}
