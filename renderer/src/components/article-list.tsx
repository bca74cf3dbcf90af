import { useMemo, useState } from 'react';
import type { ArticleInfo } from '../../../electron/shared/model';
import { formatIsoDate } from '../lib/event-dates';
import { nextSort, sortArticles, type ArticleSortKey, type SortOrder } from '../lib/sorting';
import { SortHeader } from './sort-header';
import '../styles/find.css';

export interface ArticleListProps {
  articles: readonly ArticleInfo[];
  /** Events per article. */
  counts: ReadonlyMap<string, number>;
  openId: string | null;
  onOpen(id: string): void;
  /** Removes the articles chosen from the story open. */
  onRemove?(ids: string[]): void;
}

/** Every article: title (opens the reader), source, publication date and number of events; sortable. */
export function ArticleList({ articles, counts, openId, onOpen, onRemove }: ArticleListProps) {
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const chosen = articles.filter((a) => picked.has(a.id)).map((a) => a.id);
  const pick = (id: string, on: boolean) =>
    setPicked((p) => {
      const next = new Set(p);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const [order, setOrder] = useState<SortOrder<ArticleSortKey>>({
    key: 'published',
    direction: 'descending',
  });
  const sorted = useMemo(() => sortArticles(articles, counts, order), [articles, counts, order]);
  const onSort = (key: ArticleSortKey) => setOrder((o) => nextSort(o, key));
  return (
    <section className="article-list" aria-labelledby="article-list-title">
      <h2 id="article-list-title" className="pane-title">
        Articles ({articles.length})
      </h2>
      {onRemove ? (
        <p className="article-remove">
          <button
            type="button"
            disabled={chosen.length === 0}
            onClick={() => {
              onRemove(chosen);
              setPicked(new Set());
            }}
          >
            Remove from story{chosen.length > 0 ? ` (${chosen.length})` : ''}
          </button>
          <span className="muted">Tick articles to remove them; Undo brings them back.</span>
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            {onRemove ? (
              <th scope="col">
                <span className="sr-only">Choose</span>
              </th>
            ) : null}
            <SortHeader label="Title" column="title" order={order} onSort={onSort} />
            <SortHeader label="Source" column="source" order={order} onSort={onSort} />
            <SortHeader label="Published" column="published" order={order} onSort={onSort} />
            <SortHeader label="Events" column="events" order={order} onSort={onSort} className="num" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id} className={a.id === openId ? 'selected' : undefined}>
              {onRemove ? (
                <td className="pick">
                  <input
                    type="checkbox"
                    checked={picked.has(a.id)}
                    aria-label={`Choose “${a.title}”`}
                    onChange={(e) => pick(a.id, e.target.checked)}
                  />
                </td>
              ) : null}
              <td>
                <button type="button" className="link" onClick={() => onOpen(a.id)}>
                  {a.title}
                </button>
              </td>
              <td>{a.source ?? '—'}</td>
              <td className="nowrap">{formatIsoDate(a.published, true)}</td>
              <td className="num">{counts.get(a.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
