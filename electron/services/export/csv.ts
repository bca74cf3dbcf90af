/**
 * Export as CSV for spreadsheets: one row per event, one column per field, UTF-8 with a byte
 * order mark (so Excel reads non-Latin text), CRLF line ends and RFC 4180 quoting. Cells that a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) are
 * prefixed with an apostrophe.
 */
import type { ArticleInfo, NewsEvent } from '../../shared/model';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'precision',
  'basis',
  'date_expression',
  'actors',
  'source_actors',
  'target_actors',
  'cameo',
  'quotes',
  'articles',
  'edited',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: neutralised against formula injection, quoted when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const names = (event: NewsEvent, role?: 'source' | 'target'): string =>
  event.actors
    .filter((a) => !role || a.role === role)
    .map((a) => a.name)
    .join('; ');

/** The CSV text of `events` (starting with a byte order mark). */
export function exportCsv(events: readonly NewsEvent[], articles: readonly ArticleInfo[]): string {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const e of events) {
    rows.push([
      e.id,
      e.title,
      e.start,
      e.end ?? '',
      e.precision,
      e.basis,
      e.expression ?? '',
      e.actors.map((a) => `${a.name} (${a.role})`).join('; '),
      names(e, 'source'),
      names(e, 'target'),
      e.cameo ?? '',
      e.sources.map((s) => s.quote).join('\n'),
      [...new Set(e.sources.map((s) => byId.get(s.articleId)?.title ?? s.articleId))].join('; '),
      e.edited ? (e.edited.added ? 'added' : e.edited.fields.join('; ') || 'yes') : '',
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
