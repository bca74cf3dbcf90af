import { useRef, useState } from 'react';
import { toggleValue } from '../lib/facets';
import { useStore } from '../state/action-store';
import type { Derived } from '../state/derived';
import type { Dispatcher } from '../state/dispatcher';
import { setHidden, setMode, updateFacets, type ExplorerStore, type ViewSelection } from '../state/explorer';
import { ActorList } from './actor-list';
import { ActorManager } from './actor-manager';
import { FacetPanel } from './facet-panel';

/** The filters beside the timeline: actors, then kinds, articles and dates. */
export function FiltersPane({
  store,
  view,
  derived,
  dispatcher,
}: {
  store: ExplorerStore;
  view: ViewSelection;
  derived: Derived;
  /** For the actors view's changes; without it the view is not offered. */
  dispatcher?: Dispatcher;
}) {
  const run = store.dispatch;
  const { facets } = view;
  const snapshot = useStore(store, (s) => s.snapshot);
  const [managing, setManaging] = useState(false);
  const manageButton = useRef<HTMLButtonElement | null>(null);
  return (
    <aside className="filters">
      <ActorList
        actors={derived.actorFacet}
        hidden={view.hidden}
        mode={view.mode}
        onHiddenChange={(hidden) => run(setHidden(hidden))}
        onModeChange={(mode) => run(setMode(mode))}
        {...(dispatcher
          ? {
              onManage: (button: HTMLButtonElement) => {
                manageButton.current = button;
                setManaging(true);
              },
            }
          : {})}
      />
      <FacetPanel
        kinds={derived.kindFacet}
        articles={derived.articleFacet}
        {...(facets.from ? { from: facets.from } : {})}
        {...(facets.to ? { to: facets.to } : {})}
        onToggleKind={(k) => run(updateFacets((f) => ({ ...f, kinds: toggleValue(f.kinds, k) })))}
        onToggleArticle={(a) => run(updateFacets((f) => ({ ...f, articles: toggleValue(f.articles, a) })))}
        onDatesChange={(from, to) =>
          run(
            updateFacets(({ from: _f, to: _t, ...rest }) => ({
              ...rest,
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
            })),
          )
        }
      />
      {managing && dispatcher ? (
        <ActorManager
          snapshot={snapshot}
          onChange={(change) =>
            dispatcher.edit((api) => api.editActors(change), 'Could not change the actor')
          }
          onClose={() => {
            setManaging(false);
            manageButton.current?.focus();
          }}
        />
      ) : null}
    </aside>
  );
}
