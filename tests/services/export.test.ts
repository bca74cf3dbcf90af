import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell, CSV_COLUMNS } from '../../electron/services/export/csv';
import { createNewslineService } from '../../electron/services/index';
import type { NewslineService, Snapshot } from '../../electron/shared/contract';
import type { NewsEvent } from '../../electron/shared/model';
import { timelineJsFile } from './timelinejs-schema';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const sampleDir = join(ROOT, 'assets', 'articles');
const schema = JSON.parse(readFileSync(join(ROOT, 'assets', 'events.schema.json'), 'utf8')) as object;

/** RFC 4180 parser: quoted fields with doubled quotes, commas and line breaks inside; CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break outside quotes at ${i}`);
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}

// (salience is relative to the library it is computed in: another library scores the same event otherwise)
const plain = ({ edited: _e, salience: _s, ...rest }: NewsEvent): NewsEvent => {
  void _e;
  void _s;
  return rest;
};
/** Events compared by content: split-off parts get new ids in another library. */
const contentOf = (events: readonly NewsEvent[]) =>
  events
    .map((e) => ({ ...plain(e), id: e.id.startsWith('split_') ? 'split' : e.id }))
    .sort((a, b) => (a.sources[0]!.quote < b.sources[0]!.quote ? -1 : 1));

describe('export and import on the bundled sample', () => {
  const dirs: string[] = [];
  let service: NewslineService;
  let edited: Snapshot;
  const openFresh = async () => {
    const dir = await mkdtemp(join(tmpdir(), 'newsline-export-'));
    dirs.push(dir);
    return createNewslineService({ sampleDir, userDataDir: dir });
  };

  beforeAll(async () => {
    service = await openFresh();
    const { events } = await service.getSnapshot();
    const [a, b, c, d, e] = events as [NewsEvent, NewsEvent, NewsEvent, NewsEvent, NewsEvent];
    await service.editEvent(a.id, {
      title: 'Title with "quotes", a comma\nand a line break — Кремль 北京',
      start: '2025-01',
      precision: 'month',
    });
    await service.editEvent(b.id, { title: '=HYPERLINK("http://evil")', cameo: '13' });
    await service.mergeEvents([c.id, d.id]);
    await service.hideEvent(e.id, true);
    const article = (await service.getSnapshot()).articles[0]!;
    const { text } = await service.getArticleText(article.id);
    const quote = text.slice(0, 40);
    edited = await service.addEvent({
      articleId: article.id,
      quote,
      start: 0,
      end: quote.length,
      title: 'Added by hand',
      date: { start: '2024-12-31', precision: 'day' },
      actors: [{ name: 'Analyst', kind: 'person', role: 'source' }],
      cameo: null,
    });
  }, 60_000);
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('exports the chosen events as the documented events file, edits applied, sources included', async () => {
    const chosen = edited.events.slice(0, 5).map((e) => e.id);
    const file = await service.exportEvents('json', chosen);
    expect(file.fileName).toMatch(/\.json$/);
    const data = JSON.parse(file.content) as { events: NewsEvent[]; articles: { id: string }[] };
    const ajv = new Ajv({ allErrors: true });
    expect(ajv.validate(schema, data), ajv.errorsText()).toBe(true);
    expect(data.events.map((e) => e.id)).toEqual(chosen);
    expect(data.events[0]?.title).toBe(edited.events[0]?.title);
    // an event changed by hand says so, with the fields changed (not the machine's version)
    for (const e of data.events) {
      const mark = edited.events.find((x) => x.id === e.id)?.edited;
      expect(e.edited).toEqual(
        mark ? { fields: mark.fields, ...(mark.added ? { added: true } : {}) } : undefined,
      );
    }
    const retitled = edited.events.find((e) => e.title.startsWith('Title with'));
    const one = JSON.parse((await service.exportEvents('json', [retitled!.id])).content) as typeof data;
    expect(one.events[0]?.edited).toEqual({ fields: ['title', 'date'] });
    expect(ajv.validate(schema, one), ajv.errorsText()).toBe(true);
    const cited = new Set(data.events.flatMap((e) => e.sources.map((s) => s.articleId)));
    expect(new Set(data.articles.map((a) => a.id))).toEqual(cited);
  });

  it('round trip: export JSON, import it into a fresh library, get the same events', async () => {
    const ids = edited.events.map((e) => e.id);
    const file = await service.exportEvents('json', ids);
    const other = await openFresh();
    const before = await other.getSnapshot();
    expect(contentOf(before.events)).not.toEqual(contentOf(edited.events));

    const imported = await other.importEvents(file.content);
    // The hidden event was not exported: everything else matches.
    const hiddenId = edited.hiddenEvents?.[0]?.id;
    expect(contentOf(imported.events.filter((e) => e.id !== hiddenId))).toEqual(contentOf(edited.events));
    expect(imported.events.find((e) => e.title === 'Added by hand')?.edited?.added).toBe(true);
    // One import is one step to undo.
    const undone = await other.undo();
    expect(contentOf(undone.events)).toEqual(contentOf(before.events));
    // Importing twice changes nothing more.
    await other.redo();
    const twice = await other.importEvents(file.content);
    expect(contentOf(twice.events)).toEqual(contentOf(imported.events));
  });

  it('refuses a file that is not an exported events file', async () => {
    await expect(service.importEvents('{"events": 3}')).rejects.toThrow(/Not a Newsline events file/);
    await expect(service.importEvents('not json')).rejects.toThrow(/not JSON/);
  });

  it('exports CSV that parses back to the same fields: BOM, CRLF, quotes, non-Latin text, no formulas', async () => {
    const ids = edited.events.map((e) => e.id);
    const file = await service.exportEvents('csv', ids);
    expect(file.content.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(file.content.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(ids.length + 1);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.slice(1).forEach((row, i) => {
      const event = edited.events[i]!;
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[column('id')]).toBe(event.id);
      expect(row[column('start')]).toBe(event.start);
      expect(row[column('precision')]).toBe(event.precision);
      expect(row[column('actors')]).toBe(event.actors.map((a) => `${a.name} (${a.role})`).join('; '));
      const title = /^[=+\-@]/.test(event.title) ? `'${event.title}` : event.title;
      expect(row[column('title')]).toBe(title);
    });
    const titles = rows.map((r) => r[column('title')]);
    expect(titles).toContain('Title with "quotes", a comma\nand a line break — Кремль 北京');
    expect(titles).toContain(`'=HYPERLINK("http://evil")`);
    expect(rows.flat().some((cell) => /^[=+\-@]/.test(cell))).toBe(false);
  });

  it('marks the events changed by hand in the CSV: the fields changed, or added', async () => {
    const ids = edited.events.map((e) => e.id);
    const rows = parseCsv((await service.exportEvents('csv', ids)).content.slice(1));
    const column = CSV_COLUMNS.indexOf('edited');
    const title = CSV_COLUMNS.indexOf('title');
    const row = (start: string) => rows.find((r) => r[title]?.startsWith(start));
    expect(row('Title with')?.[column]).toBe('title; date');
    expect(row('Added by hand')?.[column]).toBe('added');
  });

  it('titles the TimelineJS story after the view and says on each slide what was changed by hand', async () => {
    const ids = edited.events.map((e) => e.id);
    const file = await service.exportEvents('timelinejs', ids, {
      title: 'Lavrov & the talks',
      subtitle: 'Actors: Sergey Lavrov · Search: “talks”',
    });
    const parsed = timelineJsFile.parse(JSON.parse(file.content));
    expect(parsed.title?.text?.headline).toBe('Lavrov &amp; the talks');
    expect(parsed.title?.text?.text).toContain('<p>Actors: Sergey Lavrov · Search: “talks”</p>');
    expect(parsed.title?.text?.text).toMatch(/changed or added by hand/);
    const slide = (start: string) => parsed.events.find((s) => s.text?.headline?.startsWith(start));
    // a title and a date set by hand: said first on the slide, and beside the date
    const retitled = slide('Title with');
    expect(retitled?.display_date).toMatch(/^January 2025\b.* \(date set by hand\)$/);
    expect(retitled?.text?.text).toMatch(/^<p><em>Edited by hand: title, date\.<\/em><\/p><blockquote>/);
    const kind = slide('=HYPERLINK');
    expect(kind?.text?.text).toMatch(/^<p><em>Edited by hand: title, kind of event\.<\/em><\/p>/);
    expect(kind?.display_date).toBeUndefined();
    const added = slide('Added by hand');
    expect(added?.display_date).toBe('31 December 2024 (date set by hand)');
    expect(added?.text?.text).toMatch(/^<p><em>Added by hand\.<\/em><\/p>/);
    // the machine's events say nothing of the kind
    const untouched = edited.events.filter((e) => !e.edited).map((e) => e.id.replace(/[^\w-]/g, '-'));
    expect(untouched.length).toBeGreaterThan(0);
    for (const s of parsed.events.filter((s) => untouched.includes(s.unique_id ?? ''))) {
      expect(s.text?.text).not.toMatch(/by hand/);
      expect(s.display_date ?? '').not.toMatch(/by hand/);
    }
    // without a view's title: the app's name
    const plain = timelineJsFile.parse(JSON.parse((await service.exportEvents('timelinejs', ids)).content));
    expect(plain.title?.text?.headline).toBe('Newsline');
  });

  it('neutralises every formula start in a cell', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', 'plain'].map(csvCell)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      'plain',
    ]);
  });

  it('exports a TimelineJS3 file in the documented format: dates at their precision, quotes, groups by actor', async () => {
    const ids = edited.events.map((e) => e.id);
    const file = await service.exportEvents('timelinejs', ids);
    const data: unknown = JSON.parse(file.content);
    const parsed = timelineJsFile.parse(data);
    expect(parsed.events).toHaveLength(ids.length);
    parsed.events.forEach((slide, i) => {
      const event = edited.events[i]!;
      const parts = event.start.split('-').map(Number);
      expect(slide.start_date.year).toBe(parts[0]);
      expect(slide.start_date.month).toBe(parts[1]);
      expect(slide.start_date.day).toBe(parts[2]);
      const quote = event.sources[0]!.quote.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;');
      expect(slide.text?.text).toContain(quote.replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
      const actor = (event.actors.find((a) => a.role === 'source') ?? event.actors[0])?.name;
      expect(slide.group).toBe(actor?.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    });
    const monthOnly = parsed.events.find((s) => s.text?.headline?.startsWith('Title with'));
    expect(monthOnly?.start_date).toEqual({ year: 2025, month: 1 });
    expect(file.content).not.toMatch(/<script/i);
  });
});
