/**
 * Command line: `npm run extract -- PATH... [--list FILE] [--out events.json] [--published YYYY-MM-DD]
 * [--threads N]` writes the events of the files (JSON, see assets/events.schema.json) and prints one
 * line per file as it is done. A PATH is a file, a folder (its .md and .txt files, subfolders
 * included) or a quoted glob; `--list FILE` reads paths one per line ("-": standard input), for more
 * files than a command line holds. Files are extracted on a pool of worker threads, one per core.
 * `npm run extract -- --timex --out OUT.json FILE...` writes every time expression instead.
 * A file that cannot be used gets one line saying why; the others go on. The exit code is non-zero
 * only when no file could be read (or the arguments are wrong).
 */
import { isHtmlFileName, MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILE_LABEL } from '../shared/limits';
import { closeSync, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import {
  EXTRACTOR_VERSION,
  mergeEvents,
  tagFileTimexes,
  type ArticleFileInput,
  type FileExtraction,
} from '../extract/index';
import { isIsoDay } from '../extract/frontmatter';
import {
  createWorkerExtractionRunner,
  extractInThisThread,
  extractionThreads,
  type ExtractionRunner,
} from '../services/extraction-runner';
import { articleMarkdown, htmlToArticle } from '../services/html-article';
import { mapAhead } from '../services/map-ahead';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import { expandInputs, readList, type InputPath } from './inputs';

/** Largest file read, in bytes: news articles are far smaller; anything bigger is a mistake. */
export const MAX_FILE_BYTES = MAX_ARTICLE_FILE_BYTES;

/** Parsed command-line options. */
export interface CliOptions {
  /** Files, folders and globs, in the order given. */
  paths: string[];
  /** Files listing more paths, one per line. */
  lists: string[];
  out?: string;
  published?: string;
  timex: boolean;
  /** Worker threads extracting (1: in this thread). */
  threads: number;
}

const USAGE =
  'usage: npm run extract -- PATH... [--list FILE] [--out events.json] [--published YYYY-MM-DD] [--threads N]\n' +
  '       PATH: a file, a folder (its .md and .txt files) or a quoted glob ("news/**/*.md")\n' +
  '       npm run extract -- --timex --out OUT.json FILE...';

/** Parses the arguments; returns an error line for wrong ones. */
export function parseArgs(argv: string[]): CliOptions | { error: string } {
  const options: CliOptions = { paths: [], lists: [], timex: false, threads: extractionThreads('batch') };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (!value) return { error: '--out needs a file name' };
      options.out = value;
    } else if (arg === '--list') {
      const value = argv[++i];
      if (!value) return { error: '--list needs a file of paths, one per line (or - for standard input)' };
      options.lists.push(value);
    } else if (arg === '--threads') {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1 || value > 64)
        return { error: `--threads needs a whole number from 1 to 64 (got "${argv[i] ?? ''}")` };
      options.threads = value;
    } else if (arg === '--published') {
      const value = argv[++i];
      if (!value || !isIsoDay(value))
        return { error: `--published needs a date as YYYY-MM-DD (got "${value ?? ''}")` };
      options.published = value;
    } else if (arg === '--timex') {
      options.timex = true;
    } else if (arg === '--help' || arg === '-h') {
      return { error: USAGE };
    } else if (arg.startsWith('--')) {
      return { error: `unknown option ${arg}\n${USAGE}` };
    } else {
      options.paths.push(arg);
    }
  }
  if (!options.paths.length && !options.lists.length) return { error: USAGE };
  return options;
}

/** Reads a file as UTF-8 text, or says in one line why it cannot be used. */
export function readArticleFile(path: string): { content: string } | { problem: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { problem: 'is a folder, not a file' };
    size = st.size;
  } catch (error) {
    return { problem: `cannot read it (${describe(error)})` };
  }
  if (size > MAX_FILE_BYTES) {
    return {
      problem: `too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_ARTICLE_FILE_LABEL} per file)`,
    };
  }
  let bytes: Buffer;
  try {
    const fd = openSync(path, 'r');
    try {
      bytes = Buffer.alloc(size);
      let read = 0;
      while (read < size) {
        const n = readSync(fd, bytes, read, size - read, read);
        if (n <= 0) break;
        read += n;
      }
      bytes = bytes.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { problem: `cannot read it (${describe(error)})` };
  }
  if (bytes.length === 0) return { problem: 'empty file' };
  if (bytes.includes(0)) return { problem: 'binary file, not text' };
  let content: string;
  try {
    content = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: 'not UTF-8 text' };
  }
  let controls = 0;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if ((c >= 1 && c <= 8) || (c >= 14 && c <= 31)) controls++;
  }
  if (controls > content.length / 100) return { problem: 'binary file, not text' };
  if (!content.trim()) return { problem: 'empty file' };
  // a web page is read as the article of its text, as an import into the app reads it
  if (isHtmlFileName(path)) return { content: articleMarkdown(htmlToArticle(content)) };
  return { content };
}

function describe(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return code ?? (error instanceof Error ? (error.message.split('\n')[0] ?? 'error') : 'error');
}

/** What a run prints, writes and exits with. */
export interface CliResult {
  exitCode: number;
  /** One line per file (and a closing line), as printed. */
  lines: string[];
  output?: unknown;
}

/** The paths a run reads: its lists' paths and its own, folders and globs expanded. */
function inputPaths(options: CliOptions, say: (line: string) => void, problems: Problem[]): InputPath[] {
  const given = [...options.paths];
  for (const list of options.lists) {
    const read = readList(list);
    if ('problem' in read) {
      say(`${list}: skipped, ${read.problem}`);
      problems.push({ file: basename(list), message: read.problem });
    } else given.push(...read.paths);
  }
  return expandInputs(given);
}

/**
 * The extraction worker for the command line: the same bundle the app runs, built into a
 * temporary folder (the command line runs from the sources).
 */
async function bundledWorker(): Promise<{ script: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'newsline-extract-'));
  const script = join(dir, 'extract-worker.cjs');
  await build({
    absWorkingDir: fileURLToPath(new URL('../..', import.meta.url)),
    entryPoints: ['electron/services/extract-worker.ts'],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Node has \p{…} in regular expressions: kept as literals, not rebuilt by `new RegExp` at each call
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'silent',
  });
  return { script, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Files read and handed to the pool ahead of the one printed next, per thread. */
const FILES_AHEAD_PER_THREAD = 8;

/** From how many files a run uses the pool of threads. */
const POOL_FROM_FILES = 32;

type FileOutcome = { path: string; problem: string } | { path: string; extraction: FileExtraction };

/** Runs the command on already-parsed options; `say` gets each line as soon as it is known. */
export async function runCli(
  options: CliOptions,
  say: (line: string) => void = () => undefined,
): Promise<CliResult> {
  const lines: string[] = [];
  const tell = (line: string): void => {
    lines.push(line);
    say(line);
  };
  const problems: Problem[] = [];
  const paths = inputPaths(options, tell, problems);
  if (options.timex) return runTimex(options, paths, tell, lines, problems);

  // (a few files are done before a pool of threads has started)
  const worker = options.threads > 1 && paths.length >= POOL_FROM_FILES ? await bundledWorker() : undefined;
  const pool = worker ? createWorkerExtractionRunner(worker.script, { threads: options.threads }) : undefined;
  const extract: ExtractionRunner = pool ?? extractInThisThread;
  const articles: ArticleInfo[] = [];
  const events: NewsEvent[] = [];
  let readable = 0;
  try {
    // (results are taken in order: enough files ahead that a long one holds no thread idle)
    const outcomes = mapAhead(
      paths,
      options.threads * FILES_AHEAD_PER_THREAD,
      async (item): Promise<FileOutcome> => {
        if ('problem' in item) return item;
        const read = readArticleFile(item.path);
        if ('problem' in read) return { path: item.path, problem: read.problem };
        const input: ArticleFileInput = {
          file: basename(item.path),
          path: resolve(item.path),
          content: read.content,
          origin: 'library',
          ...(options.published ? { published: options.published } : {}),
        };
        return { path: item.path, extraction: await extract(input) };
      },
    );
    for await (const outcome of outcomes) {
      const { path } = outcome;
      if ('problem' in outcome) {
        tell(`${path}: skipped, ${outcome.problem}`);
        problems.push({ file: basename(path), message: outcome.problem });
        continue;
      }
      const result = outcome.extraction;
      if (!result.articles.length) {
        tell(`${path}: skipped, ${result.problems[0]?.message ?? 'no article found'}`);
        problems.push(...result.problems);
        continue;
      }
      readable++;
      articles.push(...result.articles);
      events.push(...result.events);
      problems.push(...result.problems);
      const notes = result.problems.map((p) => `; ${p.message}`).join('');
      tell(
        `${path}: ${result.articles.length} article${result.articles.length === 1 ? '' : 's'}, ${result.events.length} event${result.events.length === 1 ? '' : 's'}${notes}`,
      );
    }
  } finally {
    await pool?.close();
    worker?.remove();
  }
  const merged = mergeEvents(events);
  tell(`${merged.length} events from ${articles.length} articles in ${readable} of ${paths.length} files`);
  return {
    exitCode: readable > 0 ? 0 : 1,
    lines,
    output: {
      extractor: { name: 'newsline', version: EXTRACTOR_VERSION },
      articles,
      events: merged,
      problems,
    },
  };
}

/** `--timex`: every time expression of each file, with offsets into the text after its front matter. */
function runTimex(
  options: CliOptions,
  paths: InputPath[],
  tell: (line: string) => void,
  lines: string[],
  problems: Problem[],
): CliResult {
  let readable = 0;
  const timexArticles: Array<{ file: string; timexes: Array<Record<string, unknown>> }> = [];
  for (const item of paths) {
    const read = 'problem' in item ? item : readArticleFile(item.path);
    if ('problem' in read) {
      tell(`${item.path}: skipped, ${read.problem}`);
      problems.push({ file: basename(item.path), message: read.problem });
      continue;
    }
    const tagged = tagFileTimexes({
      file: basename(item.path),
      content: read.content,
      origin: 'library',
      ...(options.published ? { published: options.published } : {}),
    });
    const fatal = tagged.problems.find((p) => /not a date/.test(p.message));
    if (fatal) {
      tell(`${item.path}: skipped, ${fatal.message}`);
      problems.push(fatal);
      continue;
    }
    readable++;
    timexArticles.push({
      file: item.path,
      timexes: tagged.timexes.map((t) => ({
        start: t.start,
        end: t.end,
        text: t.text,
        type: t.type,
        value: t.value,
      })),
    });
    tell(`${item.path}: ${tagged.timexes.length} time expressions`);
  }
  return { exitCode: readable > 0 ? 0 : 1, lines, output: { articles: timexArticles } };
}

/** Entry point: parses `argv`, runs, prints each file's line as it is done, then writes the output. */
export async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if ('error' in options) {
    process.stderr.write(`${options.error}\n`);
    return 2;
  }
  // with --out the lines are the output; without, the JSON is, and the lines go to stderr
  const log = (line: string): void => {
    (options.out ? process.stdout : process.stderr).write(`${line}\n`);
  };
  const result = await runCli(options, log);
  const json = `${JSON.stringify(result.output, null, 2)}\n`;
  if (options.out) {
    try {
      writeFileSync(options.out, json);
    } catch (error) {
      process.stderr.write(`cannot write ${options.out} (${describe(error)})\n`);
      return 1;
    }
  } else {
    process.stdout.write(json);
  }
  return result.exitCode;
}

const invokedDirectly = /(?:^|[\\/])extract\.[cm]?[jt]s$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`extract failed: ${describe(error)}\n`);
      process.exitCode = 1;
    },
  );
}
