import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { NewslineApi, PageSnapshot, StoryList, ViewState } from '../../electron/shared/contract';
import { ChooseFilesPrompt } from './components/choose-files-prompt';
import { SkipLink } from './components/skip-link';
import { ErrorLine, ExplorerHeader } from './components/explorer-header';
import { EventsPane } from './components/events-pane';
import { ExplorerSide } from './components/explorer-side';
import { ExplorerToolbar } from './components/explorer-toolbar';
import { FiltersPane } from './components/filters-pane';
import { ImportDialogs } from './components/import-dialogs';
import { PrintSheet } from './components/print-sheet';
import { StorySwitcher } from './components/story-switcher';
import { UndoNotice } from './components/undo-notice';
import type { TimelineHandle } from './timeline/controller-api';
import { useExplorerCommands } from './hooks/use-explorer-commands';
import { useImport } from './hooks/use-import';
import { useStories } from './hooks/use-stories';
import { useFileDrop } from './hooks/use-file-drop';
import { useEventSearch } from './hooks/use-event-search';
import { useShare } from './hooks/use-share';
import { useStoredFlag } from './hooks/use-stored-flag';
import { errorMessage, loadInitial, type InitialData } from './lib/api';
import { formatEventDate } from './lib/event-dates';
import { createDispatcher } from './state/dispatcher';
import { useDerived } from './state/derived';
import * as act from './state/explorer';
import { useStore } from './state/action-store';
import { saveViewOnChange } from './state/view-saver';
import { initialWindow } from './timeline/view-window';

/** Where the page is drawn for a PNG in the preview (the app's window captures itself). */
export type CaptureTarget = RefObject<HTMLElement | null>;

/** Loads the snapshot and the saved view (or takes the load the entry started), then shows the explorer. */
export function App(props: {
  api: NewslineApi;
  initial?: Promise<InitialData>;
  captureTarget?: CaptureTarget;
}) {
  const { api, initial } = props;
  const [loaded, setLoaded] = useState<InitialData | null>(null);
  /** Each story opened draws the explorer afresh: its view, its undo history. */
  const [opened, setOpened] = useState(0);
  const onOpened = useCallback((start: InitialData) => {
    setLoaded(start);
    setOpened((n) => n + 1);
  }, []);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (initial ?? loadInitial(api))
      .then((data) => live && setLoaded(data))
      .catch((error: unknown) => live && setLoadError(errorMessage(error)));
    return () => {
      live = false;
    };
  }, [api, initial]);
  if (loadError || !loaded) {
    return (
      <div className="splash" {...(loadError ? { role: 'alert' } : { 'aria-busy': 'true' })}>
        <h1>Newsline</h1>
        {loadError ? <p>Could not load the events: {loadError}</p> : <p className="muted">Loading events…</p>}
      </div>
    );
  }
  return (
    <Explorer
      key={opened}
      api={api}
      snapshot={loaded.snapshot}
      saved={loaded.view}
      stories={loaded.stories}
      onOpened={onOpened}
      captureTarget={props.captureTarget}
    />
  );
}

function Explorer(props: {
  api: NewslineApi;
  snapshot: PageSnapshot;
  saved: ViewState;
  stories: StoryList;
  onOpened(start: InitialData): void;
  captureTarget?: CaptureTarget;
}) {
  const { api, snapshot: loaded, saved, captureTarget } = props;
  const [store] = useState(() => {
    // Without a saved window the timeline fits itself to the events once it has placed them
    // (fitOnLoad below), so a start near them will do: the first and last in date order.
    const events = loaded.events;
    const near = saved.window ? events : [events[0], events.at(-1)].filter((e) => e !== undefined);
    return act.createExplorerStore(loaded, saved, initialWindow(saved.window, near), props.stories);
  });
  const [dispatcher] = useState(() => createDispatcher(api, store));
  useEffect(() => saveViewOnChange(store, dispatcher), [store, dispatcher]);
  const [startWindow] = useState(() => store.getState().window);
  const snapshot = useStore(store, (s) => s.snapshot);
  const view = useStore(store, (s) => s.view);
  const side = useStore(store, (s) => s.side);
  const error = useStore(store, (s) => s.error);
  const windowRequest = useStore(store, (s) => s.windowRequest);
  const stories = useStore(store, (s) => s.stories);
  const notice = useStore(store, (s) => s.notice);
  const storyActions = useStories(dispatcher, store, props.onOpened);
  const followRequest = useStore(store, (s) => s.followRequest);
  const found = useStore(store, (s) => s.found);
  useEventSearch(dispatcher, view.facets.query, snapshot.revision, found);
  const d = useDerived(snapshot, view, found);
  // the list or the timeline, as the user left it (like the lanes, kept in the page's storage)
  const [listLayout, setListLayout] = useStoredFlag('newsline.list');
  const layout = listLayout ? 'list' : 'timeline';
  const setLayout = (next: 'timeline' | 'list') => setListLayout(next === 'list');
  const [lanes, setLanes] = useStoredFlag('newsline.lanes');
  const timelineRef = useRef<TimelineHandle>(null);
  const listRef = useRef<{ focus(): void }>(null);
  // "Go to timeline" (and the skip link) goes to the events as shown: the timeline or the list.
  const focusEvents = useRef<(() => void) | null>(null);
  useEffect(() => {
    focusEvents.current = () => (layout === 'list' ? listRef.current : timelineRef.current)?.focus();
  }, [layout]);
  const sideRef = useRef<HTMLElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const run = store.dispatch;
  // after an import, the view goes to its events (or offers to)
  const [importFollow] = useState(() => ({
    eventIds: () => new Set(store.getState().snapshot.events.map((e) => e.id)),
    articleIds: () => new Set(store.getState().snapshot.articles.map((a) => a.id)),
    onImported: (summary: { eventIds: readonly string[] }) =>
      store.dispatch(act.followEvents(summary.eventIds)),
  }));
  const importer = useImport(dispatcher, importFollow);
  const drop = useFileDrop((files) => void importer.start(files));
  const commands = useExplorerCommands({
    dispatcher,
    store,
    timeline: timelineRef,
    fileInput,
    folderInput,
    onFolder: importer.startFolder,
    focusEvents,
  });
  // The PNG and the PDF: the sharing layout (title, dates, filters in words, legend). Its title is
  // what is shared is titled by the saved view's name, else the story's name, else "Newsline"
  const shownRef = useRef(d.shownEvents);
  useEffect(() => {
    shownRef.current = d.shownEvents;
  }, [d.shownEvents]);
  const share = useShare({
    api,
    store,
    timeline: timelineRef,
    storyName: act.storyNameOf({ stories }),
    printedEvents: () => shownRef.current,
  });
  const printing = share.mode === 'print';
  const printed = useMemo(
    () =>
      printing ? [...d.shownEvents].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)) : [],
    [printing, d.shownEvents],
  );

  const readerArticle = side.readerId ? (d.articles.get(side.readerId) ?? null) : null;
  const sideOpen =
    (side.tab === 'details' && d.selected !== null) ||
    (side.tab === 'reader' && readerArticle !== null) ||
    side.tab === 'articles' ||
    side.tab === 'checks' ||
    side.tab === 'keys';
  /** Moves the keyboard focus to the side pane once it shows the event opened from the timeline. */
  const focusDetails = () =>
    requestAnimationFrame(() => {
      const pane = sideRef.current;
      if (!pane) return;
      if (!pane.hasAttribute('tabindex')) pane.tabIndex = -1;
      pane.focus();
    });

  return (
    <div
      className={`app${drop.dragging ? ' dragging' : ''}${share.mode ? ` sharing share-${share.mode}` : ''}`}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
      onDrop={drop.onDrop}
    >
      <SkipLink command={commands.commands['focus-timeline']} />
      <ExplorerHeader
        snapshot={snapshot}
        shownCount={d.shownEvents.length}
        filtering={d.filtering}
        fileInput={fileInput}
        folderInput={folderInput}
        onFiles={(files) => void importer.start(files)}
        story={<StorySwitcher stories={stories} actions={storyActions} />}
        actions={
          <>
            <button type="button" onClick={commands.commands['import-folder'].run}>
              {commands.commands['import-folder'].label}
            </button>
            <button type="button" className="primary" onClick={commands.commands['open-articles'].run}>
              {commands.commands['open-articles'].label}
            </button>
          </>
        }
      >
        <ExplorerToolbar
          commands={commands}
          store={store}
          layout={layout}
          onLayout={setLayout}
          lanes={lanes}
          onLanes={setLanes}
          articlesOpen={sideOpen && side.tab === 'articles'}
          onArticles={() =>
            run(act.showSideTab(sideOpen && side.tab === 'articles' ? 'details' : 'articles'))
          }
          shownEvents={d.shownEvents}
          share={share}
        />
      </ExplorerHeader>
      {error ? <ErrorLine message={error} onDismiss={() => run(act.dismissError)} /> : null}
      <main
        data-share=""
        className={`app-main${sideOpen ? ' with-details' : ''}${sideOpen && side.tab !== 'details' ? ' with-reader' : ''}`}
      >
        <FiltersPane store={store} view={view} derived={d} dispatcher={dispatcher} />
        <EventsPane
          paneRef={captureTarget}
          timelineRef={timelineRef}
          listRef={listRef}
          store={store}
          api={api}
          snapshot={snapshot}
          view={view}
          derived={d}
          commands={commands}
          layout={layout}
          lanes={lanes}
          startWindow={startWindow}
          fitOnLoad={!saved.window}
          windowRequest={windowRequest}
          followRequest={followRequest}
          onOpenDetails={focusDetails}
          sharing={share.mode ? { title: share.title } : null}
        />
        {sideOpen ? (
          <ExplorerSide
            paneRef={sideRef}
            store={store}
            dispatcher={dispatcher}
            side={side}
            derived={d}
            readerArticle={readerArticle}
            focusTimeline={() => timelineRef.current?.focus()}
          />
        ) : null}
      </main>
      <p className="sr-only" aria-live="polite">
        {d.selected ? `Selected: ${d.selected.title}, ${formatEventDate(d.selected)}` : ''}
      </p>
      {notice && notice.about === snapshot ? (
        <UndoNotice
          notice={notice}
          onUndo={() => {
            run(act.showNotice(null));
            dispatcher.undo();
          }}
          onDismiss={() => run(act.showNotice(null))}
        />
      ) : null}
      {drop.dragging ? (
        <div className="drop-hint" aria-hidden="true">
          Drop articles to import them
        </div>
      ) : null}
      {commands.askToChoose ? (
        <ChooseFilesPrompt onChoose={commands.chooseFiles} onCancel={commands.cancelChoose} />
      ) : null}
      {printing
        ? createPortal(<PrintSheet api={api} events={printed} articles={d.articles} />, document.body)
        : null}
      <ImportDialogs
        state={importer.state}
        onConfirmDates={(dates) => void importer.confirmDates(dates)}
        onCancel={importer.cancel}
        onDismiss={importer.dismiss}
      />
    </div>
  );
}
