import { useDeferredValue, useId, useMemo, useState } from 'react';
import { DATE_HELP, readDateInput, type DateBound } from '../lib/date-input';
import { formatIsoDate } from '../lib/event-dates';
import { listOf, type FacetList } from '../lib/article-facet';
import type { FacetOption } from '../lib/facets';
import '../styles/find.css';

export interface FacetPanelProps {
  kinds: readonly FacetOption[];
  /** The articles (a long list is made only as far as it is shown). */
  articles: readonly FacetOption[] | FacetList;
  from?: string;
  to?: string;
  onToggleKind(key: string): void;
  onToggleArticle(key: string): void;
  onDatesChange(from: string | undefined, to: string | undefined): void;
}

/** Articles listed before "Show all": a library of thousands stays a short, fast list. */
export const ARTICLE_LIMIT = 20;

/** Facets: kinds of event and articles with their counts under the current filters, and a date range. */
export function FacetPanel(props: FacetPanelProps) {
  const { kinds, articles, from, to, onToggleKind, onToggleArticle, onDatesChange } = props;
  return (
    <section className="facets" aria-labelledby="facets-title">
      <h2 id="facets-title" className="panel-title">
        Refine
      </h2>
      <details className="facet" open>
        <summary>Kind of event</summary>
        <FacetOptions name="kind" options={kinds} onToggle={onToggleKind} empty="No events." />
      </details>
      <details className="facet" open>
        <summary>Article</summary>
        <FacetOptions
          name="article"
          options={articles}
          onToggle={onToggleArticle}
          empty="No articles."
          limit={ARTICLE_LIMIT}
          noun="articles"
        />
      </details>
      <details className="facet" open>
        <summary>Dates</summary>
        <div className="facet-dates">
          <DateField label="From" bound="from" value={from} onChange={(day) => onDatesChange(day, to)} />
          <DateField label="Until" bound="until" value={to} onChange={(day) => onDatesChange(from, day)} />
        </div>
      </details>
    </section>
  );
}

function FacetOptions({
  name,
  options: given,
  onToggle,
  empty,
  limit,
  noun = 'options',
}: {
  name: string;
  options: readonly FacetOption[] | FacetList;
  onToggle(key: string): void;
  empty: string;
  /** Beyond this many options, show the first ones (and every checked one) with a filter box and "Show all". */
  limit?: number;
  noun?: string;
}) {
  const [showAll, setShowAll] = useState(false);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const options = useMemo(() => ('firstAndChecked' in given ? given : listOf(given)), [given]);
  const long = limit !== undefined && options.length > limit;
  const shown = useMemo(() => {
    if (!long) return options.all();
    const words = deferredQuery.toLowerCase().split(/\s+/).filter(Boolean);
    // the first ones and the checked: only those are made
    if (words.length === 0 && !showAll) return options.firstAndChecked(limit ?? 0);
    const matching = words.length
      ? options.all().filter((o) => {
          const text = `${o.label} ${o.detail ?? ''}`.toLowerCase();
          return words.every((w) => text.includes(w));
        })
      : options.all();
    if (showAll) return matching;
    return matching.filter((o, i) => i < (limit ?? 0) || o.checked);
  }, [long, options, deferredQuery, showAll, limit]);
  if (options.length === 0) return <p className="muted pad">{empty}</p>;
  return (
    <>
      {long ? (
        <input
          type="search"
          className="facet-filter"
          placeholder={`Filter ${options.length} ${noun}`}
          aria-label={`Filter ${noun}`}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      ) : null}
      <FacetOptionList name={name} options={shown} onToggle={onToggle} />
      {long ? (
        <button type="button" className="facet-more" onClick={() => setShowAll((v) => !v)}>
          {showAll ? `Show the first ${limit}` : `Show all ${options.length} ${noun}`}
        </button>
      ) : null}
    </>
  );
}

function FacetOptionList({
  name,
  options,
  onToggle,
}: {
  name: string;
  options: readonly FacetOption[];
  onToggle(key: string): void;
}) {
  return (
    <ul className="facet-options">
      {options.map((o) => (
        <li key={o.key}>
          <label className={`facet-option${o.count === 0 && !o.checked ? ' none' : ''}`}>
            <input
              type="checkbox"
              data-facet={name}
              data-key={o.key}
              checked={o.checked}
              onChange={() => onToggle(o.key)}
            />
            <span className="facet-name">
              {o.label}
              {o.detail ? <span className="facet-detail">{o.detail}</span> : null}
            </span>
            <span className="count" aria-label={`${o.count} events`}>
              {o.count}
            </span>
          </label>
        </li>
      ))}
    </ul>
  );
}

/**
 * A date typed the way the app writes it ("14 January 2025"; also "14 Jan 2025", "2025-01-14",
 * "January 2025" for a month), applied on Enter or on leaving the field and shown back in words;
 * text that is not a date is kept, with a message saying how to write one.
 */
function DateField({
  label,
  bound,
  value,
  onChange,
}: {
  label: string;
  bound: DateBound;
  value: string | undefined;
  onChange(day: string | undefined): void;
}) {
  const id = useId();
  const messageId = useId();
  const shown = value ? formatIsoDate(value) : '';
  /** What is being typed (null: the field shows the filter's date). */
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const reading = readDateInput(draft, bound);
    if ('error' in reading) {
      setError(reading.error);
      return;
    }
    setError(null);
    setDraft(null);
    if (reading.day !== value) onChange(reading.day);
  };
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        className="date-field"
        inputMode="text"
        autoComplete="off"
        placeholder="14 January 2025"
        title={`${label}: ${DATE_HELP}`}
        value={draft ?? shown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? messageId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error ? (
        <p id={messageId} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  );
}
