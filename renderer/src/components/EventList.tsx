import { useMemo, useState } from 'react';
import type { NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo';
import { formatEventDate, placeEvent } from '../lib/dates';
import { actorLine } from '../lib/timelineItems';

const PAGE = 200;

export interface EventListProps {
  /** The events that pass the filter. */
  events: readonly NewsEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
}

/** The same events as the timeline, as a table in time order: an equal alternative for keyboards and screen readers. */
export function EventList({ events, selectedId, onSelect }: EventListProps) {
  const [limit, setLimit] = useState(PAGE);
  const ordered = useMemo(
    () =>
      events
        .map((e) => ({ e, t: placeEvent(e)?.start ?? Number.POSITIVE_INFINITY }))
        .sort((a, b) => a.t - b.t)
        .map((x) => x.e),
    [events],
  );
  const shown = ordered.slice(0, limit);
  return (
    <div className="event-list" role="region" aria-label={`List of ${events.length} events`}>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Event</th>
            <th scope="col">Actors</th>
            <th scope="col">Kind</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((e) => (
            <tr
              key={e.id}
              className={e.id === selectedId ? 'selected' : undefined}
              aria-selected={e.id === selectedId}
            >
              <td className="nowrap">{formatEventDate(e)}</td>
              <td>
                <button type="button" className="link" onClick={() => onSelect(e.id)}>
                  {e.title}
                </button>
              </td>
              <td>{actorLine(e)}</td>
              <td>{cameoRootName(e.cameo) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ordered.length > limit ? (
        <p className="list-more">
          {`${limit} of ${ordered.length} shown. `}
          <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
            Show {Math.min(PAGE, ordered.length - limit)} more
          </button>
        </p>
      ) : null}
    </div>
  );
}
