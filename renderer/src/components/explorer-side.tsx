import { useMemo, useRef, type Ref } from 'react';
import type { ArticleInfo } from '../../../electron/shared/model';
import { useFullEvents } from '../hooks/use-full-events';
import type { Derived } from '../state/derived';
import type { Dispatcher } from '../state/dispatcher';
import {
  closeSideTab,
  goToDay,
  openArticle,
  selectEvent,
  showNotice,
  showSideTab,
  type ExplorerStore,
  type SideState,
} from '../state/explorer';
import { useStore } from '../state/action-store';
import { AddFromSelection } from './add-from-selection';
import { ArticleList } from './article-list';
import { ArticleReader } from './article-reader';
import { DateChecksList } from './date-checks-list';
import { DetailsPanel } from './details-panel';
import { KeyDatesList } from './key-dates-list';
import { EventCuration } from './event-curation';
import { SidePane } from './side-pane';

export interface ExplorerSideProps {
  store: ExplorerStore;
  dispatcher: Dispatcher;
  side: SideState;
  derived: Derived;
  readerArticle: ArticleInfo | null;
  /** Gives the keyboard back to the timeline (the pane closed, or Escape in it). */
  focusTimeline(): void;
  paneRef?: Ref<HTMLElement>;
}

/** The pane beside the timeline and what it holds: an event's details and edits, the reader, the articles. */
export function ExplorerSide({ paneRef, ...props }: ExplorerSideProps) {
  const { store, dispatcher, derived: d, readerArticle, focusTimeline } = props;
  const { api, edit } = dispatcher;
  const snapshot = useStore(store, (s) => s.snapshot);
  const { tab, readerId } = props.side;
  const selected = d.selected;
  const asked = useMemo(() => (selected ? [selected] : []), [selected]);
  const full = useFullEvents(api, asked).get(selected?.id ?? '');
  const onSelect = (id: string | null) => store.dispatch(selectEvent(id));
  const onOpenArticle = (id: string) => store.dispatch(openArticle(id));
  const readerText = useRef<HTMLDivElement>(null);
  /** Removes articles from the story; a notice offers Undo. */
  const onRemove = (ids: string[]) =>
    void edit((a) => a.removeArticles(ids), 'Could not remove the articles').then((done) => {
      if (!done) return;
      const message = `Removed ${ids.length} article${ids.length === 1 ? '' : 's'}`;
      store.dispatch(showNotice({ message, undoable: true, about: store.getState().snapshot }));
    });
  return (
    <SidePane
      ref={paneRef}
      tab={tab}
      onTab={(next) => store.dispatch(showSideTab(next))}
      hasEvent={selected !== null}
      hasArticle={readerArticle !== null}
      onClose={() => {
        store.dispatch(closeSideTab);
        focusTimeline();
      }}
      onEscape={focusTimeline}
    >
      {tab === 'details' && selected ? (
        <DetailsPanel
          event={selected}
          full={full}
          articles={d.articles}
          onOpenArticle={onOpenArticle}
          onClose={() => {
            onSelect(null);
            focusTimeline();
          }}
        />
      ) : null}
      {tab === 'details' && selected ? (
        <EventCuration
          key={selected.id}
          event={selected}
          full={full}
          onEdit={(patch) => edit((a) => a.editEvent(selected.id, patch), 'Could not save the edit')}
          onHide={() => void edit((a) => a.hideEvent(selected.id, true), 'Could not hide the event')}
          onRevert={() => void edit((a) => a.revertEvent(selected.id), 'Could not revert the event')}
          mergeCandidates={d.shownEvents}
          onMerge={(other) =>
            void edit((a) => a.mergeEvents([selected.id, other]), 'Could not merge the events')
          }
          onSplit={(index) =>
            void edit((a) => a.splitEvent(selected.id, [index]), 'Could not split the event')
          }
        />
      ) : null}
      {tab === 'reader' && readerArticle ? (
        <ArticleReader
          api={api}
          article={readerArticle}
          events={snapshot.events}
          visibleIds={d.visibleIds}
          selectedId={selected?.id ?? null}
          onSelect={onSelect}
          onOpenArticle={onOpenArticle}
          onRemove={() => onRemove([readerArticle.id])}
          textRef={readerText}
        />
      ) : null}
      {tab === 'reader' && readerArticle ? (
        <AddFromSelection
          key={readerArticle.id}
          api={api}
          article={readerArticle}
          text={readerText}
          onAdd={(input) => edit((a) => a.addEvent(input), 'Could not add the event')}
        />
      ) : null}
      {tab === 'articles' ? (
        <ArticleList
          articles={snapshot.articles}
          counts={d.articleCounts}
          openId={readerId}
          onOpen={onOpenArticle}
          onRemove={onRemove}
        />
      ) : null}
      {tab === 'checks' ? (
        <DateChecksList
          shown={d.shownEvents}
          library={snapshot.events}
          articles={d.articles}
          selectedId={selected?.id ?? null}
          onSelect={onSelect}
        />
      ) : null}
      {tab === 'keys' ? (
        <KeyDatesList
          shown={d.shownEvents}
          filtering={d.filtering}
          selectedId={selected?.id ?? null}
          dispatcher={dispatcher}
          onGo={(window, id) => store.dispatch(goToDay(window, id))}
        />
      ) : null}
    </SidePane>
  );
}
