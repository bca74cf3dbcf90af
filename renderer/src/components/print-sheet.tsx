import type { NewslineApi, PageEvent } from '../../../electron/shared/contract';
import type { ArticleInfo } from '../../../electron/shared/model';
import { useFullEvents } from '../hooks/use-full-events';
import { cameoRootName } from '../lib/cameo-names';
import { formatEventDate, formatIsoDate } from '../lib/event-dates';

export interface PrintSheetProps {
  /** Where the quotes come from (asked before printing; see hooks/use-share.ts). */
  api: Pick<NewslineApi, 'getEvents'>;
  events: readonly PageEvent[];
  articles: ReadonlyMap<string, ArticleInfo>;
}

/**
 * What the PDF adds after the timeline: every filtered event in time order with its actors, kind
 * and quotes, then the list of source articles. Shown only when printing.
 */
export function PrintSheet({ api, events, articles }: PrintSheetProps) {
  const full = useFullEvents(api, events);
  const cited = [...new Set(events.flatMap((e) => e.sources.map((s) => s.articleId)))]
    .map((id) => articles.get(id))
    .filter((a): a is ArticleInfo => a !== undefined);
  return (
    <section className="print-sheet" aria-label="Printed list of events">
      <h2>
        {events.length} event{events.length === 1 ? '' : 's'}
      </h2>
      <ol className="print-events">
        {events.map((e) => (
          <li key={e.id}>
            <p className="print-head">
              <strong>{formatEventDate(e)}</strong> · {e.title}
              {e.edited ? ' (edited)' : ''}
            </p>
            <p className="print-meta">
              {e.actors.map((a) => `${a.name} (${a.role === 'source' ? 'acts' : 'acted upon'})`).join(', ') ||
                'No named actor'}
              {' · '}
              {cameoRootName(e.cameo) ?? 'Not classified'}
            </p>
            {e.sources.map((s, i) => (
              <blockquote key={`${s.articleId}:${s.start}:${i}`}>
                “{full.get(e.id)?.sources[i]?.quote ?? '…'}” —{' '}
                {articles.get(s.articleId)?.title ?? 'Unknown article'}
              </blockquote>
            ))}
          </li>
        ))}
      </ol>
      <h2>Sources</h2>
      <ol className="print-sources">
        {cited.map((a) => (
          <li key={a.id}>
            {a.title}
            {a.source ? `, ${a.source}` : ''}, {formatIsoDate(a.published)}
            {a.url ? ` · ${a.url}` : ''} · {a.file}
          </li>
        ))}
      </ol>
    </section>
  );
}
