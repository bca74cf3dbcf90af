import { readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/services/atomic-write';
import { cleanFileName, MAX_LIBRARY_NAME_BYTES, uniqueFileName } from '../../electron/services/import-files';
import { readArticleFolder } from '../../electron/services/library';
import { isArticleFileName } from '../../electron/shared/limits';
import { scratchDir } from '../scratch-dir';

let dir: string;
beforeAll(async () => {
  dir = await scratchDir('newsline-names-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const long = (unit: string, count: number): string => unit.repeat(count);

/** Names a user may give a file, the name it is kept under, and what the user is told. */
const HOSTILE_NAMES: [given: string, kept: string, told: RegExp | undefined][] = [
  ['..md', 'article.md', /nothing was left of it but dots and spaces/],
  ['. .md', 'article.md', /nothing was left/],
  ['...txt', 'article.txt', /nothing was left/],
  ['.md', 'article.md', /nothing was left/],
  [' .md', 'article.md', /nothing was left/],
  ['.hidden.md', 'hidden.md', /leading and trailing dots and spaces/],
  ['notes. .md', 'notes.md', /leading and trailing dots/],
  ['  spaced  .txt', 'spaced.txt', /leading and trailing/],
  ['CON.md', '_CON.md', /Windows keeps for a device/],
  ['con.txt', '_con.txt', /“con” is a name Windows keeps/],
  ['nul.md', '_nul.md', /Windows keeps/],
  ['PRN.md', '_PRN.md', /Windows keeps/],
  ['aux.md', '_aux.md', /Windows keeps/],
  ['COM1.md', '_COM1.md', /Windows keeps/],
  ['lpt9.txt', '_lpt9.txt', /Windows keeps/],
  ['com¹.md', '_com¹.md', /Windows keeps/],
  ['CON.notes.md', '_CON.notes.md', /Windows keeps/],
  ['conference.md', 'conference.md', undefined],
  ['a<b>.md', 'a_b_.md', /became “_”/],
  ['what?.md', 'what_.md', /became “_”/],
  ['star*.txt', 'star_.txt', /became “_”/],
  ['pipe|name.md', 'pipe_name.md', /became “_”/],
  ['quote".md', 'quote_.md', /became “_”/],
  ['colon:stream.md', 'colon_stream.md', /became “_”/],
  ['tab\there.md', 'tab_here.md', /became “_”/],
  ['new\nline.md', 'new_line.md', /became “_”/],
  ['bell\u0007.md', 'bell_.md', /became “_”/],
  ['del\u007f.md', 'del_.md', /became “_”/],
  ['nul\u0000byte.md', 'nul_byte.md', /became “_”/],
  ['evil\u202Edm.txt', 'evil_dm.txt', /became “_”/],
  ['isolate\u2066x\u2069.md', 'isolate_x_.md', /became “_”/],
  ['../../etc/passwd.md', 'passwd.md', /folders are not kept/],
  ['..\\..\\windows\\win.ini.txt', 'win.ini.txt', /folders are not kept/],
  ['/absolute/path.md', 'path.md', /folders are not kept/],
  ['C:\\Users\\me\\article.md', 'article.md', /folders are not kept/],
  ['trailing dot..md', 'trailing dot.md', /leading and trailing/],
  ['Ünïcödé ✓.md', 'Ünïcödé ✓.md', undefined],
  ['日本語の記事.txt', '日本語の記事.txt', undefined],
  ['emoji 🗞️.md', 'emoji 🗞️.md', undefined],
  ['UPPER.MD', 'UPPER.MD', undefined],
  [long('a', 251) + '.md', long('a', MAX_LIBRARY_NAME_BYTES - 3) + '.md', /longer than \d+ bytes/],
  [long('é', 200) + '.md', long('é', Math.floor((MAX_LIBRARY_NAME_BYTES - 3) / 2)) + '.md', /longer than/],
  [long('🗞', 100) + '.txt', long('🗞', Math.floor((MAX_LIBRARY_NAME_BYTES - 4) / 4)) + '.txt', /longer than/],
  [long('日', 120) + '.md', long('日', Math.floor((MAX_LIBRARY_NAME_BYTES - 3) / 3)) + '.md', /longer than/],
];

describe('names of imported files', () => {
  it.each(HOSTILE_NAMES)('%j is kept as %j, and the user is told why', async (given, kept, told) => {
    const clean = cleanFileName(given);
    expect(clean.name).toBe(kept);
    if (told) expect(clean.why).toMatch(told);
    else expect(clean.why).toBeUndefined();
    expect(Buffer.byteLength(clean.name)).toBeLessThanOrEqual(MAX_LIBRARY_NAME_BYTES);
    // It can be written (with its temporary file) and is read back as an article after a restart.
    const folder = join(dir, `case-${HOSTILE_NAMES.findIndex(([g]) => g === given)}`);
    await writeFileAtomic(join(folder, uniqueFileName(clean.name, new Set())), 'Text');
    expect((await readArticleFolder(folder, 'library')).files.map((f) => f.file)).toEqual([kept]);
  });

  it('numbers a name already taken without passing the byte limit', () => {
    const name = cleanFileName(long('a', 300) + '.md').name;
    const second = uniqueFileName(name, new Set([name.toLowerCase()]));
    expect(second).toMatch(/ \(2\)\.md$/);
    expect(Buffer.byteLength(second) + 32).toBeLessThanOrEqual(255);
  });

  it('any string ending in .md or .txt becomes a name that can be written and read back (1,000 cases)', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.constantFrom('.md', '.txt', '.MD'),
        async (stem, ext) => {
          const given = stem + ext;
          const clean = cleanFileName(given);
          expect(isArticleFileName(clean.name)).toBe(true);
          expect(Buffer.byteLength(clean.name)).toBeLessThanOrEqual(MAX_LIBRARY_NAME_BYTES);
          if (clean.name !== given) expect(clean.why).toBeTruthy();
          const folder = join(dir, `p${(n += 1)}`);
          await writeFileAtomic(join(folder, clean.name), 'Text');
          const read = await readArticleFolder(folder, 'library');
          expect(read.files.map((f) => f.file)).toEqual([clean.name]);
        },
      ),
      { numRuns: 1000, seed: 20_261_203 },
    );
  });
});

describe('files dropped into the library folder', () => {
  it.each([
    ['nul.md', Buffer.from('Title\u0000body'), /not text \(it holds NUL bytes\)/],
    ['latin1.md', Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0xe9, 0x74, 0xe9]), /not UTF-8 text/],
    ['overlong.txt', Buffer.from([0xc0, 0xaf, 0x41]), /not UTF-8 text/],
    ['surrogate.md', Buffer.from([0xed, 0xa0, 0x80, 0x41]), /not UTF-8 text/],
    ['truncated.md', Buffer.from([0x41, 0xe2, 0x82]), /not UTF-8 text/],
    ['empty.md', Buffer.from(''), /empty/],
    ['blank.txt', Buffer.from(' \n\t\n'), /empty/],
  ])('%s is listed with why it is not read, and the others are read', async (name, bytes, told) => {
    const folder = join(dir, `drop-${name}`);
    await writeFileAtomic(join(folder, 'good.md'), 'Good text');
    await writeFile(join(folder, name), bytes);
    const read = await readArticleFolder(folder, 'library');
    expect(read.files.map((f) => f.file)).toEqual(['good.md']);
    expect(read.unreadable).toEqual([{ file: name, message: expect.stringMatching(told) }]);
    expect(await readdir(folder)).toContain(name); // left where it is, untouched
  });
});
