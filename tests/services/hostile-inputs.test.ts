/**
 * Malformed and hostile input, each with the message the user sees: events files given to
 * "Import events from JSON…", files found in the library folder at start, and requests the page
 * (or anything else) may send. Nothing throws anything but a one-line Error; nothing is dropped
 * without a problem saying what and why.
 */
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEditStore } from '../../electron/services/edits/store';
import { parseExportedEvents } from '../../electron/services/export/import-json';
import { openSavedViews } from '../../electron/services/saved-views';
import { openViewState } from '../../electron/services/view-state';
import type { RequestName } from '../../electron/shared/contract';
import { parseRequest } from '../../electron/shared/schemas';
import { scratchDir } from '../scratch-dir';

let dir: string;
let n = 0;
beforeAll(async () => {
  dir = await scratchDir('newsline-hostile-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const event = (fields: Record<string, unknown> = {}) => ({
  id: 'ev_1',
  title: 'Lavrov offered talks',
  start: '2025-01-14',
  precision: 'day',
  basis: 'reported',
  actors: [{ name: 'Sergey Lavrov', kind: 'person', role: 'source' }],
  cameo: '03',
  sources: [{ articleId: 'art_1', quote: 'Lavrov offered talks.', start: 0, end: 21 }],
  ...fields,
});
const file = (events: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ extractor: { name: 'newsline', version: '5' }, articles: [], events, ...extra });

const EVENTS_FILES: [what: string, json: string, told: RegExp][] = [
  ['not JSON', '{"events": [', /^The file is not JSON\.$/],
  ['empty text', '', /^The file is not JSON\.$/],
  ['JSON null', 'null', /^Not a Newsline events file \(top level: .+\)\.$/],
  ['a JSON array', '[]', /^Not a Newsline events file \(top level: .+\)\.$/],
  ['a JSON string', '"events"', /^Not a Newsline events file \(top level: .+\)\.$/],
  ['a number', '42', /^Not a Newsline events file \(top level: .+\)\.$/],
  ['another program', JSON.stringify({ extractor: { name: 'other' }, events: [] }), /\(extractor\.name: /],
  ['no extractor', JSON.stringify({ events: [] }), /\(extractor: /],
  ['events not a list', file([]).replace('"events":[]', '"events":{}'), /\(events: /],
  ['a title of spaces', file([event({ title: '   ' })]), /\(events\.0\.title: .*>=1 characters\)/],
  ['a title of tabs and newlines', file([event({ title: '\t\n' })]), /\(events\.0\.title: /],
  ['an empty title', file([event({ title: '' })]), /\(events\.0\.title: /],
  ['a title of 501 characters', file([event({ title: 'x'.repeat(501) })]), /\(events\.0\.title: .*<=500/],
  ['a title that is a number', file([event({ title: 7 })]), /\(events\.0\.title: /],
  [
    'an actor name of spaces',
    file([event({ actors: [{ name: '  ', kind: 'person', role: 'source' }] })]),
    /\(events\.0\.actors\.0\.name: /,
  ],
  [
    'an actor of an unknown kind',
    file([event({ actors: [{ name: 'Mars', kind: 'planet', role: 'source' }] })]),
    /\(events\.0\.actors\.0\.kind: /,
  ],
  [
    'an actor of an unknown role',
    file([event({ actors: [{ name: 'Mars', kind: 'country', role: 'witness' }] })]),
    /\(events\.0\.actors\.0\.role: /,
  ],
  [
    '51 actors',
    file([
      event({
        actors: Array.from({ length: 51 }, (_, i) => ({ name: `A${i}`, kind: 'person', role: 'target' })),
      }),
    ]),
    /\(events\.0\.actors: .*<=50/,
  ],
  ['a start of month 13', file([event({ start: '2025-13-01x' })]), /\(events\.0\.start: /],
  ['a start in words', file([event({ start: 'last Tuesday' })]), /\(events\.0\.start: /],
  ['an end that is not a day', file([event({ end: '2025-02' })]), /\(events\.0\.end: /],
  ['a precision of week', file([event({ precision: 'week' })]), /\(events\.0\.precision: /],
  ['a basis of rumour', file([event({ basis: 'rumour' })]), /\(events\.0\.basis: /],
  ['a CAMEO code of 21', file([event({ cameo: '21' })]), /\(events\.0\.cameo: /],
  ['a CAMEO code of 00', file([event({ cameo: '00' })]), /\(events\.0\.cameo: /],
  ['no sources', file([event({ sources: [] })]), /\(events\.0\.sources: /],
  [
    'an empty quote',
    file([event({ sources: [{ articleId: 'a', quote: '', start: 0, end: 0 }] })]),
    /\(events\.0\.sources\.0\.quote: /,
  ],
  [
    'a negative offset',
    file([event({ sources: [{ articleId: 'a', quote: 'q', start: -1, end: 0 }] })]),
    /\(events\.0\.sources\.0\.start: /,
  ],
  [
    'a fractional offset',
    file([event({ sources: [{ articleId: 'a', quote: 'q', start: 0.5, end: 1 }] })]),
    /\(events\.0\.sources\.0\.start: /,
  ],
  ['an id of 201 characters', file([event({ id: 'i'.repeat(201) })]), /\(events\.0\.id: /],
  ['an empty id', file([event({ id: '' })]), /\(events\.0\.id: /],
  ['the second event broken', file([event(), event({ id: 'ev_2', title: ' ' })]), /\(events\.1\.title: /],
];

describe('events files given to Import events from JSON', () => {
  it.each(EVENTS_FILES)('%s is refused, saying where', (_what, json, told) => {
    expect(() => parseExportedEvents(json)).toThrow(told);
  });

  it('a file with a byte order mark and spaces around names is read, trimmed as stored', () => {
    const [read] = parseExportedEvents(
      `\uFEFF${file([event({ title: '  Lavrov offered talks ', actors: [{ name: ' Lavrov ', kind: 'person', role: 'source' }] })])}`,
    );
    expect(read?.title).toBe('Lavrov offered talks');
    expect(read?.actors[0]?.name).toBe('Lavrov');
  });
});

/** Writes `content` as `name` in a fresh library folder; returns its path. */
async function stored(name: string, content: string): Promise<string> {
  const folder = join(dir, `lib-${(n += 1)}`);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, name), content);
  return join(folder, name);
}

const edit = (fields: Record<string, unknown> = {}) => ({
  id: 'e1',
  at: '2025-01-01T00:00:00Z',
  op: 'change',
  target: { id: 'ev_1' },
  patch: { title: 'Kept' },
  ...fields,
});
const view = (fields: Record<string, unknown> = {}) => ({
  id: 'v1',
  name: 'Mine',
  state: { hiddenActors: [], mode: 'any' },
  savedAt: '2025-01-01T00:00:00Z',
  ...fields,
});

const WHOLE_FILE_DAMAGED =
  /^The file was damaged \((.+)\) and its backup could not be used; starting empty\. The damaged copy is kept as (edits|views|view-state)\.json\.damaged-\d+\.$/;
const SET_ASIDE =
  /^1 (edit|saved view|saved view state \(filters and window\)) could not be used and was set aside: .+\. The original is kept in (edits|views|view-state)\.json\.rejected\.$/;
const NEWER =
  /was written by a newer version of Newsline \(format \d+; this version writes format 1\)\. It is kept as it is and used read-only/;

const STORED_FILES: [
  store: 'edits' | 'views' | 'view-state',
  what: string,
  content: string,
  told: RegExp,
  kept: number,
][] = [
  ['edits', 'not JSON', '{"version": 1, "edits": [', WHOLE_FILE_DAMAGED, 0],
  ['edits', 'empty', '', WHOLE_FILE_DAMAGED, 0],
  ['edits', 'a JSON array', '[]', /damaged \(not a JSON object\)/, 0],
  ['edits', 'no version', '{"edits": []}', /damaged \(no format version\)/, 0],
  ['edits', 'a version in words', '{"version": "1", "edits": []}', /damaged \(no format version\)/, 0],
  ['edits', 'a negative version', '{"version": -1, "edits": []}', /damaged \(no format version\)/, 0],
  ['edits', 'a fractional version', '{"version": 0.5, "edits": []}', /damaged \(no format version\)/, 0],
  [
    'edits',
    'an unknown older version',
    '{"version": 0, "edits": []}',
    /damaged \(format version 0 is not one this version of Newsline reads\)/,
    0,
  ],
  ['edits', 'edits not a list', '{"version": 1, "edits": {}}', /damaged \("edits" is not a list\)/, 0],
  ['edits', 'a newer version', JSON.stringify({ version: 2, edits: [edit()] }), NEWER, 1],
  [
    'edits',
    'a title of spaces',
    JSON.stringify({ version: 1, edits: [edit(), edit({ id: 'e2', patch: { title: '  ' } })] }),
    SET_ASIDE,
    1,
  ],
  [
    'edits',
    'an unknown operation',
    JSON.stringify({ version: 1, edits: [edit(), edit({ id: 'e2', op: 'explode' })] }),
    SET_ASIDE,
    1,
  ],
  [
    'edits',
    'a merge of one event',
    JSON.stringify({
      version: 1,
      edits: [edit(), { id: 'e2', at: 'x', op: 'merge', targets: [{ id: 'a' }] }],
    }),
    SET_ASIDE,
    1,
  ],
  [
    'edits',
    'an empty patch',
    JSON.stringify({ version: 1, edits: [edit(), edit({ id: 'e2', patch: {} })] }),
    SET_ASIDE,
    1,
  ],
  [
    'edits',
    'a patch with an unknown field',
    JSON.stringify({ version: 1, edits: [edit(), edit({ id: 'e2', patch: { colour: 'red' } })] }),
    SET_ASIDE,
    1,
  ],
  [
    'edits',
    'a record that is a string',
    JSON.stringify({ version: 1, edits: [edit(), 'hide ev_1'] }),
    SET_ASIDE,
    1,
  ],
  ['edits', 'a record that is null', JSON.stringify({ version: 1, edits: [null, edit()] }), SET_ASIDE, 1],
  [
    'edits',
    'an edit without an id',
    JSON.stringify({ version: 1, edits: [edit(), edit({ id: '' })] }),
    SET_ASIDE,
    1,
  ],
  ['views', 'not JSON', '{"version": 1, "views": [', WHOLE_FILE_DAMAGED, 0],
  ['views', 'views not a list', '{"version": 1, "views": "Mine"}', /damaged \("views" is not a list\)/, 0],
  ['views', 'a newer version', JSON.stringify({ version: 5, views: [view()] }), NEWER, 1],
  [
    'views',
    'a field from a newer version',
    JSON.stringify({
      version: 1,
      views: [view({ state: { hiddenActors: [], mode: 'any', layout: 'grid' } })],
    }),
    SET_ASIDE,
    0,
  ],
  [
    'views',
    'a name of spaces',
    JSON.stringify({ version: 1, views: [view(), view({ id: 'v2', name: '   ' })] }),
    SET_ASIDE,
    1,
  ],
  [
    'views',
    'a view without state',
    JSON.stringify({ version: 1, views: [view(), { id: 'v2', name: 'B', savedAt: 'x' }] }),
    SET_ASIDE,
    1,
  ],
  [
    'views',
    'a mode of some',
    JSON.stringify({ version: 1, views: [view({ state: { hiddenActors: [], mode: 'some' } })] }),
    SET_ASIDE,
    0,
  ],
  [
    'views',
    'a window in words',
    JSON.stringify({
      version: 1,
      views: [view({ state: { hiddenActors: [], mode: 'any', window: { start: 'then', end: 'now' } } })],
    }),
    SET_ASIDE,
    0,
  ],
  [
    'views',
    'an unknown field on the view',
    JSON.stringify({ version: 1, views: [view({ pinned: true })] }),
    SET_ASIDE,
    0,
  ],
  ['view-state', 'not JSON', '{"hiddenActors": [', WHOLE_FILE_DAMAGED, 0],
  ['view-state', 'the first format, broken', '{"hiddenActors": "all", "mode": "any"}', SET_ASIDE, 0],
  [
    'view-state',
    'a mode of some',
    JSON.stringify({ version: 1, state: { hiddenActors: [], mode: 'some' } }),
    SET_ASIDE,
    0,
  ],
  [
    'view-state',
    'a field from a newer version',
    JSON.stringify({ version: 1, state: { hiddenActors: [], mode: 'any', zoom: 3 } }),
    SET_ASIDE,
    0,
  ],
  ['view-state', 'no state', JSON.stringify({ version: 1 }), /damaged \(no "state"\)/, 0],
  [
    'view-state',
    'a newer version',
    JSON.stringify({ version: 3, state: { hiddenActors: ['A'], mode: 'any' } }),
    NEWER,
    1,
  ],
];

describe('files found in the library at start', () => {
  it.each(STORED_FILES)(
    '%s.json with %s: reported, what can be used is used,',
    async (store, _what, content, told, kept) => {
      const path = await stored(`${store}.json`, content);
      let problems;
      let count;
      if (store === 'edits') {
        const opened = await openEditStore(path);
        [problems, count] = [opened.loadProblems(), opened.current().length];
      } else if (store === 'views') {
        const opened = await openSavedViews(path);
        [problems, count] = [opened.loadProblems(), opened.list().length];
      } else {
        const opened = await openViewState(path);
        [problems, count] = [opened.problems, opened.problems.some((p) => NEWER.test(p.message)) ? 1 : 0];
      }
      expect(problems).toEqual([{ file: `${store}.json`, message: expect.stringMatching(told) }]);
      expect(count, 'records that could be used are used').toBe(kept);
      // Nothing that could not be used is gone: it is set aside, kept as damaged, or left as it was.
      const names = await readdir(join(path, '..'));
      if (SET_ASIDE.test(problems[0]!.message)) expect(names).toContain(`${store}.json.rejected`);
      if (WHOLE_FILE_DAMAGED.test(problems[0]!.message))
        expect(names.some((f) => f.startsWith(`${store}.json.damaged-`))).toBe(true);
    },
  );
});

describe('a record that cannot even be set aside', () => {
  it('leaves the file as it is and refuses changes, saying why', async () => {
    const content = JSON.stringify({ version: 1, edits: [edit(), edit({ id: 'e2', op: 'explode' })] });
    const path = await stored('edits.json', content);
    await mkdir(`${path}.rejected`); // in the way: the copy aside cannot be written
    const store = await openEditStore(path);
    expect(store.loadProblems()).toEqual([
      {
        file: 'edits.json',
        message: expect.stringMatching(
          /^1 edit could not be used and was set aside: edit 2 \(op: .+\)\. It could not be copied aside \(.+\), so edits\.json is left as it is: changes to its edits cannot be saved\.$/,
        ),
      },
    ]);
    expect(store.current()).toHaveLength(1);
    await expect(store.change('Edit', (list) => [...list])).rejects.toThrow(/could not be copied aside/);
    expect(await readFile(path, 'utf8')).toBe(content);
  });
});

const REQUESTS: [name: RequestName, what: string, args: unknown[], told: RegExp][] = [
  [
    'saveView',
    'a name of spaces',
    ['   ', { hiddenActors: [], mode: 'any' }],
    /^Invalid arguments for saveView at 0: .*>=1 characters/,
  ],
  [
    'saveView',
    'a name of 201 characters',
    ['n'.repeat(201), { hiddenActors: [], mode: 'any' }],
    /^Invalid arguments for saveView at 0: /,
  ],
  [
    'saveView',
    'a state with a field from elsewhere',
    ['Mine', { hiddenActors: [], mode: 'any', x: 1 }],
    /^Invalid arguments for saveView at 1: /,
  ],
  ['renameView', 'a new name of tabs', ['v1', '\t\t'], /^Invalid arguments for renameView at 1: /],
  ['deleteView', 'an empty id', [''], /^Invalid arguments for deleteView at 0: /],
  [
    'saveViewState',
    'hidden actors as text',
    [{ hiddenActors: 'NATO', mode: 'any' }],
    /^Invalid arguments for saveViewState at 0\.hiddenActors: /,
  ],
  [
    'saveViewState',
    'a date range in words',
    [{ hiddenActors: [], mode: 'any', dateFrom: 'spring' }],
    /at 0\.dateFrom: a date as YYYY-MM-DD/,
  ],
  [
    'saveViewState',
    '10,001 hidden actors',
    [{ hiddenActors: Array(10_001).fill('a'), mode: 'any' }],
    /at 0\.hiddenActors: /,
  ],
  [
    'editEvent',
    'an empty patch',
    ['ev_1', {}],
    /^Invalid arguments for editEvent at 1: at least one field to change/,
  ],
  ['editEvent', 'a title of spaces', ['ev_1', { title: '  ' }], /at 1\.title: /],
  [
    'editEvent',
    'a start in words',
    ['ev_1', { start: 'yesterday' }],
    /at 1\.start: a date as YYYY, YYYY-MM or YYYY-MM-DD/,
  ],
  ['editEvent', 'a CAMEO code of 00', ['ev_1', { cameo: '00' }], /at 1\.cameo: a CAMEO root code 01 … 20/],
  ['editEvent', 'no actors', ['ev_1', { actors: [] }], /at 1\.actors: /],
  ['editEvent', 'an unknown field', ['ev_1', { colour: 'red' }], /^Invalid arguments for editEvent at 1: /],
  ['mergeEvents', 'one event', [['ev_1']], /^Invalid arguments for mergeEvents at 0: /],
  ['splitEvent', 'a negative index', ['ev_1', [-1]], /^Invalid arguments for splitEvent at 1\.0: /],
  ['importArticles', 'no files', [[]], /^Invalid arguments for importArticles at 0: /],
  [
    'importArticles',
    '501 files',
    [Array(501).fill({ name: 'a.md', content: 'x', lastModified: 0 })],
    /at 0: /,
  ],
  [
    'importArticles',
    'a file name of 256 characters',
    [[{ name: `${'a'.repeat(253)}.md`, content: 'x', lastModified: 0 }]],
    /at 0\.0\.name: /,
  ],
  [
    'importArticles',
    'a date in words',
    [[{ name: 'a.md', content: 'x', lastModified: 0, published: 'soon' }]],
    /at 0\.0\.published: a date as YYYY-MM-DD/,
  ],
  [
    'importArticles',
    'a negative modification time',
    [[{ name: 'a.md', content: 'x', lastModified: -1 }]],
    /at 0\.0\.lastModified: /,
  ],
  ['importEvents', 'one character', ['{'], /^Invalid arguments for importEvents at 0: /],
  ['exportEvents', 'an unknown format', ['xml', []], /^Invalid arguments for exportEvents at 0: /],
  ['getArticleText', 'a number for an id', [42], /^Invalid arguments for getArticleText at 0: /],
  ['getSnapshot', 'an argument too many', ['extra'], /^Invalid arguments for getSnapshot/],
];

describe('requests from the page (IPC and the preview alike)', () => {
  it.each(REQUESTS)('%s with %s is refused, saying where', (name, _what, args, told) => {
    expect(() => parseRequest(name, args)).toThrow(told);
  });
});
