import '../styles/share.css';
import type { PageEvent } from '../../../electron/shared/contract';
import { formatIsoDate } from '../lib/event-dates';
import { countInSpan, rangeInWords } from '../lib/share-caption';
import { useStore } from '../state/action-store';
import type { ExplorerStore } from '../state/explorer';

export interface ShareHeaderProps {
  store: ExplorerStore;
  title: string;
  /** The events that pass the filters. */
  shown: readonly PageEvent[];
  /** The filters in words (filters-in-words.ts). */
  filters: string;
}

/**
 * The head of the sharing layout (a PNG, a PDF): the title, the dates shown with the number of
 * events in them, and the filters in words. Shown only while sharing or printing.
 */
export function ShareHeader({ store, title, shown, filters }: ShareHeaderProps) {
  const window = useStore(store, (s) => s.window);
  const today = formatIsoDate(new Date().toISOString().slice(0, 10));
  return (
    <header className="share-header" data-share="" data-testid="share-header">
      <div className="share-heading">
        <h2 className="share-title">{title}</h2>
        <p className="share-made muted">Newsline, {today}</p>
      </div>
      <p className="share-range">{rangeInWords(window, countInSpan(shown, window))}</p>
      <p className="share-filters">{filters}</p>
    </header>
  );
}
