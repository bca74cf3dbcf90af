import type { PageEvent } from '../../../electron/shared/contract';
import type { ArticleInfo, NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo-names';
import { describePrecision, formatEventDate, formatIsoDate } from '../lib/event-dates';
import { modalityText } from '../timeline/items';

export interface DetailsPanelProps {
  event: PageEvent;
  /** The event whole (quotes, date as written), once the services have answered. */
  full?: NewsEvent | undefined;
  articles: ReadonlyMap<string, ArticleInfo>;
  onClose(): void;
  /** Opens an article in the reader; without it, article titles are plain text. */
  onOpenArticle?(articleId: string): void;
}

function basisText(event: PageEvent, expression: string | undefined): string {
  // a date set by hand is the person's, whatever the text said
  if (event.edited?.fields.includes('date') || (event.edited?.added && event.basis === 'reported'))
    return 'set by hand';
  switch (event.basis) {
    case 'explicit':
      return expression ? `written in the text: “${expression}”` : 'written in the text';
    case 'relative':
      return expression ? `worked out from “${expression}”` : 'worked out from the text';
    case 'reported':
      return 'the publication date of the report';
  }
}

/** The selected event: title, date in words, actors with roles, kind of event and every source quote. */
export function DetailsPanel({ event, full, articles, onClose, onOpenArticle }: DetailsPanelProps) {
  const kind = cameoRootName(event.cameo);
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <h2 id="details-title">{event.title}</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <dl className="details-facts">
        <dt>Date</dt>
        <dd>
          <span className="details-date">{formatEventDate(event)}</span>
          <span className="details-sub">
            {describePrecision(event.precision)} · {basisText(event, full?.expression)}
          </span>
        </dd>
        {event.modality && (
          <>
            <dt>Told as</dt>
            <dd className={`details-modality modality-${event.modality}`}>{modalityText(event.modality)}</dd>
          </>
        )}
        <dt>Kind</dt>
        <dd>{kind ? `${kind} (CAMEO ${event.cameo?.slice(0, 2)})` : 'Not classified'}</dd>
        <dt>Actors</dt>
        <dd>
          {event.actors.length === 0 ? (
            'No named actor'
          ) : (
            <ul className="details-actors">
              {event.actors.map((a) => (
                <li key={`${a.name}:${a.role}`}>
                  <span className="actor-name">{a.name}</span>{' '}
                  <span className={`role role-${a.role}`}>{a.role === 'source' ? 'acts' : 'acted upon'}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <h3 className="details-sources-title">
        {event.sources.length === 1 ? 'Source' : `Sources (${event.sources.length})`}
      </h3>
      <ol className="details-sources">
        {event.sources.map((s, i) => {
          const article = articles.get(s.articleId);
          const quote = full?.sources[i]?.quote;
          return (
            <li key={`${s.articleId}:${s.start}:${i}`} className="source">
              <blockquote className="quote" aria-busy={quote === undefined}>
                {quote ?? '…'}
              </blockquote>
              <p className="source-cite">
                <cite>
                  {article && onOpenArticle ? (
                    <button
                      type="button"
                      className="link"
                      title="Read the article"
                      onClick={() => onOpenArticle(article.id)}
                    >
                      {article.title}
                    </button>
                  ) : (
                    (article?.title ?? 'Unknown article')
                  )}
                </cite>
                {article ? (
                  <span>
                    {onOpenArticle ? '' : ', '}
                    {formatIsoDate(article.published)}
                  </span>
                ) : null}
                {article?.source ? <span className="details-sub"> · {article.source}</span> : null}
              </p>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
