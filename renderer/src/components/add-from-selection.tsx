import { useEffect, useRef, useState, type RefObject } from 'react';
import type { EventPatch, NewEventInput, NewslineApi } from '../../../electron/shared/contract';
import type { ArticleInfo } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { errorMessage } from '../lib/api';
import { EditEventForm } from './edit-event-form';
import '../styles/curation.css';

export interface AddFromSelectionProps {
  api: Pick<NewslineApi, 'getArticleText'>;
  article: ArticleInfo;
  /** Adds the event; resolves true when added. */
  onAdd(input: NewEventInput): Promise<boolean>;
  /** The element holding the article's text: only a selection inside it counts. */
  text: RefObject<HTMLElement | null>;
}

const short = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Where `quote` is in the article text: exactly, else with its spaces taken loosely; null when not found. */
export function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const trimmed = quote.trim();
  if (!trimmed) return null;
  const exact = text.indexOf(trimmed);
  if (exact >= 0) return { start: exact, end: exact + trimmed.length };
  const pattern = trimmed
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  const match = new RegExp(pattern).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

/**
 * Adds an event the extractor missed from text selected in the reader: the selection becomes the
 * event's quote (with its place in the article), the rest is filled in by hand.
 */
export function AddFromSelection({ api, article, onAdd, text }: AddFromSelectionProps) {
  const selected = useRef('');
  const [draft, setDraft] = useState<{ quote: string; start: number; end: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  // Remembers the last selection made inside the article's text (a click on the button may clear it).
  useEffect(() => {
    const onChange = () => {
      const selection = document.getSelection();
      const node = selection?.anchorNode;
      const inText = node && text.current?.contains(node);
      if (inText && selection && !selection.isCollapsed) selected.current = selection.toString();
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [text]);

  const start = async () => {
    setMessage(null);
    const quote = selected.current;
    if (!quote.trim()) {
      setMessage('Select the sentence of the event in the article first.');
      return;
    }
    try {
      const { text } = await api.getArticleText(article.id);
      const place = locateQuote(text, quote);
      if (!place) setMessage('The selection is not plain text of the article: select within one passage.');
      else setDraft({ quote: text.slice(place.start, place.end), ...place });
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };

  if (draft) {
    const base: PageEvent = {
      id: 'new',
      title: short(draft.quote),
      start: article.published,
      precision: 'day',
      basis: 'reported',
      actors: [{ name: '', kind: 'person', role: 'source' }],
      cameo: null,
      sources: [],
    };
    const save = (patch: EventPatch) => {
      const title = patch.title ?? base.title;
      const dateChanged = patch.start !== undefined;
      return onAdd({
        articleId: article.id,
        quote: draft.quote,
        start: draft.start,
        end: draft.end,
        title,
        ...(dateChanged
          ? {
              date: {
                start: patch.start ?? base.start,
                precision: patch.precision ?? 'day',
                ...(patch.end ? { end: patch.end } : {}),
              },
            }
          : {}),
        actors: patch.actors ?? [],
        cameo: patch.cameo ?? null,
      });
    };
    return (
      <section className="add-event" aria-label="Add an event">
        <h3>Add an event</h3>
        <blockquote className="quote">{draft.quote}</blockquote>
        <EditEventForm event={base} onSave={save} onCancel={() => setDraft(null)} />
      </section>
    );
  }
  return (
    <div className="add-event">
      <button type="button" onClick={() => void start()}>
        Add event from selection
      </button>
      {message ? (
        <p className="muted" role="status">
          {message}
        </p>
      ) : null}
    </div>
  );
}
