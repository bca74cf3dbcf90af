import type { ReactNode, Ref } from 'react';
import type { SideTab } from '../state/explorer';

export interface SidePaneProps {
  tab: SideTab;
  onTab(tab: SideTab): void;
  /** An event is selected (its details can be shown). */
  hasEvent: boolean;
  /** An article is open in the reader. */
  hasArticle: boolean;
  onClose(): void;
  /** Escape pressed in the pane, outside a dialog. */
  onEscape?(): void;
  children: ReactNode;
  ref?: Ref<HTMLElement>;
}

const LABELS: Record<SideTab, string> = {
  details: 'Event details',
  reader: 'Article reader',
  articles: 'Articles',
  checks: 'Check dates',
  keys: 'Key dates',
};

/** The pane beside the timeline: the selected event's details, the article reader or the articles list. */
export function SidePane({
  tab,
  onTab,
  hasEvent,
  hasArticle,
  onClose,
  onEscape,
  children,
  ref,
}: SidePaneProps) {
  const tabs: { key: SideTab; label: string; enabled: boolean }[] = [
    { key: 'details', label: 'Event', enabled: hasEvent },
    { key: 'reader', label: 'Article', enabled: hasArticle },
    { key: 'articles', label: 'Articles', enabled: true },
    { key: 'checks', label: 'Dates', enabled: true },
    { key: 'keys', label: 'Key dates', enabled: true },
  ];
  return (
    <aside
      ref={ref}
      className="details-pane"
      aria-label={LABELS[tab]}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !onEscape || (e.target as Element).closest('[role=dialog]')) return;
        e.preventDefault();
        onEscape();
      }}
    >
      <div className="pane-tabs">
        <div className="segmented" role="group" aria-label="Show in this pane">
          {tabs.map((t) => (
            <button
              key={t.key}
              type="button"
              aria-pressed={tab === t.key}
              disabled={!t.enabled}
              onClick={() => onTab(t.key)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {tab === 'details' ? null : (
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={`Close ${LABELS[tab].toLowerCase()}`}
          >
            ×
          </button>
        )}
      </div>
      {children}
    </aside>
  );
}
