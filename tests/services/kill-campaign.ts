/**
 * The kill campaign shared by the kill test (a short run in every `npm test`) and
 * `npm run bench:kill` (200 runs): a writer (kill-writer.ts) is killed with SIGKILL at seeded
 * random points while it writes edits, saved views and imported articles; after each kill the
 * library is opened as the next start would, and every write the writer confirmed must be there.
 */
import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { removeStaleTemporaries } from '../../electron/services/atomic-write';
import { CURATION_FILES } from '../../electron/services/curation';
import { openEditStore } from '../../electron/services/edits/store';
import { userDataPaths } from '../../electron/services/index';
import { readArticleFolder } from '../../electron/services/library';
import { openSavedViews } from '../../electron/services/saved-views';
import type { Problem } from '../../electron/shared/model';
import { seededRandom } from '../seeded-random';

const WRITER = join(import.meta.dirname, 'kill-writer.ts');

type Kind = 'edit' | 'view' | 'article';

export interface KillFigures {
  runs: number;
  kills: number;
  confirmed: Record<Kind, number>;
  /** Confirmed writes not found after a kill, as "run N: kind name". */
  lost: string[];
  /** Problems the next start reported (a damaged file, a record set aside …). */
  problems: string[];
  /** Temporary files of killed writers left after the last start. */
  leftovers: string[];
}

/** Starts the writer, lets it confirm `after` writes, waits `delayMs`, then kills it. */
function runAndKill(userDataDir: string, run: number, after: number, delayMs: number) {
  return new Promise<{ confirmed: [Kind, string][] }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, userDataDir, String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const confirmed: [Kind, string][] = [];
    let buffer = '';
    let stderr = '';
    let killing = false;
    const kill = () => {
      if (killing) return;
      killing = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        const match = /^confirmed (edit|view|article) (.+)$/.exec(line);
        if (match) confirmed.push([match[1] as Kind, match[2] ?? '']);
        if ((line === 'ready' && after === 0) || confirmed.length >= after) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended without being killed: ${stderr}`));
      else resolve({ confirmed });
    });
  });
}

/** What the next start finds: the edits' titles, the views' names, the article files, and problems. */
async function reopen(userDataDir: string) {
  const library = userDataPaths(userDataDir).library;
  await removeStaleTemporaries(library); // as the service does at start, under the lock
  const edits = await openEditStore(join(library, CURATION_FILES.edits));
  const views = await openSavedViews(join(library, CURATION_FILES.views));
  const articles = await readArticleFolder(library, 'library');
  const problems: Problem[] = [...edits.loadProblems(), ...views.loadProblems(), ...articles.unreadable];
  const found: Record<Kind, Set<string>> = {
    edit: new Set(edits.current().map((e) => (e.op === 'change' ? (e.patch.title ?? '') : ''))),
    view: new Set(views.list().map((v) => v.name)),
    article: new Set(articles.files.map((f) => f.file)),
  };
  return { found, problems };
}

/** Runs `runs` kills on the library in `userDataDir` (seeded: the same seed replays the same kills). */
export async function killCampaign(
  userDataDir: string,
  runs: number,
  seed = 20_260_128,
  onRun?: (run: number, figures: KillFigures) => void,
): Promise<KillFigures> {
  const random = seededRandom(seed);
  const figures: KillFigures = {
    runs,
    kills: 0,
    confirmed: { edit: 0, view: 0, article: 0 },
    lost: [],
    problems: [],
    leftovers: [],
  };
  const everConfirmed: [Kind, string][] = [];
  for (let run = 0; run < runs; run += 1) {
    const after = Math.floor(random() * 40); // 0 … 39 confirmations, then
    const delayMs = Math.floor(random() * 4); // 0 … 3 ms more writing
    const result = await runAndKill(userDataDir, run, after, delayMs);
    figures.kills += 1;
    for (const [kind, name] of result.confirmed) {
      figures.confirmed[kind] += 1;
      everConfirmed.push([kind, name]);
    }
    const { found, problems } = await reopen(userDataDir);
    figures.problems.push(...problems.map((p) => `run ${run}: ${p.file}: ${p.message}`));
    for (const [kind, name] of everConfirmed)
      if (!found[kind].has(name)) figures.lost.push(`run ${run}: ${kind} ${name}`);
    onRun?.(run, figures);
  }
  const library = userDataPaths(userDataDir).library;
  figures.leftovers = (await readdir(library)).filter((f) => f.endsWith('.tmp'));
  return figures;
}
