import { useEffect, useMemo, useRef, useState } from 'react';
import type { NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo-names';
import { formatEventDate } from '../lib/event-dates';
import { revealInPane } from '../lib/reveal';
import { nextSort, sortEvents, type EventSortKey, type SortOrder } from '../lib/sorting';
import { actorLine } from '../timeline/items';
import { MarkedText } from './search-bar';
import { SortHeader } from './sort-header';

const PAGE = 200;

export interface EventListProps {
  /** The events that pass the filter. */
  events: readonly NewsEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Searched words, marked in the titles. */
  words?: readonly string[];
}

/**
 * The same events as the timeline, as a table sortable by date or title: an equal alternative
 * for keyboards and screen readers. Selecting a row's title selects the event.
 */
export function EventList({ events, selectedId, onSelect, words = [] }: EventListProps) {
  const [limit, setLimit] = useState(PAGE);
  const [order, setOrder] = useState<SortOrder<EventSortKey>>({ key: 'date', direction: 'ascending' });
  const ordered = useMemo(() => sortEvents(events, order), [events, order]);
  const onSort = (key: EventSortKey) => setOrder((o) => nextSort(o, key));
  const shown = ordered.slice(0, limit);
  // The selected event's row comes into view (selected on the timeline, in the reader or by search).
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('tr.selected');
    if (row) revealInPane(row);
  }, [selectedId]);
  return (
    <div ref={listRef} className="event-list" role="region" aria-label={`List of ${events.length} events`}>
      <table>
        <thead>
          <tr>
            <SortHeader label="Date" column="date" order={order} onSort={onSort} />
            <SortHeader label="Event" column="title" order={order} onSort={onSort} />
            <th scope="col">Actors</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Sources
            </th>
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
                <button
                  type="button"
                  className="link"
                  aria-current={e.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(e.id)}
                >
                  <MarkedText text={e.title} words={words} />
                </button>
              </td>
              <td>{actorLine(e)}</td>
              <td>{cameoRootName(e.cameo) ?? '—'}</td>
              <td className="num">{e.sources.length}</td>
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
