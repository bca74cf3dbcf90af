import { toggleValue } from '../lib/facets';
import type { Derived } from '../state/derived';
import { setHidden, setMode, updateFacets, type ExplorerStore, type ViewSelection } from '../state/explorer';
import { ActorList } from './actor-list';
import { FacetPanel } from './facet-panel';

/** The filters beside the timeline: actors, then kinds, articles and dates. */
export function FiltersPane({
  store,
  view,
  derived,
}: {
  store: ExplorerStore;
  view: ViewSelection;
  derived: Derived;
}) {
  const run = store.dispatch;
  const { facets } = view;
  return (
    <aside className="filters">
      <ActorList
        actors={derived.actorFacet}
        hidden={view.hidden}
        mode={view.mode}
        onHiddenChange={(hidden) => run(setHidden(hidden))}
        onModeChange={(mode) => run(setMode(mode))}
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
    </aside>
  );
}
