import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import type { FilterMode, NewslineApi, Snapshot, ViewState } from '../../electron/shared/contract';
import { ActorList } from './components/ActorList';
import { ArticleList } from './components/ArticleList';
import { ArticleReader } from './components/ArticleReader';
import { DetailsPanel } from './components/DetailsPanel';
import { EventList } from './components/EventList';
import { FacetPanel } from './components/FacetPanel';
import { ImportDialogs } from './components/ImportDialogs';
import { SearchBar } from './components/SearchBar';
import { SidePane, type SideTab } from './components/SidePane';
import { TimelineView, type TimelineHandle } from './components/TimelineView';
import { AddFromSelection } from './components/AddFromSelection';
import { CurationToolbar } from './components/CurationToolbar';
import { EventCuration } from './components/EventCuration';
import { useCuration } from './hooks/useCuration';
import { ContrastToggle } from './components/ContrastToggle';
import { useStoredFlag } from './hooks/useStoredFlag';
import { useImport } from './hooks/useImport';
import { errorMessage, loadInitial, type InitialData } from './lib/api';
import { formatEventDate } from './lib/dates';
import {
  actorsWithCounts,
  applyFilters,
  articleOptions,
  deriveChips,
  facetsOfView,
  hasFacets,
  kindOptions,
  NO_FACETS,
  removeChip,
  toggleValue,
  viewOfFacets,
  type Chip,
  type FacetState,
} from './lib/facets';
import { isFiltering } from './lib/filter';
import { searchWords } from './lib/search';
import { eventsPerArticle } from './lib/sorting';
import type { TimeSpan } from './lib/time';
import { initialWindow } from './timeline/view-window';

const SAVE_DELAY_MS = 400;
const ACCEPTED = /\.(txt|md|markdown)$/i;

/**
 * Loads the snapshot and the saved view (or takes the load the entry started), then shows the
 * explorer.
 */
export function App({ api, initial }: { api: NewslineApi; initial?: Promise<InitialData> }) {
  const [loaded, setLoaded] = useState<InitialData | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    (initial ?? loadInitial(api))
      .then((data) => {
        if (live) setLoaded(data);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(errorMessage(error));
      });
    return () => {
      live = false;
    };
  }, [api, initial]);

  if (loadError) {
    return (
      <div className="splash" role="alert">
        <h1>Newsline</h1>
        <p>Could not load the events: {loadError}</p>
      </div>
    );
  }
  if (!loaded) {
    return (
      <div className="splash" aria-busy="true">
        <h1>Newsline</h1>
        <p className="muted">Loading events…</p>
      </div>
    );
  }
  return <Explorer api={api} initialSnapshot={loaded.snapshot} savedView={loaded.view} />;
}

function Explorer({
  api,
  initialSnapshot,
  savedView,
}: {
  api: NewslineApi;
  initialSnapshot: Snapshot;
  savedView: ViewState;
}) {
  const [snapshot, setSnapshot] = useState(initialSnapshot);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set(savedView.hiddenActors));
  const [mode, setMode] = useState<FilterMode>(savedView.mode);
  const [selectedId, setSelectedId] = useState<string | null>(savedView.selectedEventId ?? null);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [layout, setLayout] = useState<'timeline' | 'list'>('timeline');
  const timelineRef = useRef<TimelineHandle>(null);
  const [lanes, setLanes] = useStoredFlag('newsline.lanes');
  const fileInput = useRef<HTMLInputElement>(null);

  const actorNames = useMemo(() => snapshot.actors.map((a) => a.name), [snapshot.actors]);
  const filter = useMemo(() => ({ hidden, mode }), [hidden, mode]);
  // Search words and facets combine with the actor filter; the search follows typing a moment later.
  const [facets, setFacets] = useState<FacetState>(() => facetsOfView(savedView));
  const deferredQuery = useDeferredValue(facets.query);
  const explorerFilter = useMemo(
    () => ({ ...filter, facets: { ...facets, query: deferredQuery } }),
    [filter, facets, deferredQuery],
  );
  const filtered = useMemo(
    () => applyFilters(snapshot.events, explorerFilter, actorNames),
    [snapshot.events, explorerFilter, actorNames],
  );
  const shownEvents = filtered.shown;
  const words = useMemo(() => searchWords(deferredQuery), [deferredQuery]);
  const [sideTab, setSideTab] = useState<SideTab>('details');
  const [readerId, setReaderId] = useState<string | null>(null);
  const visibleIds = useMemo(() => {
    const ids = new Set<string>();
    for (const e of shownEvents) ids.add(e.id);
    return ids;
  }, [shownEvents]);
  const articles = useMemo(() => new Map(snapshot.articles.map((a) => [a.id, a])), [snapshot.articles]);
  // One event is looked up: a scan is cheaper than a map of every event.
  const selected = useMemo(
    () =>
      selectedId && visibleIds.has(selectedId)
        ? (snapshot.events.find((e) => e.id === selectedId) ?? null)
        : null,
    [selectedId, visibleIds, snapshot.events],
  );
  const readerArticle = readerId ? (articles.get(readerId) ?? null) : null;
  const articleCounts = useMemo(() => eventsPerArticle(snapshot.events), [snapshot.events]);
  const chips = useMemo(
    () => deriveChips(explorerFilter, actorNames, articles),
    [explorerFilter, actorNames, articles],
  );
  // Actor counts follow the search and the facets, as the facet counts do.
  const actorFacet = useMemo(
    () => actorsWithCounts(snapshot.actors, filtered.actorCounts, explorerFilter.facets),
    [snapshot.actors, filtered.actorCounts, explorerFilter.facets],
  );
  const kindFacet = useMemo(
    () => kindOptions(snapshot.events, filtered.kindCounts, facets.kinds),
    [snapshot.events, filtered.kindCounts, facets.kinds],
  );
  const articleFacet = useMemo(
    () => articleOptions(snapshot.articles, filtered.articleCounts, facets.articles),
    [snapshot.articles, filtered.articleCounts, facets.articles],
  );
  const selectEvent = useCallback((id: string | null) => {
    setSelectedId(id);
    if (id) setSideTab((t) => (t === 'articles' ? 'details' : t));
  }, []);
  const openArticle = useCallback((id: string) => {
    setReaderId(id);
    setSideTab('reader');
  }, []);
  const onRemoveChip = (chip: Chip) => {
    const next = removeChip({ ...filter, facets }, chip.action);
    setHidden(next.hidden);
    setMode(next.mode);
    setFacets(next.facets);
  };
  const [startWindow, setStartWindow] = useState<TimeSpan>(() =>
    // Without a saved window the timeline fits itself to the events once it has placed them
    // (fitOnLoad below), so a start near them will do: the first and last in date order.
    initialWindow(
      savedView.window,
      savedView.window ? shownEvents : [shownEvents[0], shownEvents.at(-1)].filter((e) => e !== undefined),
    ),
  );
  // Restoring a saved view opens the timeline again on the view's window.
  const [windowKey, setWindowKey] = useState(0);

  // The view state is saved a moment after it last changed.
  const windowRef = useRef<TimeSpan>(startWindow);
  const saveTimer = useRef<number | null>(null);
  const latest = useRef({ hidden, mode, selectedId, facets });
  /** The view as it is now: what a saved view keeps. */
  const viewNow = useCallback((): ViewState => {
    const { hidden: h, mode: m, selectedId: s, facets: f } = latest.current;
    const w = windowRef.current;
    return {
      hiddenActors: [...h],
      mode: m,
      window: { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() },
      ...(s ? { selectedEventId: s } : {}),
      ...viewOfFacets(f),
    };
  }, []);
  const scheduleSave = useCallback(() => {
    if (saveTimer.current !== null) window.clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => {
      saveTimer.current = null;
      const { hidden: h, mode: m, selectedId: s, facets: f } = latest.current;
      const w = windowRef.current;
      const state: ViewState = {
        hiddenActors: [...h],
        mode: m,
        window: { start: new Date(w.start).toISOString(), end: new Date(w.end).toISOString() },
        ...(s ? { selectedEventId: s } : {}),
        ...viewOfFacets(f),
      };
      api.saveViewState(state).catch((e: unknown) => setError(`Could not save the view: ${errorMessage(e)}`));
    }, SAVE_DELAY_MS);
  }, [api]);
  const firstSave = useRef(true);
  useEffect(() => {
    latest.current = { hidden, mode, selectedId, facets };
    if (firstSave.current) {
      firstSave.current = false;
      return;
    }
    scheduleSave();
  }, [hidden, mode, selectedId, facets, scheduleSave]);
  const onWindowChange = useCallback(
    (w: TimeSpan) => {
      windowRef.current = w;
      scheduleSave();
    },
    [scheduleSave],
  );

  const onError = useCallback((m: string) => setError(m), []);
  const importer = useImport(api, setSnapshot, onError);
  const curation = useCuration(api, setSnapshot, onError);
  const [exportOpen, setExportOpen] = useState(false);
  const restoreView = useCallback((view: ViewState) => {
    setHidden(new Set(view.hiddenActors));
    setMode(view.mode);
    setFacets(facetsOfView(view));
    setSelectedId(view.selectedEventId ?? null);
    if (view.window) {
      const w = { start: Date.parse(view.window.start), end: Date.parse(view.window.end) };
      windowRef.current = w;
      setStartWindow(w);
      setWindowKey((k) => k + 1);
    }
  }, []);
  const openDialog = useCallback(() => fileInput.current?.click(), []);
  // The browser shows a file chooser only in answer to a user's gesture; a native menu command
  // arrives without one, so it first asks for a click (or Enter) on a button of the page.
  const [askToChoose, setAskToChoose] = useState(false);

  useEffect(
    () =>
      api.onMenuCommand((command) => {
        if (command === 'open-articles') {
          const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } })
            .userActivation;
          if (!activation || activation.isActive) openDialog();
          else setAskToChoose(true);
        } else if (command === 'zoom-in') timelineRef.current?.zoomIn();
        else if (command === 'zoom-out') timelineRef.current?.zoomOut();
        else if (command === 'fit-all') timelineRef.current?.fitAll();
        else if (command === 'undo' || command === 'redo') curation.onMenu(command);
        else if (command === 'export') setExportOpen(true);
      }),
    [api, openDialog, curation],
  );

  const clearFilters = () => {
    setHidden(new Set());
    setMode('any');
    setFacets(NO_FACETS);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    const accepted = files.filter((f) => ACCEPTED.test(f.name) || f.type === 'text/plain');
    const refused = files.filter((f) => !accepted.includes(f));
    if (refused.length > 0) {
      setError(`Not a text or Markdown file: ${refused.map((f) => f.name).join(', ')}`);
    }
    void importer.start(accepted);
  };

  const filtering = isFiltering(filter, actorNames) || hasFacets(explorerFilter.facets);
  const sideOpen =
    (sideTab === 'details' && selected !== null) ||
    (sideTab === 'reader' && readerArticle !== null) ||
    sideTab === 'articles';
  const total = snapshot.events.length;
  const announcement = selected ? `Selected: ${selected.title}, ${formatEventDate(selected)}` : '';

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault();
          setDragging(true);
        }
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="app-header">
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Newsline
        </h1>
        <p className="counts" aria-live="polite">
          <span data-testid="shown-count">{filtering ? `${shownEvents.length} of ${total}` : total}</span>{' '}
          event
          {total === 1 ? '' : 's'} · {snapshot.articles.length} article
          {snapshot.articles.length === 1 ? '' : 's'} · {snapshot.actors.length} actor
          {snapshot.actors.length === 1 ? '' : 's'}
        </p>
        {snapshot.problems.length > 0 ? (
          <details className="problems">
            <summary>
              {snapshot.problems.length} problem{snapshot.problems.length === 1 ? '' : 's'}
            </summary>
            <ul>
              {snapshot.problems.map((p, i) => (
                <li key={`${p.file}:${i}`}>
                  <span className="file-name">{p.file}</span>: {p.message}
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        <div className="toolbar" role="toolbar" aria-label="Timeline">
          <div className="segmented" role="group" aria-label="Show as">
            <button type="button" aria-pressed={layout === 'timeline'} onClick={() => setLayout('timeline')}>
              Timeline
            </button>
            <button type="button" aria-pressed={layout === 'list'} onClick={() => setLayout('list')}>
              List
            </button>
          </div>
          <button
            type="button"
            onClick={() => timelineRef.current?.zoomIn()}
            aria-label="Zoom in"
            title="Zoom in (+)"
          >
            +
          </button>
          <button
            type="button"
            onClick={() => timelineRef.current?.zoomOut()}
            aria-label="Zoom out"
            title="Zoom out (−)"
          >
            −
          </button>
          <button type="button" onClick={() => timelineRef.current?.fitAll()} title="Fit all events (Home)">
            Fit all
          </button>
          <button
            type="button"
            aria-pressed={lanes}
            onClick={() => setLanes(!lanes)}
            title="One lane per actor"
          >
            Lanes
          </button>
          <ContrastToggle />
          <button
            type="button"
            aria-pressed={sideOpen && sideTab === 'articles'}
            onClick={() => setSideTab((t) => (sideOpen && t === 'articles' ? 'details' : 'articles'))}
          >
            Articles
          </button>
          <CurationToolbar
            api={api}
            snapshot={snapshot}
            curation={curation}
            filteredIds={() => shownEvents.map((e) => e.id)}
            currentView={viewNow}
            onRestoreView={restoreView}
            exportOpen={exportOpen}
            onExportOpen={setExportOpen}
            onSnapshot={setSnapshot}
            onError={onError}
          />
          <button type="button" className="primary" onClick={openDialog}>
            Open articles…
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,.md,.markdown,text/plain"
          hidden
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            void importer.start(files);
          }}
        />
      </header>
      {error ? (
        <div className="error-line" role="alert">
          <span>{error}</span>
          <button type="button" className="icon-button" onClick={() => setError(null)} aria-label="Dismiss">
            ×
          </button>
        </div>
      ) : null}
      <main
        className={`app-main${sideOpen ? ' with-details' : ''}${sideOpen && sideTab !== 'details' ? ' with-reader' : ''}`}
      >
        <aside className="filters">
          <ActorList
            actors={actorFacet}
            hidden={hidden}
            mode={mode}
            onHiddenChange={setHidden}
            onModeChange={setMode}
          />
          <FacetPanel
            kinds={kindFacet}
            articles={articleFacet}
            {...(facets.from ? { from: facets.from } : {})}
            {...(facets.to ? { to: facets.to } : {})}
            onToggleKind={(k) => setFacets((f) => ({ ...f, kinds: toggleValue(f.kinds, k) }))}
            onToggleArticle={(a) => setFacets((f) => ({ ...f, articles: toggleValue(f.articles, a) }))}
            onDatesChange={(from, to) =>
              setFacets((f) => {
                const { from: _f, to: _t, ...rest } = f;
                return { ...rest, ...(from ? { from } : {}), ...(to ? { to } : {}) };
              })
            }
          />
        </aside>
        <section
          className={`timeline-pane show-${layout}${words.length > 0 ? ' searching' : ''}`}
          aria-label="Events"
        >
          <SearchBar
            query={facets.query}
            onQueryChange={(query) => setFacets((f) => ({ ...f, query }))}
            shown={shownEvents}
            chips={chips}
            onRemoveChip={onRemoveChip}
            onClearAll={clearFilters}
            selectedId={selected?.id ?? null}
            onSelect={selectEvent}
          />
          {layout === 'list' ? (
            <EventList
              events={shownEvents}
              selectedId={selected?.id ?? null}
              onSelect={selectEvent}
              words={words}
            />
          ) : null}
          <TimelineView
            key={windowKey}
            ref={timelineRef}
            events={snapshot.events}
            visibleIds={visibleIds}
            selectedId={selectedId}
            onSelect={selectEvent}
            initialWindow={startWindow}
            fitOnLoad={!savedView.window && windowKey === 0}
            onWindowChange={onWindowChange}
            shownCount={shownEvents.length}
            lanes={lanes}
            actors={snapshot.actors}
            hiddenActors={hidden}
            onOpenDetails={focusDetails}
          />
          {shownEvents.length === 0 ? (
            <div className="empty-state" role="status">
              {total === 0 ? (
                <>
                  <p>No events yet. Open news articles (.txt or .md) or drop them here.</p>
                  <button type="button" className="primary" onClick={openDialog}>
                    Open articles…
                  </button>
                </>
              ) : (
                <>
                  <p>
                    {hasFacets(explorerFilter.facets)
                      ? 'No events match the filters.'
                      : 'No events match the actor filter.'}
                  </p>
                  <button type="button" className="primary" onClick={clearFilters}>
                    Clear filters
                  </button>
                </>
              )}
            </div>
          ) : null}
          <Legend />
        </section>
        {sideOpen ? (
          <SidePane
            tab={sideTab}
            onTab={setSideTab}
            hasEvent={selected !== null}
            hasArticle={readerArticle !== null}
            onClose={() => {
              if (sideTab === 'details') setSelectedId(null);
              setSideTab('details');
              timelineRef.current?.focus();
            }}
          >
            {sideTab === 'details' && selected ? (
              <DetailsPanel
                event={selected}
                articles={articles}
                onOpenArticle={openArticle}
                onClose={() => {
                  setSelectedId(null);
                  timelineRef.current?.focus();
                }}
              />
            ) : null}
            {sideTab === 'details' && selected ? (
              <EventCuration
                key={selected.id}
                event={selected}
                onEdit={(patch) =>
                  curation.run(() => api.editEvent(selected.id, patch), 'Could not save the edit')
                }
                onHide={() =>
                  void curation.run(() => api.hideEvent(selected.id, true), 'Could not hide the event')
                }
                onRevert={() =>
                  void curation.run(() => api.revertEvent(selected.id), 'Could not revert the event')
                }
                mergeCandidates={shownEvents}
                onMerge={(other) =>
                  void curation.run(() => api.mergeEvents([selected.id, other]), 'Could not merge the events')
                }
                onSplit={(index) =>
                  void curation.run(() => api.splitEvent(selected.id, [index]), 'Could not split the event')
                }
              />
            ) : null}
            {sideTab === 'reader' && readerArticle ? (
              <ArticleReader
                api={api}
                article={readerArticle}
                events={snapshot.events}
                visibleIds={visibleIds}
                selectedId={selected?.id ?? null}
                onSelect={selectEvent}
                onOpenArticle={openArticle}
              />
            ) : null}
            {sideTab === 'reader' && readerArticle ? (
              <AddFromSelection
                key={readerArticle.id}
                api={api}
                article={readerArticle}
                onAdd={(input) => curation.run(() => api.addEvent(input), 'Could not add the event')}
              />
            ) : null}
            {sideTab === 'articles' ? (
              <ArticleList
                articles={snapshot.articles}
                counts={articleCounts}
                openId={readerId}
                onOpen={openArticle}
              />
            ) : null}
          </SidePane>
        ) : null}
      </main>
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      {dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop articles to import them
        </div>
      ) : null}
      {askToChoose ? (
        <ChooseFilesPrompt
          onChoose={() => {
            setAskToChoose(false);
            openDialog();
          }}
          onCancel={() => setAskToChoose(false)}
        />
      ) : null}
      <ImportDialogs
        state={importer.state}
        onConfirmDates={(dates) => void importer.confirmDates(dates)}
        onDismiss={importer.dismiss}
      />
    </div>
  );
}

/** Moves the keyboard focus to the details panel once it shows the event opened from the timeline. */
function focusDetails(): void {
  requestAnimationFrame(() => {
    const pane = document.querySelector<HTMLElement>('.details-pane');
    if (!pane) return;
    if (!pane.hasAttribute('tabindex')) pane.tabIndex = -1;
    pane.focus();
  });
}

/** Asks for the gesture a file chooser needs when "Open Articles…" comes from the native menu. */
function ChooseFilesPrompt({ onChoose, onCancel }: { onChoose(): void; onCancel(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="choose-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onCancel();
        }}
      >
        <h2 id="choose-title">Open articles</h2>
        <p className="muted">Choose news articles (.txt or .md files), or drop them on the window.</p>
        <div className="modal-buttons">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button ref={button} type="button" className="primary" onClick={onChoose}>
            Choose files…
          </button>
        </div>
      </div>
    </div>
  );
}

function Legend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li>
        <span className="swatch nl-q1" aria-hidden="true" /> Verbal cooperation
      </li>
      <li>
        <span className="swatch nl-q2" aria-hidden="true" /> Material cooperation
      </li>
      <li>
        <span className="swatch nl-q3" aria-hidden="true" /> Verbal conflict
      </li>
      <li>
        <span className="swatch nl-q4" aria-hidden="true" /> Material conflict
      </li>
      <li>
        <span className="swatch span" aria-hidden="true" /> Bar: month, year or approximate date
      </li>
    </ul>
  );
}
