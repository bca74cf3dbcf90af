/** What the events pane says when no event is shown: none yet, or none that passes the filters. */
export function EmptyState(props: {
  total: number;
  facetsOn: boolean;
  onOpenArticles(): void;
  onClearFilters(): void;
}) {
  return (
    <div className="empty-state" role="status">
      {props.total === 0 ? (
        <>
          <p>No events yet. Open news articles (.txt or .md) or drop them here.</p>
          <button type="button" className="primary" onClick={props.onOpenArticles}>
            Open articles…
          </button>
        </>
      ) : (
        <>
          <p>{props.facetsOn ? 'No events match the filters.' : 'No events match the actor filter.'}</p>
          <button type="button" className="primary" onClick={props.onClearFilters}>
            Clear filters
          </button>
        </>
      )}
    </div>
  );
}
