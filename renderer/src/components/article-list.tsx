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
}

/** Every article: title (opens the reader), source, publication date and number of events; sortable. */
export function ArticleList({ articles, counts, openId, onOpen }: ArticleListProps) {
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
      <table>
        <thead>
          <tr>
            <SortHeader label="Title" column="title" order={order} onSort={onSort} />
            <SortHeader label="Source" column="source" order={order} onSort={onSort} />
            <SortHeader label="Published" column="published" order={order} onSort={onSort} />
            <SortHeader label="Events" column="events" order={order} onSort={onSort} className="num" />
          </tr>
        </thead>
        <tbody>
          {sorted.map((a) => (
            <tr key={a.id} className={a.id === openId ? 'selected' : undefined}>
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
