import { execFile } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  writeFileSync,
  ftruncateSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function runCli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'electron/cli/extract.ts', ...args],
      { maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

let dir = '';
const good = (): string => join(dir, 'good.md');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsline-cli-'));
  writeFileSync(
    good(),
    '---\ntitle: Good\npublished: 2024-03-15\n---\nJapan condemned the missile launch on Tuesday.\n',
  );
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x00, 0xff]));
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'baddate.md'), '---\npublished: 2024-13-45\n---\nJapan condemned the launch.\n');
  const fd = openSync(join(dir, 'huge.md'), 'w');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  mkdirSync(join(dir, 'folder.md'));
});

// (each test starts one or two processes of the command line: a loaded machine needs more than the default)
describe('npm run extract', { timeout: 90_000 }, () => {
  it('writes the events of good files and a one-line summary per file', async () => {
    const out = join(dir, 'events.json');
    const run = await runCli([good(), '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/good\.md: 1 article, 1 event/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.events[0]).toMatchObject({
      start: '2024-03-12',
      actors: [{ name: 'Japan', role: 'source' }],
    });
  });

  it('gives each bad file one clear line, goes on with the others and exits 0', async () => {
    const out = join(dir, 'mixed.json');
    const files = ['binary.md', 'empty.md', 'baddate.md', 'huge.md', 'missing.md', 'folder.md'].map((f) =>
      join(dir, f),
    );
    const run = await runCli([...files, good(), '--out', out]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.find((l) => l.includes('binary.md'))).toMatch(/skipped, binary file/);
    expect(lines.find((l) => l.includes('empty.md'))).toMatch(/skipped, empty file/);
    expect(lines.find((l) => l.includes('baddate.md'))).toMatch(
      /skipped, .*"published: 2024-13-45" is not a date/,
    );
    expect(lines.find((l) => l.includes('huge.md'))).toMatch(/skipped, too large \(50\.0 MB/);
    expect(lines.find((l) => l.includes('missing.md'))).toMatch(/skipped, cannot read it \(no such file\)/);
    expect(lines.find((l) => l.includes('folder.md'))).toMatch(
      /skipped, a folder with no \.md, \.markdown, \.txt, \.html, \.htm files/,
    );
    expect(lines.find((l) => l.includes('good.md'))).toMatch(/1 article, 1 event/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(JSON.parse(readFileSync(out, 'utf8')).problems).toHaveLength(6);
  });

  it('reads a web page in a folder as the article of its text, tags never in a quote', async () => {
    const pages = join(dir, 'pages');
    mkdirSync(pages);
    writeFileSync(
      join(pages, 'story.html'),
      '<html><head><title>Port strike | Example News</title><meta property="article:published_time" content="2024-04-02T08:00:00Z"><style>p{color:red}</style></head>' +
        '<body><nav>Home</nav><article><h1>Port strike ends</h1><p>Dockers in <b>Valmora</b> ended their strike on Monday.</p>' +
        '<p>The Valmora Port Authority said ships would sail again.</p></article><footer>Share</footer></body></html>',
    );
    const out = join(dir, 'pages.json');
    const run = await runCli([pages, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/story\.html: 1 article, [1-9]\d* events?/);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const quotes = written.events.flatMap((e: { sources: Array<{ quote: string }> }) =>
      e.sources.map((q) => q.quote),
    );
    expect(quotes.join(' ')).toMatch(/Port Authority said/);
    expect(quotes.join(' ')).not.toMatch(/[<>]|color:red|Share/);
    expect(written.events.every((e: { start: string }) => e.start.startsWith('2024-0'))).toBe(true);
  });

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  describe.skipIf(isRoot)('a file without read permission (root reads every file, so not as root)', () => {
    it('is skipped with one line', async () => {
      const locked = join(dir, 'locked.md');
      writeFileSync(locked, '---\npublished: 2024-03-15\n---\nJapan condemned the launch.\n');
      chmodSync(locked, 0o000);
      const run = await runCli([locked, good(), '--out', join(dir, 'locked.json')]);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/locked\.md: skipped, cannot read it \(permission denied\)/);
    });
  });

  it('reads folders (subfolders included), quoted globs and list files, and says what matched nothing', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'a', 'deeper'), { recursive: true });
    mkdirSync(join(root, 'b'), { recursive: true });
    const story = (day: string): string =>
      `---\npublished: ${day}\n---\nJapan condemned the missile launch.\n`;
    writeFileSync(join(root, 'a', 'story.md'), story('2024-03-15'));
    writeFileSync(join(root, 'a', 'deeper', 'notes.txt'), story('2024-03-16'));
    writeFileSync(join(root, 'a', 'picture.png'), 'not an article');
    writeFileSync(join(root, 'b', 'story.md'), story('2024-03-17'));
    const list = join(dir, 'list.txt');
    writeFileSync(list, `# the b folder's story\n${join(root, 'b', 'story.md')}\n\n`);
    const out = join(dir, 'tree.json');
    const run = await runCli([
      join(root, 'a'),
      `${root}/b/*.md`,
      `${root}/none/*.md`,
      '--list',
      list,
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines.filter((l) => /: 1 article, 1 event$/.test(l))).toHaveLength(4);
    expect(lines.find((l) => l.includes('picture.png'))).toBeUndefined();
    expect(lines.find((l) => l.includes('none/*.md'))).toMatch(/skipped, matches no file/);
    // the same name in two folders is two articles with two ids; the same path read twice is one id
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const ids = written.articles.map((a: { id: string }) => a.id);
    expect(written.articles.map((a: { file: string }) => a.file)).toEqual([
      'notes.txt', // a/deeper/ comes before a/story.md: names in order, folders among them
      'story.md',
      'story.md',
      'story.md',
    ]);
    expect(new Set(ids).size).toBe(3);
    const again = await runCli([join(root, 'a'), '--out', join(dir, 'again.json')]);
    expect(again.code).toBe(0);
    expect(
      JSON.parse(readFileSync(join(dir, 'again.json'), 'utf8')).articles.map((a: { id: string }) => a.id),
    ).toEqual(ids.slice(0, 2));
  });

  it('gives the same output on a pool of threads as in one thread', async () => {
    const files = [
      'assets/articles',
      'tests/fixtures/shared/eval/dev-articles',
      'tests/fixtures/shared/eval/timeline-dev/apple/articles',
    ];
    const [one, pool] = await Promise.all(
      ['1', '2'].map(async (threads) => {
        const out = join(dir, `threads-${threads}.json`);
        const run = await runCli([...files, '--threads', threads, '--out', out]);
        expect(run.code).toBe(0);
        return readFileSync(out, 'utf8');
      }),
    );
    expect(JSON.parse(one ?? '{}').articles.length).toBeGreaterThanOrEqual(32);
    expect(pool).toBe(one);
  });

  it('exits non-zero when no file could be read', async () => {
    const run = await runCli([
      join(dir, 'empty.md'),
      join(dir, 'binary.md'),
      '--out',
      join(dir, 'none.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a --published value that is not a date with usage, exit 2', async () => {
    const run = await runCli([good(), '--published', '15/03/2024']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--published needs a date as YYYY-MM-DD/);
  });

  it('writes time expressions with offsets into the text after the front matter (--timex)', async () => {
    const out = join(dir, 'timex.json');
    const run = await runCli(['--timex', '--out', out, good()]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    const body = readFileSync(good(), 'utf8').split('---\n')[2] ?? '';
    const t = written.articles[0].timexes[0];
    expect(written.articles[0].file).toBe(good());
    expect(body.slice(t.start, t.end)).toBe(t.text);
    expect(t).toMatchObject({ text: 'Tuesday', type: 'DATE', value: '2024-03-12' });
  });

  it('dates a file without front matter by --published', async () => {
    const plain = join(dir, 'plain.txt');
    writeFileSync(plain, 'Japan condemned the missile launch.\n');
    const out = join(dir, 'plain.json');
    await runCli([plain, '--published', '2024-01-05', '--out', out]);
    expect(JSON.parse(readFileSync(out, 'utf8')).events[0].start).toBe('2024-01-05');
  });

  it('writes output that validates against assets/events.schema.json', async () => {
    const out = join(dir, 'sample.json');
    const files = [
      '01-russia-open-to-talks.md',
      '02-nato-opens-door.md',
      '03-ukraine-fears-rapid-agreement.md',
      '04-ukraine-fears-truncated-copy.md',
    ];
    const run = await runCli([...files.map((f) => join('assets/articles', f)), '--out', out]);
    expect(run.code).toBe(0);
    const output = JSON.parse(readFileSync(out, 'utf8'));
    expect(output.events.length).toBeGreaterThan(10);
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('assets/events.schema.json', 'utf8')));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    // and the schema is not a rubber stamp: a wrong date shape fails it
    output.events[0].start = '14/01/2025';
    expect(validate(output)).toBe(false);
  });

  it('writes a happening no one named did with no actors, and that validates too', async () => {
    const file = join(dir, 'tickets.md');
    writeFileSync(
      file,
      '---\npublished: 2024-08-08\n---\nFree tickets are given to all pupils of the new school.\n',
    );
    const out = join(dir, 'tickets.json');
    const run = await runCli([file, '--out', out]);
    expect(run.code).toBe(0);
    const output = JSON.parse(readFileSync(out, 'utf8'));
    expect(output.events.map((e: { actors: unknown[] }) => e.actors)).toEqual([[]]);
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync('assets/events.schema.json', 'utf8')));
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
  });
});
