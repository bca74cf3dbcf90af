// Storage benchmark: the library's events at 100,000 (12,500 articles of 8 events) kept as today
// (one JSON extraction per article file in cache/, edits.json written durably, search in memory
// over services/event-search.ts) against SQLite (better-sqlite3 with FTS5: one table of events,
// a full-text index, edits as rows). Prints load, search and edit-write times, medians of 5 runs.
//   npm run bench:store [-- --events 100000]
// The SQLite side needs better-sqlite3, which the app does not depend on (see the README's
// "Storage" section for why): install it beside the project to run that side.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventFinder } from '../electron/services/event-search';
import { openExtractionCache } from '../electron/services/extraction-cache';
import { refOf } from '../electron/services/edits/records';
import { newRecordBase, openEditStore } from '../electron/services/edits/store';
import type { NewsEvent } from '../electron/shared/model';
import { syntheticSnapshot } from '../tests/e2e/synthetic-service';

const args = process.argv.slice(2);
const at = args.indexOf('--events');
const EVENTS = at >= 0 ? Number(args[at + 1]) : 100_000;
const PER_FILE = 8;
const RUNS = 5;
const QUERIES = ['lavrov', 'officials said', 'ukraine talks', 'record'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const time = async (work: () => unknown): Promise<number> => {
  const t0 = performance.now();
  await work();
  return performance.now() - t0;
};
const report = (what: string, ms: number[]) =>
  console.log(`${what}: ${median(ms).toFixed(1)} ms (median of ${ms.length})`);

const snapshot = syntheticSnapshot({ events: EVENTS, actors: 300, from: '2016-01-01', to: '2025-12-31' });
const events = snapshot.events;
const files: NewsEvent[][] = [];
for (let i = 0; i < events.length; i += PER_FILE) files.push(events.slice(i, i + PER_FILE));
const root = mkdtempSync(join(tmpdir(), 'newsline-store-'));
console.log(
  `${events.length} events in ${files.length} files; load ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

try {
  // --- JSON files, as today ---
  const cache = await openExtractionCache(join(root, 'cache'), 'bench');
  const keys = files.map((_, i) => cache.keyOf({ file: `f${i}.md`, content: String(i), origin: 'library' }));
  for (let i = 0; i < files.length; i++)
    await cache.put(keys[i] as string, { articles: [], events: files[i] as NewsEvent[], problems: [] });
  const load: number[] = [];
  for (let r = 0; r < RUNS; r++)
    load.push(
      await time(async () => {
        await readdir(join(root, 'cache'));
        const loaded = await Promise.all(keys.map((k) => cache.get(k)));
        if (loaded.flatMap((l) => l?.events ?? []).length !== events.length) throw new Error('lost events');
      }),
    );
  report('json load (every extraction file read and parsed)', load);
  const finder = createEventFinder(async () => snapshot);
  report('json search, first (index built)', [await time(() => finder.searchEvents('lavrov'))]);
  const search: number[] = [];
  for (let r = 0; r < RUNS; r++)
    for (const q of QUERIES) search.push(await time(() => finder.searchEvents(q)));
  report('json search (index built)', search);
  const store = await openEditStore(join(root, 'edits.json'));
  const writes: number[] = [];
  for (let r = 0; r < 50; r++)
    writes.push(
      await time(() =>
        store.change('Change title', (edits) => [
          ...edits,
          { ...newRecordBase(), op: 'hide', target: refOf(events[r] as NewsEvent) },
        ]),
      ),
    );
  report('json edit write (edits.json, 50th edit, durable)', writes.slice(-RUNS));

  // --- SQLite with FTS5 ---
  interface Statement {
    run(...values: unknown[]): unknown;
    all(...values: unknown[]): unknown[];
  }
  interface SqliteDatabase {
    pragma(text: string): unknown;
    exec(sql: string): void;
    prepare(sql: string): Statement;
    transaction(work: () => void): () => void;
    close(): void;
  }
  let Database: (new (path: string) => SqliteDatabase) | undefined;
  try {
    // from this project, or from the folder named by SQLITE_MODULES_DIR (installed beside it)
    const from = process.env.SQLITE_MODULES_DIR ?? process.cwd();
    Database = createRequire(join(from, 'package.json'))('better-sqlite3') as new (
      path: string,
    ) => SqliteDatabase;
  } catch {
    console.log('sqlite: better-sqlite3 is not installed here; only the JSON side was measured');
  }
  if (Database) {
    const db = new Database(join(root, 'library.db'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE events (id TEXT PRIMARY KEY, start TEXT, json TEXT);
      CREATE VIRTUAL TABLE events_fts USING fts5(id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');
      CREATE TABLE edits (id TEXT PRIMARY KEY, at TEXT, json TEXT);`);
    const insert = db.prepare('INSERT INTO events VALUES (?, ?, ?)');
    const insertFts = db.prepare('INSERT INTO events_fts VALUES (?, ?)');
    const fill = await time(() =>
      db.transaction(() => {
        for (const e of events) {
          insert.run(e.id, e.start, JSON.stringify(e));
          insertFts.run(
            e.id,
            [e.title, ...e.sources.map((s) => s.quote), ...e.actors.map((a) => a.name)].join('\n'),
          );
        }
      })(),
    );
    report('sqlite first fill (events and full-text index)', [fill]);
    const all = db.prepare('SELECT json FROM events ORDER BY start, id');
    const sload: number[] = [];
    for (let r = 0; r < RUNS; r++)
      sload.push(
        await time(() => {
          const rows = all.all() as { json: string }[];
          if (rows.map((row) => JSON.parse(row.json)).length !== events.length)
            throw new Error('lost events');
        }),
      );
    report('sqlite load (every event read and parsed)', sload);
    const match = db.prepare('SELECT id FROM events_fts WHERE events_fts MATCH ?');
    const ssearch: number[] = [];
    for (let r = 0; r < RUNS; r++)
      for (const q of QUERIES)
        ssearch.push(
          await time(() =>
            match.all(
              q
                .split(' ')
                .map((w) => `"${w}"*`)
                .join(' '),
            ),
          ),
        );
    report('sqlite search (FTS5, words as prefixes)', ssearch);
    const edit = db.prepare('INSERT INTO edits VALUES (?, ?, ?)');
    const swrites: number[] = [];
    for (let r = 0; r < 50; r++)
      swrites.push(await time(() => edit.run(`edit-${r}`, new Date().toISOString(), '{}')));
    report('sqlite edit write (one row, WAL, synchronous=FULL)', swrites.slice(-RUNS));
    db.close();
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
