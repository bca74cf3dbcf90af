import { useMemo, useState } from 'react';
import type { ExportFormat } from '../../../electron/shared/contract';
import { formatIsoDate } from '../../../electron/shared/date-words';
import { rankKeyDates } from '../../../electron/shared/key-dates';
import type { PageEvent } from '../../../electron/shared/contract';
import { downloadFile } from '../lib/download';
import { DAY_MS, type TimeSpan } from '../lib/time';
import type { Dispatcher } from '../state/dispatcher';
import '../styles/view.css';

/** Days listed. */
export const KEY_DATES_LISTED = 25;

export interface KeyDatesListProps {
  /** The events shown (the whole library, or those that pass the filter). */
  shown: readonly PageEvent[];
  /** Some filter or search is on (the list says it ranks the filtered events). */
  filtering: boolean;
  selectedId: string | null;
  dispatcher: Dispatcher;
  /** Goes to a day: the timeline shows `window`, `eventId` (its most salient event, or one chosen) selected. */
  onGo(window: TimeSpan, eventId: string): void;
}

/** The window that shows a day and the labels of its events. */
export function dayWindow(date: string): TimeSpan {
  const start = Date.parse(`${date}T00:00:00Z`);
  return { start: start - DAY_MS / 4, end: start + 2 * DAY_MS };
}

const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'key-dates-csv', label: 'Export CSV' },
  { format: 'key-dates-md', label: 'Export Markdown' },
];

/** "Key dates": the days of the events shown ranked by the salience of their events, each one click away. */
export function KeyDatesList({ shown, filtering, selectedId, dispatcher, onGo }: KeyDatesListProps) {
  const days = useMemo(() => rankKeyDates(shown, KEY_DATES_LISTED), [shown]);
  const titles = useMemo(() => {
    const wanted = new Set(days.flatMap((d) => d.top));
    return new Map(shown.filter((e) => wanted.has(e.id)).map((e) => [e.id, e.title]));
  }, [days, shown]);
  const [busy, setBusy] = useState(false);
  const exportAs = async (format: ExportFormat) => {
    setBusy(true);
    try {
      await dispatcher.attempt(async (api) => {
        const ids = shown.map((e) => e.id);
        const title = filtering ? 'Key dates of the filtered events' : 'Key dates';
        downloadFile(await api.exportEvents(format, ids, { title }));
      }, 'Could not export the key dates');
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="key-dates" aria-labelledby="key-dates-title">
      <h2 id="key-dates-title" className="pane-title">
        Key dates
      </h2>
      <p className="muted">
        Days of the {filtering ? 'filtered events' : 'whole library'} ranked by how salient their events are:
        told by more articles and outlets, in headlines and leads, with their dates written, about prominent
        actors. Choose a day to see it.
      </p>
      <div className="key-dates-export">
        {EXPORTS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            disabled={busy || days.length === 0}
            onClick={() => void exportAs(format)}
          >
            {label}
          </button>
        ))}
      </div>
      {days.length === 0 ? (
        <p>No event shown is dated to a day.</p>
      ) : (
        <ol aria-label="Key dates, most important first">
          {days.map((d) => (
            <li key={d.date}>
              <button
                type="button"
                className="link key-date"
                aria-current={d.top.includes(selectedId ?? '') ? 'true' : undefined}
                onClick={() => onGo(dayWindow(d.date), d.top[0] as string)}
              >
                {formatIsoDate(d.date)}
              </button>
              <span className="key-date-counts">
                {d.events} event{d.events === 1 ? '' : 's'}, {d.articles} article{d.articles === 1 ? '' : 's'}
              </span>
              <ul aria-label={`Key events of ${formatIsoDate(d.date)}`}>
                {d.top.map((id) => (
                  <li key={id}>
                    <button
                      type="button"
                      className="link"
                      aria-current={id === selectedId ? 'true' : undefined}
                      onClick={() => onGo(dayWindow(d.date), id)}
                    >
                      {titles.get(id) ?? id}
                    </button>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
