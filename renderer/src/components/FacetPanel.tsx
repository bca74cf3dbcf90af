import { useId } from 'react';
import type { FacetOption } from '../lib/facets';
import '../styles/find.css';

export interface FacetPanelProps {
  kinds: readonly FacetOption[];
  articles: readonly FacetOption[];
  from?: string;
  to?: string;
  onToggleKind(key: string): void;
  onToggleArticle(key: string): void;
  onDatesChange(from: string | undefined, to: string | undefined): void;
}

/** Facets: kinds of event and articles with their counts under the current filters, and a date range. */
export function FacetPanel(props: FacetPanelProps) {
  const { kinds, articles, from, to, onToggleKind, onToggleArticle, onDatesChange } = props;
  const fromId = useId();
  const toId = useId();
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
        <FacetOptions name="article" options={articles} onToggle={onToggleArticle} empty="No articles." />
      </details>
      <details className="facet" open>
        <summary>Dates</summary>
        <div className="facet-dates">
          <label htmlFor={fromId}>From</label>
          <input
            id={fromId}
            type="date"
            value={from ?? ''}
            max={to}
            onChange={(e) => onDatesChange(e.target.value || undefined, to)}
          />
          <label htmlFor={toId}>Until</label>
          <input
            id={toId}
            type="date"
            value={to ?? ''}
            min={from}
            onChange={(e) => onDatesChange(from, e.target.value || undefined)}
          />
        </div>
      </details>
    </section>
  );
}

function FacetOptions({
  name,
  options,
  onToggle,
  empty,
}: {
  name: string;
  options: readonly FacetOption[];
  onToggle(key: string): void;
  empty: string;
}) {
  if (options.length === 0) return <p className="muted pad">{empty}</p>;
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
