import { describe, expect, it } from 'vitest';
import { exportKeyDatesCsv, exportKeyDatesMarkdown } from '../../electron/services/export/key-dates';
import type { NewsEvent } from '../../electron/shared/model';

const event = (id: string, title: string, start: string, salience: number): NewsEvent => ({
  id,
  title,
  start,
  precision: 'day',
  basis: 'explicit',
  actors: [],
  cameo: null,
  sources: [{ articleId: `article-${id}`, quote: title, start: 0, end: 1 }],
  salience,
});

const events = [
  event('a', 'Kofi Annan met Bashar al-Assad', '2012-03-13', 0.9),
  event('b', '=HYPERLINK("x") *bold* [link]', '2012-03-12', 0.2),
];

describe('key dates export', () => {
  it('writes a CSV row per day, the most important first, safe for spreadsheets', () => {
    const rows = exportKeyDatesCsv(events)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('rank,date,score,events,articles,key_events');
    expect(rows[1]).toBe('1,2012-03-13,0.900,1,1,Kofi Annan met Bashar al-Assad');
    expect(rows[2]).toContain(`'=HYPERLINK`);
  });

  it('writes a numbered Markdown list with the key events under each day, their markup escaped', () => {
    const md = exportKeyDatesMarkdown(events, 'Key dates');
    expect(md).toContain('# Key dates');
    expect(md).toContain('1. **2012-03-13**: 1 event, 1 article');
    expect(md).toContain('   - Kofi Annan met Bashar al-Assad');
    expect(md).toContain('\\*bold\\* \\[link\\]');
  });
});
