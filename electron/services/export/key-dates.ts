/**
 * Export of the key dates (shared/key-dates.ts) of the events chosen: as CSV for spreadsheets (the
 * same quoting and byte order mark as the events' CSV) or as a Markdown list to paste in a report.
 */
import { rankKeyDates, type KeyDate } from '../../shared/key-dates';
import type { NewsEvent } from '../../shared/model';
import { csvCell } from './csv';

/** Days listed in an export. */
export const KEY_DATES_EXPORTED = 100;

export const KEY_DATES_COLUMNS = ['rank', 'date', 'score', 'events', 'articles', 'key_events'] as const;

function ranked(events: readonly NewsEvent[]): { days: KeyDate[]; titles: Map<string, string> } {
  return {
    days: rankKeyDates(events, KEY_DATES_EXPORTED),
    titles: new Map(events.map((e) => [e.id, e.title])),
  };
}

/** The CSV text of the key dates of `events`, the most important first (starting with a byte order mark). */
export function exportKeyDatesCsv(events: readonly NewsEvent[]): string {
  const { days, titles } = ranked(events);
  const rows: string[][] = [[...KEY_DATES_COLUMNS]];
  days.forEach((d, i) =>
    rows.push([
      String(i + 1),
      d.date,
      d.score.toFixed(3),
      String(d.events),
      String(d.articles),
      d.top.map((id) => titles.get(id) ?? id).join('\n'),
    ]),
  );
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Text safe inside a Markdown list item (no markup taken from the articles). */
const plain = (text: string): string => text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');

/** The Markdown text of the key dates of `events`: a heading, then one numbered item per day. */
export function exportKeyDatesMarkdown(events: readonly NewsEvent[], title = 'Key dates'): string {
  const { days, titles } = ranked(events);
  const lines = [`# ${plain(title)}`, ''];
  if (days.length === 0) lines.push('No event is dated to a day.');
  days.forEach((d, i) => {
    lines.push(
      `${i + 1}. **${d.date}**: ${d.events} event${d.events === 1 ? '' : 's'}, ${d.articles} article${d.articles === 1 ? '' : 's'} (score ${d.score.toFixed(2)})`,
    );
    for (const id of d.top) lines.push(`   - ${plain(titles.get(id) ?? id)}`);
  });
  return `${lines.join('\n')}\n`;
}
