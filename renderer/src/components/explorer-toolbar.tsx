import type { PageEvent } from '../../../electron/shared/contract';
import type { ExplorerCommands } from '../hooks/use-explorer-commands';
import type { ShareActions } from '../hooks/use-share';
import { nameView, restoreView, viewStateOf, type ExplorerStore } from '../state/explorer';
import { useStore } from '../state/action-store';
import { ContrastToggle } from './contrast-toggle';
import { CurationToolbar } from './curation-toolbar';

export interface ExplorerToolbarProps {
  commands: ExplorerCommands;
  store: ExplorerStore;
  layout: 'timeline' | 'list';
  onLayout(layout: 'timeline' | 'list'): void;
  lanes: boolean;
  onLanes(lanes: boolean): void;
  /** The list of articles is open in the side pane. */
  articlesOpen: boolean;
  onArticles(): void;
  shownEvents: readonly PageEvent[];
  /** Sharing the timeline (PNG, PDF) and the title of exports. */
  share?: ShareActions;
}

/** The toolbar: how events are shown, zoom, lanes, contrast, articles, edits, views and export. */
export function ExplorerToolbar(props: ExplorerToolbarProps) {
  const { commands: c, store, layout } = props;
  const { commands } = c;
  const snapshot = useStore(store, (s) => s.snapshot);
  const checking = useStore(store, (s) => s.side.tab === 'checks');
  const keyDates = useStore(store, (s) => s.side.tab === 'keys');
  const dispatcher = c.dispatcher;
  return (
    <>
      <div className="segmented" role="group" aria-label="Show as">
        <button type="button" aria-pressed={layout === 'timeline'} onClick={() => props.onLayout('timeline')}>
          Timeline
        </button>
        <button type="button" aria-pressed={layout === 'list'} onClick={() => props.onLayout('list')}>
          List
        </button>
      </div>
      <button type="button" onClick={commands['zoom-in'].run} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" onClick={commands['zoom-out'].run} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" onClick={commands['fit-all'].run} title="Fit all events (Home)">
        Fit all
      </button>
      <button
        type="button"
        aria-pressed={props.lanes}
        onClick={() => props.onLanes(!props.lanes)}
        title="One lane per actor"
      >
        Lanes
      </button>
      <ContrastToggle />
      <button type="button" aria-pressed={props.articlesOpen} onClick={props.onArticles}>
        Articles
      </button>
      <button
        type="button"
        aria-pressed={checking}
        onClick={commands['check-dates'].run}
        title="Events dated far from their articles or the rest (Ctrl+Shift+D)"
      >
        {commands['check-dates'].label}
      </button>
      <button
        type="button"
        aria-pressed={keyDates}
        onClick={commands['key-dates'].run}
        title="Days ranked by how salient their events are (Ctrl+Shift+K)"
      >
        {commands['key-dates'].label}
      </button>
      <CurationToolbar
        dispatcher={dispatcher}
        commands={commands}
        snapshot={snapshot}
        filteredIds={() => props.shownEvents.map((e) => e.id)}
        currentView={() => viewStateOf(store.getState())}
        onRestoreView={(view, name) => store.dispatch(restoreView(view, name))}
        onSavedView={(name) => store.dispatch(nameView(name))}
        exportOpen={c.exportOpen}
        onExportOpen={c.setExportOpen}
        share={props.share}
      />
    </>
  );
}
