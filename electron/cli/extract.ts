/**
 * Command line: `npm run extract -- FILE... [--out events.json] [--published YYYY-MM-DD]` writes the
 * events of the files (JSON, see assets/events.schema.json) and prints one line per file.
 * `npm run extract -- --timex --out OUT.json FILE...` writes every time expression instead.
 * A file that cannot be used gets one line saying why; the others go on. The exit code is non-zero
 * only when no file could be read (or the arguments are wrong).
 */
import { MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_FILE_LABEL } from '../shared/limits';
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  EXTRACTOR_VERSION,
  extractFile,
  mergeEvents,
  tagFileTimexes,
  type ArticleFileInput,
} from '../extract/index';
import { isIsoDay } from '../extract/frontmatter';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';

/** Largest file read, in bytes: news articles are far smaller; anything bigger is a mistake. */
export const MAX_FILE_BYTES = MAX_ARTICLE_FILE_BYTES;

/** Parsed command-line options. */
export interface CliOptions {
  files: string[];
  out?: string;
  published?: string;
  timex: boolean;
}

const USAGE =
  'usage: npm run extract -- FILE... [--out events.json] [--published YYYY-MM-DD]\n' +
  '       npm run extract -- --timex --out OUT.json FILE...';

/** Parses the arguments; returns an error line for wrong ones. */
export function parseArgs(argv: string[]): CliOptions | { error: string } {
  const options: CliOptions = { files: [], timex: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--out' || arg === '-o') {
      const value = argv[++i];
      if (!value) return { error: '--out needs a file name' };
      options.out = value;
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
      options.files.push(arg);
    }
  }
  if (!options.files.length) return { error: USAGE };
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
  /** One line per file (and a closing line). */
  lines: string[];
  output?: unknown;
}

/** Runs the command on already-parsed options; returns what to print and write. */
export function runCli(options: CliOptions): CliResult {
  const lines: string[] = [];
  let readable = 0;
  const problems: Problem[] = [];
  const articles: ArticleInfo[] = [];
  const events: NewsEvent[] = [];
  const timexArticles: Array<{ file: string; timexes: Array<Record<string, unknown>> }> = [];
  for (const path of options.files) {
    const read = readArticleFile(path);
    if ('problem' in read) {
      lines.push(`${path}: skipped, ${read.problem}`);
      problems.push({ file: basename(path), message: read.problem });
      continue;
    }
    const input: ArticleFileInput = {
      file: basename(path),
      content: read.content,
      origin: 'library',
      ...(options.published ? { published: options.published } : {}),
    };
    try {
      if (options.timex) {
        const tagged = tagFileTimexes(input);
        const fatal = tagged.problems.find((p) => /not a date/.test(p.message));
        if (fatal) {
          lines.push(`${path}: skipped, ${fatal.message}`);
          problems.push(fatal);
          continue;
        }
        readable++;
        timexArticles.push({
          file: path,
          timexes: tagged.timexes.map((t) => ({
            start: t.start,
            end: t.end,
            text: t.text,
            type: t.type,
            value: t.value,
          })),
        });
        lines.push(`${path}: ${tagged.timexes.length} time expressions`);
        continue;
      }
      const result = extractFile(input);
      if (!result.articles.length) {
        const why = result.problems[0]?.message ?? 'no article found';
        lines.push(`${path}: skipped, ${why}`);
        problems.push(...result.problems);
        continue;
      }
      readable++;
      articles.push(...result.articles);
      events.push(...result.events);
      problems.push(...result.problems);
      const notes = result.problems.map((p) => `; ${p.message}`).join('');
      lines.push(
        `${path}: ${result.articles.length} article${result.articles.length === 1 ? '' : 's'}, ${result.events.length} event${result.events.length === 1 ? '' : 's'}${notes}`,
      );
    } catch (error) {
      lines.push(`${path}: skipped, extraction failed (${describe(error)})`);
      problems.push({ file: basename(path), message: `extraction failed (${describe(error)})` });
    }
  }
  const output = options.timex
    ? { articles: timexArticles }
    : {
        extractor: { name: 'newsline', version: EXTRACTOR_VERSION },
        articles,
        events: mergeEvents(events),
        problems,
      };
  if (!options.timex) {
    lines.push(
      `${(output as { events: NewsEvent[] }).events.length} events from ${articles.length} articles in ${readable} of ${options.files.length} files`,
    );
  }
  return { exitCode: readable > 0 ? 0 : 1, lines, output };
}

/** Entry point: parses `argv`, runs, writes the output and prints the lines. */
export function main(argv: string[]): number {
  const options = parseArgs(argv);
  if ('error' in options) {
    process.stderr.write(`${options.error}\n`);
    return 2;
  }
  const result = runCli(options);
  const json = `${JSON.stringify(result.output, null, 2)}\n`;
  const log = (line: string): void => {
    (options.out ? process.stdout : process.stderr).write(`${line}\n`);
  };
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
  for (const line of result.lines) log(line);
  return result.exitCode;
}

const invokedDirectly = /(?:^|[\\/])extract\.[cm]?[jt]s$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`extract failed: ${describe(error)}\n`);
    process.exitCode = 1;
  }
}
