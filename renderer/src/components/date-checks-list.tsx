import { useMemo } from 'react';
import type { ArticleInfo } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import {
  checkDates,
  MAX_YEARS_AFTER_ARTICLE,
  MAX_YEARS_BEFORE_ARTICLE,
  MIN_YEARS_FROM_LIBRARY,
} from '../lib/date-checks';
import { formatEventDate } from '../lib/event-dates';
import '../styles/view.css';

export interface DateChecksListProps {
  /** Events shown (those listed) and every event of the library (for its spread). */
  shown: readonly PageEvent[];
  library: readonly PageEvent[];
  articles: ReadonlyMap<string, ArticleInfo>;
  selectedId: string | null;
  /** Selects the event: its details (and the form to correct its date) open, the timeline goes to it. */
  onSelect(id: string): void;
}

/** "Check dates": events dated far from their articles or from the rest of the library, each one click away. */
export function DateChecksList({ shown, library, articles, selectedId, onSelect }: DateChecksListProps) {
  const checks = useMemo(() => checkDates(shown, articles, library), [shown, articles, library]);
  return (
    <section className="date-checks" aria-labelledby="date-checks-title">
      <h2 id="date-checks-title" className="pane-title">
        Check dates ({checks.length})
      </h2>
      <p className="muted">
        Events dated more than {MAX_YEARS_BEFORE_ARTICLE} years before or {MAX_YEARS_AFTER_ARTICLE} years
        after the articles that report them, or alone at least {MIN_YEARS_FROM_LIBRARY} years from most of the
        library. Choose one to see it; correct its date with Edit… in its details.
      </p>
      {checks.length === 0 ? (
        <p>No date stands out among the events shown.</p>
      ) : (
        <ul aria-label="Dates to check">
          {checks.map(({ event, reasons }) => (
            <li key={event.id}>
              <button
                type="button"
                className="link"
                aria-current={event.id === selectedId ? 'true' : undefined}
                onClick={() => onSelect(event.id)}
              >
                <span className="check-date">{formatEventDate(event)}</span>
                {event.title}
              </button>
              <span className="check-why">{reasons.join('; ')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
