import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { ArticleText, NewslineApi, PageEvent } from '../../../electron/shared/contract';
import type { ArticleInfo } from '../../../electron/shared/model';
import { useFullEvents } from '../hooks/use-full-events';
import { errorMessage } from '../lib/api';
import { cameoRootName } from '../lib/cameo-names';
import { formatIsoDate } from '../lib/event-dates';
import { articleHighlights, nextEventOf, segmentArticle, type Segment } from '../lib/highlights';
import { revealInPane } from '../lib/reveal';
import { quadClass } from '../timeline/items';
import '../styles/find.css';

export interface ArticleReaderProps {
  api: Pick<NewslineApi, 'getArticleText' | 'getEvents'>;
  article: ArticleInfo;
  /** Every event (those of this article are found by their sources). */
  events: readonly PageEvent[];
  /** Ids of the events that pass the filters; the others are highlighted faintly. */
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  onSelect(id: string): void;
  /** Opens another article (the one that reports the selected event). */
  onOpenArticle(id: string): void;
  /** Removes the article from the story open. */
  onRemove?(): void;
  /** Receives the element holding the article's text (where a selection makes a new event). */
  textRef?: RefObject<HTMLDivElement | null>;
}

/** Families of events (CAMEO quad classes), as coloured and underlined in the reader. */
export const FAMILIES = [
  { q: 1, name: 'Verbal cooperation', codes: '01–05' },
  { q: 2, name: 'Material cooperation', codes: '06–08' },
  { q: 3, name: 'Verbal conflict', codes: '09–13' },
  { q: 4, name: 'Material conflict', codes: '14–20' },
  { q: 0, name: 'Not classified', codes: '' },
] as const;

type Loaded = { id: string; text: ArticleText } | { id: string; error: string };

/**
 * An article's text, paragraphs kept, with every sentence that produced an event highlighted
 * (colour and underline by family of event, a code marker at its end). Clicking a highlight (or
 * Enter on it) selects its event; selecting an event scrolls the reader to its quote.
 */
export function ArticleReader({ textRef: givenRef, ...props }: ArticleReaderProps) {
  const { api, article, events, visibleIds, selectedId, onSelect, onOpenArticle, onRemove } = props;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const ownRef = useRef<HTMLDivElement>(null);
  const textRef = givenRef ?? ownRef;

  useEffect(() => {
    let live = true;
    api.getArticleText(article.id).then(
      (text) => live && setLoaded({ id: article.id, text }),
      (error: unknown) => live && setLoaded({ id: article.id, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [api, article.id]);

  const current = loaded?.id === article.id ? loaded : null;
  const text = current && 'text' in current ? current.text.text : null;
  const ownEvents = useMemo(
    () => events.filter((e) => e.sources.some((s) => s.articleId === article.id)),
    [events, article.id],
  );
  const byId = useMemo(() => new Map(ownEvents.map((e) => [e.id, e])), [ownEvents]);
  // the quotes find the highlights where the text moved: the article's events are asked whole
  const full = useFullEvents(api, ownEvents);
  const quoted = useMemo(() => [...full.values()], [full]);
  const paragraphs = useMemo(
    () => (text === null ? [] : segmentArticle(text, articleHighlights(quoted, article, text))),
    [text, quoted, article],
  );

  // Selecting an event brings its quote into view.
  useEffect(() => {
    if (!selectedId || !textRef.current) return;
    const mark = textRef.current.querySelector<HTMLElement>(`mark[data-events~="${CSS.escape(selectedId)}"]`);
    if (mark) revealInPane(mark);
  }, [selectedId, paragraphs, textRef]);

  const selectedHere = selectedId !== null && byId.has(selectedId);
  const selectedEvent = selectedId ? events.find((e) => e.id === selectedId) : undefined;
  const elsewhere = selectedEvent && !selectedHere ? selectedEvent.sources[0]?.articleId : undefined;

  const choose = (segment: Segment) => {
    const id = nextEventOf(segment.eventIds, selectedId);
    if (id) onSelect(id);
  };
  const onKeyDown = (e: KeyboardEvent, segment: Segment) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(segment);
    }
  };

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <h2 id="reader-title">{article.title}</h2>
        {onRemove ? (
          <button type="button" className="reader-remove" onClick={onRemove}>
            Remove from story
          </button>
        ) : null}
        <p className="reader-meta">
          {[article.source, formatIsoDate(article.published), article.file].filter(Boolean).join(' · ')} ·{' '}
          {ownEvents.length} event{ownEvents.length === 1 ? '' : 's'}
        </p>
        <ul className="reader-legend" aria-label="Highlight colours">
          {FAMILIES.map((f) => (
            <li key={f.q}>
              <span className={`hl hl-q${f.q} legend-sample`} aria-hidden="true">
                Abc
              </span>{' '}
              {f.name}
              {f.codes ? <span className="muted"> ({f.codes})</span> : null}
            </li>
          ))}
        </ul>
        {elsewhere ? (
          <p className="reader-note">
            The selected event is reported in another article.{' '}
            <button type="button" className="link" onClick={() => onOpenArticle(elsewhere)}>
              Open its article
            </button>
          </p>
        ) : null}
      </header>
      <div className="reader-text" ref={textRef} data-testid="reader-text">
        {current === null ? (
          <p className="muted" aria-busy="true">
            Loading the article…
          </p>
        ) : 'error' in current ? (
          <p role="alert">Could not open the article: {current.error}</p>
        ) : (
          paragraphs.map((p) => (
            <p key={p.start}>
              {p.segments.map((s) =>
                s.eventIds.length === 0 ? (
                  <span key={s.start}>{s.text}</span>
                ) : (
                  <HighlightMark
                    key={s.start}
                    segment={s}
                    byId={byId}
                    visibleIds={visibleIds}
                    selectedId={selectedId}
                    onClick={() => choose(s)}
                    onKeyDown={(e) => onKeyDown(e, s)}
                  />
                ),
              )}
            </p>
          ))
        )}
      </div>
    </article>
  );
}

function HighlightMark({
  segment,
  byId,
  visibleIds,
  selectedId,
  onClick,
  onKeyDown,
}: {
  segment: Segment;
  byId: ReadonlyMap<string, PageEvent>;
  visibleIds: ReadonlySet<string>;
  selectedId: string | null;
  onClick(): void;
  onKeyDown(e: KeyboardEvent): void;
}) {
  const first = byId.get(segment.eventIds[0] ?? '');
  const q = quadClass(first?.cameo ?? null);
  const isCurrent = selectedId !== null && segment.eventIds.includes(selectedId);
  const hidden = segment.eventIds.every((id) => !visibleIds.has(id));
  const titles = segment.eventIds.map((id) => byId.get(id)?.title ?? '').filter(Boolean);
  const kinds = segment.eventIds.map((id) => cameoRootName(byId.get(id)?.cameo) ?? 'Not classified');
  const ending = segment.endingIds.map((id) => byId.get(id)).filter((e): e is PageEvent => e !== undefined);
  return (
    <mark
      className={`hl hl-q${q}${isCurrent ? ' current' : ''}${hidden ? ' filtered-out' : ''}`}
      data-events={segment.eventIds.join(' ')}
      {...(hidden
        ? { title: `${titles.join('\n')}\n(hidden by the filters)` }
        : {
            role: 'button',
            tabIndex: 0,
            'aria-current': isCurrent ? ('true' as const) : undefined,
            title: titles.join('\n'),
            onClick,
            onKeyDown,
          })}
    >
      {segment.text}
      {ending.map((e) => (
        <span key={e.id} className="hl-marker" aria-hidden="true">
          {e.cameo ? e.cameo.slice(0, 2) : '–'}
        </span>
      ))}
      {ending.length > 0 ? <span className="sr-only"> (event: {[...new Set(kinds)].join(', ')})</span> : null}
    </mark>
  );
}
