import type { PageEvent } from '../../../electron/shared/contract';
import { formatEventDate } from '../lib/event-dates';
import '../styles/view.css';
import { formatCount } from '../lib/format-count';

/** What the timeline says about its window after a change or a fit. */
export type TimelineNotice =
  /** Events a change concerns that lie outside the window (`ids` null: every event shown). */
  | { kind: 'outside'; ids: ReadonlySet<string> | null; outside: number }
  /** Events a fit had to leave out, far from the others, in time order. */
  | { kind: 'left-out'; events: readonly PageEvent[] };

export interface TimelineNoticeBarProps {
  notice: TimelineNotice;
  /** Moves the window to the events outside it. */
  onShowOutside(): void;
  /** Selects an event left out (the timeline goes to it). */
  onShowEvent(id: string): void;
  /** Opens the list of dates worth checking. */
  onCheckDates?(): void;
  onDismiss(): void;
}

/** Most events left out named one by one. */
const MAX_NAMED = 5;

/** "N events outside this view: show them", or "2 events left out: 1984, 1995", over the timeline. */
export function TimelineNoticeBar({
  notice,
  onShowOutside,
  onShowEvent,
  onCheckDates,
  onDismiss,
}: TimelineNoticeBarProps) {
  const plural = (n: number) => `${formatCount(n)} event${n === 1 ? '' : 's'}`;
  return (
    <div className="timeline-notice" role="status" data-testid="timeline-notice">
      {notice.kind === 'outside' ? (
        <>
          <span>{plural(notice.outside)} outside this view</span>
          <button type="button" className="link" onClick={onShowOutside}>
            Show them
          </button>
        </>
      ) : (
        <>
          <span>
            {plural(notice.events.length)} left out, far from the others
            {notice.events.length > MAX_NAMED ? ' (first listed)' : ''}:
          </span>
          <ul className="left-out" aria-label="Events left out">
            {notice.events.slice(0, MAX_NAMED).map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link"
                  title={e.title}
                  aria-label={`Show ${e.title}, ${formatEventDate(e)}`}
                  onClick={() => onShowEvent(e.id)}
                >
                  {formatEventDate(e)}
                </button>
              </li>
            ))}
          </ul>
          {onCheckDates ? (
            <button type="button" className="link" onClick={onCheckDates}>
              Check dates
            </button>
          ) : null}
        </>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
