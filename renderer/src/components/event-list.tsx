import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { NewslineApi, PageEvent } from '../../../electron/shared/contract';
import type { NewsEvent } from '../../../electron/shared/model';
import { useFullEvents } from '../hooks/use-full-events';
import { cameoRootName } from '../lib/cameo-names';
import { formatEventDate } from '../lib/event-dates';
import { revealInPane } from '../lib/reveal';
import { containsWord, excerptAround } from '../lib/search';
import { nextSort, sortEvents, type EventSortKey, type SortOrder } from '../lib/sorting';
import { actorLine } from '../timeline/items';
import { MarkedText } from './search-bar';
import { SortHeader } from './sort-header';

const PAGE = 200;

export interface EventListProps {
  /** Where the rows' quotes come from (asked for the rows shown, when searching). */
  api: Pick<NewslineApi, 'getEvents'>;
  /** The events that pass the filter. */
  events: readonly PageEvent[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** Searched words, marked in the titles. */
  words?: readonly string[];
  /** What the page may do with the list: move the keyboard focus to it. */
  ref?: Ref<{ focus(): void }>;
}

/**
 * The same events as the timeline, as a table sortable by date or title: an equal alternative
 * for keyboards and screen readers. Selecting a row's title selects the event.
 */
const NONE: readonly PageEvent[] = [];

export function EventList({ api, events, selectedId, onSelect, words = [], ref }: EventListProps) {
  const [limit, setLimit] = useState(PAGE);
  const [order, setOrder] = useState<SortOrder<EventSortKey>>({ key: 'date', direction: 'ascending' });
  const ordered = useMemo(() => sortEvents(events, order), [events, order]);
  const onSort = (key: EventSortKey) => setOrder((o) => nextSort(o, key));
  const shown = useMemo(() => ordered.slice(0, limit), [ordered, limit]);
  // Where a searched word is only in a quote, the row shows that stretch: the rows' quotes are asked for.
  const full = useFullEvents(api, words.length > 0 ? shown : NONE);
  // The selected event's row comes into view (selected on the timeline, in the reader or by search).
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = listRef.current?.querySelector<HTMLElement>('tr.selected');
    if (row) revealInPane(row);
  }, [selectedId]);
  useImperativeHandle(ref, () => ({ focus: () => listRef.current?.focus() }), []);
  return (
    <div
      ref={listRef}
      className="event-list"
      role="region"
      tabIndex={-1}
      aria-label={`List of ${events.length} events`}
    >
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
                <QuoteMatch event={e} full={full.get(e.id)} words={words} />
              </td>
              <td>
                <MarkedText text={actorLine(e)} words={words} />
              </td>
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

/**
 * Where the search found a word that neither the title nor the actors show: the stretch of the
 * quote that holds it, with every searched word marked, so that each row shows why it matched.
 */
function QuoteMatch({
  event,
  full,
  words,
}: {
  event: PageEvent;
  full: NewsEvent | undefined;
  words: readonly string[];
}) {
  const actors = actorLine(event);
  const unseen = words.filter((w) => !containsWord(event.title, w) && !containsWord(actors, w));
  if (unseen.length === 0 || !full) return null;
  for (const source of full.sources) {
    const excerpt = excerptAround(source.quote, unseen);
    if (excerpt)
      return (
        <q className="match-quote">
          <MarkedText text={excerpt} words={words} />
        </q>
      );
  }
  return null;
}
