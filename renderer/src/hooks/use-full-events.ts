/**
 * The whole form of events the page shows in full (quotes, date as written, machine version): the
 * page holds only slim events (shared/page-events.ts) and asks the services for these when a view
 * shows them: the details, the rows of the list, the reader's article, the printed sheet.
 */
import { useEffect, useMemo, useState } from 'react';
import type { NewslineApi, PageEvent } from '../../../electron/shared/contract';
import type { NewsEvent } from '../../../electron/shared/model';

/** The whole form of each slim event asked for so far (a slim event an edit replaced is asked again). */
const known = new WeakMap<PageEvent, NewsEvent>();

/** Asks for the whole form of the events not known yet (the printed sheet asks before it prints). */
export async function loadFullEvents(
  api: Pick<NewslineApi, 'getEvents'>,
  events: readonly PageEvent[],
): Promise<void> {
  const byId = new Map(events.filter((e) => !known.has(e)).map((e) => [e.id, e]));
  if (byId.size === 0) return;
  for (const f of await api.getEvents([...byId.keys()])) {
    const slim = byId.get(f.id);
    if (slim) known.set(slim, f);
  }
}

/**
 * The whole events of `events` (by id), once the services have answered; those not known yet are
 * absent meanwhile. `events` should keep its identity while it holds the same events.
 */
export function useFullEvents(
  api: Pick<NewslineApi, 'getEvents'>,
  events: readonly PageEvent[],
): ReadonlyMap<string, NewsEvent> {
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    if (events.every((e) => known.has(e))) return;
    let live = true;
    loadFullEvents(api, events).then(
      () => live && setAnswered((n) => n + 1),
      () => undefined, // the views show what they hold without the quotes
    );
    return () => {
      live = false;
    };
  }, [api, events]);
  return useMemo(() => {
    void answered;
    const found = new Map<string, NewsEvent>();
    for (const e of events) {
      const f = known.get(e);
      if (f) found.set(e.id, f);
    }
    return found;
  }, [events, answered]);
}
