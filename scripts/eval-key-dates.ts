/**
 * Key dates against a reference timeline: extracts a story's articles, ranks its days three ways
 * and prints the date F1 of each ranking's top k (k: the number of reference dates) against them:
 * - key dates: days by the summed salience of their events (shared/key-dates.ts), as the app ranks;
 * - publication dates: days by the number of articles published on them;
 * - written dates: days by the number of day dates written in the articles' text.
 *
 * Usage: npm run eval:key-dates -- STORY_DIR [STORY_DIR…]
 * A story folder holds `articles/` (article files with front matter) and either `timeline.txt`, an
 * editors' timeline in the tilse format (a YYYY-MM-DD line, its text, a line of dashes), or
 * `gold.json` of a timeline-dev set (its entity timelines' day dates, a proxy for an editors' one).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { extractFile, mergeEvents, tagFileTimexes, type ArticleFileInput } from '../electron/extract';
import { rankKeyDates } from '../electron/shared/key-dates';
import type { ArticleInfo, NewsEvent } from '../electron/shared/model';
import { withSalience } from '../electron/services/salience';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The reference dates of a story folder. */
function referenceDates(dir: string): Set<string> {
  const editors = join(dir, 'timeline.txt');
  if (existsSync(editors)) {
    const dates = new Set<string>();
    for (const line of readFileSync(editors, 'utf8').split('\n')) {
      const day = line.trim().slice(0, 10);
      if (DAY.test(day) && line.trim().length === 10) dates.add(day);
    }
    return dates;
  }
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as {
    entities: { timeline: { date: string }[] }[];
  };
  return new Set(gold.entities.flatMap((e) => e.timeline.map((t) => t.date).filter((d) => DAY.test(d))));
}

/** Days ranked by a count, most first (ties: the earlier day). */
function byCount(days: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const d of days) counts.set(d, (counts.get(d) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
}

function f1(ranked: readonly string[], reference: ReadonlySet<string>): number {
  const top = ranked.slice(0, reference.size);
  const hits = top.filter((d) => reference.has(d)).length;
  if (hits === 0) return 0;
  const p = hits / top.length;
  const r = hits / reference.size;
  return (2 * p * r) / (p + r);
}

function evaluate(dir: string): {
  story: string;
  k: number;
  ours: number;
  published: number;
  written: number;
} {
  const folder = join(dir, 'articles');
  const inputs: ArticleFileInput[] = readdirSync(folder)
    .filter((f) => /\.(md|markdown|txt)$/.test(f))
    .sort()
    .map((file) => ({
      file,
      path: join(folder, file),
      content: readFileSync(join(folder, file), 'utf8'),
      origin: 'library',
    }));
  const articles: ArticleInfo[] = [];
  const drafts: NewsEvent[] = [];
  const written: string[] = [];
  for (const input of inputs) {
    const x = extractFile(input);
    articles.push(...x.articles);
    drafts.push(...x.events);
    for (const t of tagFileTimexes(input).timexes) if (DAY.test(t.value)) written.push(t.value);
  }
  const events = withSalience(mergeEvents(drafts), articles);
  const reference = referenceDates(dir);
  return {
    story: dir,
    k: reference.size,
    ours: f1(
      rankKeyDates(events).map((d) => d.date),
      reference,
    ),
    published: f1(byCount(articles.map((a) => a.published)), reference),
    written: f1(byCount(written), reference),
  };
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: npm run eval:key-dates -- STORY_DIR [STORY_DIR…]');
  process.exit(2);
}
const rows = dirs.map(evaluate);
const mean = (k: 'ours' | 'published' | 'written') => rows.reduce((s, r) => s + r[k], 0) / rows.length;
console.log('story\tk\tkey dates\tpublication dates\twritten dates');
for (const r of rows)
  console.log(`${r.story}\t${r.k}\t${r.ours.toFixed(3)}\t${r.published.toFixed(3)}\t${r.written.toFixed(3)}`);
console.log(
  `mean\t\t${mean('ours').toFixed(3)}\t${mean('published').toFixed(3)}\t${mean('written').toFixed(3)}`,
);
