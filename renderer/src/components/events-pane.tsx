import { useMemo, useState, type Ref } from 'react';
import type { NewslineApi, PageSnapshot } from '../../../electron/shared/contract';
import type { ExplorerCommands } from '../hooks/use-explorer-commands';
import { filtersInWords } from '../lib/filters-in-words';
import type { TimeSpan } from '../lib/time';
import type { Derived } from '../state/derived';
import * as act from '../state/explorer';
import { EmptyState } from './empty-state';
import { EventList } from './event-list';
import { Legend } from './legend';
import { SearchBar } from './search-bar';
import { ShareHeader } from './share-header';
import type { TimelineHandle } from '../timeline/controller-api';
import type { DrawnMode } from '../timeline/drawing';
import { marksAfterEdit } from '../timeline/legend-marks-patch';
import { TimelineView } from './timeline-view';

export interface EventsPaneProps {
  store: act.ExplorerStore;
  /** Where the list's quotes come from. */
  api: Pick<NewslineApi, 'getEvents'>;
  snapshot: PageSnapshot;
  view: act.ViewSelection;
  derived: Derived;
  commands: ExplorerCommands;
  layout: 'timeline' | 'list';
  lanes: boolean;
  /** The window the timeline opens on, whether to fit it to the events, and a window to move to. */
  startWindow: TimeSpan;
  fitOnLoad: boolean;
  windowRequest: act.ExplorerState['windowRequest'];
  /** Events to go to (an import's). */
  followRequest?: act.ExplorerState['followRequest'];
  onOpenDetails(id: string): void;
  timelineRef: Ref<TimelineHandle>;
  /** The list of events, for the page to move the focus to. */
  listRef?: Ref<{ focus(): void }>;
  paneRef?: Ref<HTMLElement>;
  /** While the timeline is shared (PNG, PDF): the title it bears. */
  sharing?: { title: string } | null;
}

/** The events: the search, the list or the timeline, what to do when none is shown, and the legend. */
export function EventsPane({ timelineRef, listRef, paneRef, ...props }: EventsPaneProps) {
  const { store, snapshot, view, derived: d, commands } = props;
  const run = store.dispatch;
  const select = (id: string | null) => run(act.selectEvent(id));
  const [drawn, setDrawn] = useState<DrawnMode>({ mode: 'detail', unit: null });
  const marks = useMemo(() => marksAfterEdit(d.shownEvents, view.hidden), [d.shownEvents, view.hidden]);
  const sharing = props.sharing ?? null;
  const legend = {
    ...marks,
    // on screen each lane is named beside its colour; what is shared explains the colours too
    lanes: props.lanes && sharing !== null,
    bands: drawn.mode === 'aggregate' ? drawn.unit : null,
    searching: d.words.length > 0,
  };
  return (
    <section
      ref={paneRef}
      className={`timeline-pane show-${props.layout}${d.words.length > 0 ? ' searching' : ''}`}
      id="events"
      aria-label="Events"
      data-share=""
    >
      {sharing ? (
        <ShareHeader
          store={store}
          title={sharing.title}
          shown={d.shownEvents}
          filters={filtersInWords(
            view,
            snapshot.actors.map((a) => a.name),
            d.articles,
          )}
        />
      ) : null}
      <SearchBar
        query={view.facets.query}
        onQueryChange={(query) => run(act.updateFacets((f) => ({ ...f, query })))}
        shown={d.shownEvents}
        chips={d.chips}
        onRemoveChip={(chip) => run(act.removeChip(chip.action))}
        onClearAll={() => run(act.clearFilters)}
        selectedId={d.selected?.id ?? null}
        onSelect={select}
      />
      {props.layout === 'list' ? (
        <EventList
          api={props.api}
          ref={listRef}
          events={d.shownEvents}
          selectedId={d.selected?.id ?? null}
          onSelect={select}
          words={d.words}
        />
      ) : null}
      <TimelineView
        ref={timelineRef}
        events={snapshot.events}
        visibleIds={d.visibleIds}
        shownEvents={d.shownEvents}
        selectedId={view.selectedId}
        onSelect={select}
        initialWindow={props.startWindow}
        windowRequest={props.windowRequest}
        followRequest={props.followRequest ?? null}
        fitOnLoad={props.fitOnLoad}
        onWindowChange={(w) => run(act.windowChanged(w))}
        shownCount={d.shownEvents.length}
        lanes={props.lanes}
        actors={snapshot.actors}
        hiddenActors={view.hidden}
        onOpenDetails={props.onOpenDetails}
        onDrawnChange={setDrawn}
        commands={commands.commands}
      />
      {d.shownEvents.length === 0 ? (
        <EmptyState
          total={snapshot.events.length}
          facetsOn={d.facetsOn}
          onOpenArticles={() => commands.run('open-articles')}
          onClearFilters={() => run(act.clearFilters)}
        />
      ) : null}
      <Legend context={legend} />
    </section>
  );
}
