import { useId } from 'react';
import type { PageEvent } from '../../../electron/shared/contract';
import type { Chip } from '../lib/chips';
import { formatEventDate } from '../lib/event-dates';
import { markWords, searchWords } from '../lib/search';
import '../styles/find.css';

export interface SearchBarProps {
  query: string;
  onQueryChange(query: string): void;
  /** Events passing every filter (the matches, when searching). */
  shown: readonly PageEvent[];
  chips: readonly Chip[];
  onRemoveChip(chip: Chip): void;
  onClearAll(): void;
  selectedId: string | null;
  onSelect(id: string): void;
}

const MAX_LISTED = 100;

/**
 * The search box over titles, quotes and actors, the list of matching events, and the chips of
 * every active filter, each removed with one click.
 */
export function SearchBar(props: SearchBarProps) {
  const { query, onQueryChange, shown, chips, onRemoveChip, onClearAll, selectedId, onSelect } = props;
  const inputId = useId();
  const words = searchWords(query);
  const searching = words.length > 0;
  return (
    <div className="find-bar">
      <div className="find-row" role="search" aria-label="Search events">
        <label htmlFor={inputId} className="find-label">
          Search events
        </label>
        <input
          id={inputId}
          type="search"
          className="find-input"
          placeholder="Titles, quotes, actors"
          value={query}
          onChange={(e) => onQueryChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && query) {
              e.preventDefault();
              onQueryChange('');
            }
          }}
        />
        {searching ? (
          <span className="find-count" role="status" data-testid="match-count">
            {shown.length} match{shown.length === 1 ? '' : 'es'}
          </span>
        ) : null}
      </div>
      {chips.length > 0 ? (
        <ul className="chips" aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key}>
              <button
                type="button"
                className="chip"
                aria-label={`Remove filter: ${chip.label}`}
                onClick={() => onRemoveChip(chip)}
              >
                <span>{chip.label}</span>
                <span className="chip-x" aria-hidden="true">
                  ×
                </span>
              </button>
            </li>
          ))}
          {chips.length > 1 ? (
            <li>
              <button type="button" className="link chip-clear" onClick={onClearAll}>
                Clear all
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
      {searching && shown.length > 0 ? (
        <details className="matches">
          <summary>
            Matching events ({shown.length}
            {shown.length > MAX_LISTED ? `, first ${MAX_LISTED} listed` : ''})
          </summary>
          <ul aria-label="Matching events">
            {shown.slice(0, MAX_LISTED).map((e) => (
              <li key={e.id}>
                <button
                  type="button"
                  className="link match"
                  aria-current={e.id === selectedId ? 'true' : undefined}
                  onClick={() => onSelect(e.id)}
                >
                  <MarkedText text={e.title} words={words} />
                </button>{' '}
                <span className="muted">{formatEventDate(e)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

/** Text with the searched words marked. */
export function MarkedText({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {markWords(text, words).map((part, i) =>
        part.match ? (
          <mark key={i} className="found">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
