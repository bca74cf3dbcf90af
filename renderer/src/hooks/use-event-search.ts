/**
 * The search box asks the services (services/event-search.ts) for the events its words match:
 * once the typing settles, and again when the snapshot changes (an edit may change a title).
 */
import { useDeferredValue, useEffect } from 'react';
import { searchWords } from '../lib/search';
import type { Dispatcher } from '../state/dispatcher';
import type { Found } from '../state/explorer';

export function useEventSearch(
  dispatcher: Pick<Dispatcher, 'search'>,
  query: string,
  revision: number | undefined,
  found: Found | null,
): void {
  const asked = useDeferredValue(query);
  const terms = searchWords(asked).join('\n');
  const answered = found !== null && found.terms === terms && found.revision === revision;
  useEffect(() => {
    if (terms && !answered) dispatcher.search(asked);
  }, [dispatcher, asked, terms, revision, answered]);
}
