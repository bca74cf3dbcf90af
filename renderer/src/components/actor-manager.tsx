import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ActorChange, ActorSuggestion } from '../../../electron/shared/actor-changes';
import type { PageSnapshot } from '../../../electron/shared/contract';
import type { ActorKind, ActorSummary } from '../../../electron/shared/model';
import { ACTOR_KIND_ORDER, matchesQuery } from '../lib/actor-groups';
import { ActorEditor } from './actor-editor';
import '../styles/actors.css';

export interface ActorManagerProps {
  snapshot: PageSnapshot;
  /** Sends a change of actors; resolves true once the new snapshot is shown. */
  onChange(change: ActorChange): Promise<boolean>;
  onClose(): void;
}

/** Actors listed before "Show all": a library of a thousand actors stays a short, fast table. */
export const ACTOR_ROW_LIMIT = 60;
/** Suggestions listed before "Show all". */
export const SUGGESTION_LIMIT = 12;

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex="0"]';

/** Keeps Tab and Shift+Tab inside the dialog `root` (it is modal). */
function keepFocusInside(root: HTMLElement | null, e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab' || !root) return;
  const stops = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && (document.activeElement === first || document.activeElement === root.firstElementChild)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}

const REASONS: Record<ActorSuggestion['reason'], string> = {
  surname: 'surname of the full name',
  'given-name': 'given name of the full name',
  'same-name': 'the same name written otherwise',
  alias: 'a name the extractor knows for it',
};

/** Kinds as the actors view names them. */
export const KIND_NAMES: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organisation',
  country: 'Country',
  group: 'Group',
  market: 'Market',
  product: 'Product',
};

/**
 * The actors view: merges to suggest (Merge, Dismiss), every actor with its kind and number of
 * events (rename, merge, alias, split, hide), names merged in (Separate) and hidden actors (Show).
 * Every change is an edit for the whole library, undone with Undo like any other.
 */
export function ActorManager({ snapshot, onChange, onClose }: ActorManagerProps) {
  const book = snapshot.actorBook ?? { hidden: [], otherNames: {}, suggestions: [] };
  const counts = useMemo(() => new Map(snapshot.actors.map((a) => [a.name, a.count])), [snapshot.actors]);
  const [query, setQuery] = useState('');
  const [showAll, setShowAll] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const [allSuggestions, setAllSuggestions] = useState(false);
  const suggestions = allSuggestions ? book.suggestions : book.suggestions.slice(0, SUGGESTION_LIMIT);
  useEffect(() => heading.current?.focus(), []);
  const matching = useMemo(
    () => snapshot.actors.filter((a) => matchesQuery(a, query)),
    [snapshot.actors, query],
  );
  const rows = showAll ? matching : matching.slice(0, ACTOR_ROW_LIMIT);
  const count = (name: string) => counts.get(name) ?? 0;

  return (
    <div className="modal-backdrop">
      <div
        className="modal actor-manager"
        role="dialog"
        aria-modal="true"
        aria-labelledby="actor-manager-title"
        ref={root}
        onKeyDown={(e) => {
          keepFocusInside(root.current, e);
          if (e.key === 'Escape') {
            e.stopPropagation();
            onClose();
          }
        }}
      >
        <div className="actor-manager-head">
          <h2 id="actor-manager-title" ref={heading} tabIndex={-1}>
            Actors
          </h2>
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
        <p className="muted actor-manager-note">
          Changes here apply to the whole library, to articles extracted again or imported later too. Undo
          takes them back (Ctrl+Z).
        </p>
        {book.suggestions.length > 0 ? (
          <section className="actor-section" aria-labelledby="actor-suggestions-title">
            <h3 id="actor-suggestions-title">
              Suggested merges <span className="muted">{book.suggestions.length}</span>
            </h3>
            <ul className="actor-suggestions">
              {suggestions.map((s) => (
                <li key={`${s.from}\u0000${s.into}`} className="actor-suggestion">
                  <span className="actor-suggestion-text">
                    <strong>{s.from}</strong> <span className="muted">({count(s.from)})</span> into{' '}
                    <strong>{s.into}</strong> <span className="muted">({count(s.into)})</span>
                    <span className="muted actor-reason">{REASONS[s.reason]}</span>
                  </span>
                  <span className="actor-suggestion-buttons">
                    <button
                      type="button"
                      className="primary"
                      aria-label={`Merge ${s.from} into ${s.into}`}
                      onClick={() => void onChange({ op: 'merge', names: [s.from], into: s.into })}
                    >
                      Merge
                    </button>
                    <button
                      type="button"
                      aria-label={`Dismiss merging ${s.from} into ${s.into}`}
                      onClick={() => void onChange({ op: 'dismiss', from: s.from, into: s.into })}
                    >
                      Dismiss
                    </button>
                  </span>
                </li>
              ))}
            </ul>
            {book.suggestions.length > SUGGESTION_LIMIT ? (
              <button type="button" className="facet-more" onClick={() => setAllSuggestions((v) => !v)}>
                {allSuggestions
                  ? `Show the first ${SUGGESTION_LIMIT}`
                  : `Show all ${book.suggestions.length} suggestions`}
              </button>
            ) : null}
          </section>
        ) : null}
        <section className="actor-section" aria-labelledby="actor-table-title">
          <h3 id="actor-table-title">
            All actors <span className="muted">{snapshot.actors.length}</span>
          </h3>
          <input
            type="search"
            className="search"
            placeholder="Find an actor"
            aria-label="Find an actor"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
          <table className="actor-table">
            <thead>
              <tr>
                <th scope="col">Actor</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Events
                </th>
                <th scope="col">
                  <span className="sr-only">Changes</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((actor) => (
                <ActorRow
                  key={actor.name}
                  actor={actor}
                  others={book.otherNames[actor.name] ?? []}
                  open={open === actor.name}
                  onOpen={(o) => setOpen(o ? actor.name : null)}
                  snapshot={snapshot}
                  onChange={onChange}
                />
              ))}
            </tbody>
          </table>
          {matching.length === 0 ? <p className="muted">No actor matches.</p> : null}
          {matching.length > ACTOR_ROW_LIMIT ? (
            <button type="button" className="facet-more" onClick={() => setShowAll((v) => !v)}>
              {showAll ? `Show the first ${ACTOR_ROW_LIMIT}` : `Show all ${matching.length} actors`}
            </button>
          ) : null}
        </section>
        {book.hidden.length > 0 ? (
          <section className="actor-section" aria-labelledby="actor-hidden-title">
            <h3 id="actor-hidden-title">Hidden actors</h3>
            <ul className="actor-hidden">
              {book.hidden.map((name) => (
                <li key={name}>
                  <span>{name}</span>
                  <button
                    type="button"
                    aria-label={`Show ${name} again`}
                    onClick={() => void onChange({ op: 'hide', name, hidden: false })}
                  >
                    Show again
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}

function ActorRow(props: {
  actor: ActorSummary;
  others: readonly string[];
  open: boolean;
  onOpen(open: boolean): void;
  snapshot: PageSnapshot;
  onChange(change: ActorChange): Promise<boolean>;
}) {
  const { actor, others, open, onOpen, onChange } = props;
  return (
    <>
      <tr className="actor-table-row" data-actor-row={actor.name}>
        <th scope="row" className="actor-table-name">
          {actor.name}
          {others.length > 0 ? (
            <span className="actor-others">
              <span className="muted">also </span>
              {others.map((other) => (
                <span key={other} className="actor-other">
                  {other}
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Separate ${other} from ${actor.name}`}
                    onClick={() => void onChange({ op: 'unmerge', name: other })}
                  >
                    separate
                  </button>
                </span>
              ))}
            </span>
          ) : null}
        </th>
        <td>
          <select
            aria-label={`Kind of ${actor.name}`}
            value={actor.kind}
            onChange={(e) =>
              void onChange({ op: 'kind', name: actor.name, kind: e.target.value as ActorKind })
            }
          >
            {ACTOR_KIND_ORDER.map((k) => (
              <option key={k} value={k}>
                {KIND_NAMES[k]}
              </option>
            ))}
          </select>
        </td>
        <td className="num">{actor.count}</td>
        <td className="actor-table-actions">
          <button
            type="button"
            aria-expanded={open}
            aria-label={`Change ${actor.name}`}
            onClick={() => onOpen(!open)}
          >
            Change…
          </button>
          <button
            type="button"
            aria-label={`Hide ${actor.name}`}
            title="Not an actor: leave it out of the lists and lanes (its events stay)"
            onClick={() => void onChange({ op: 'hide', name: actor.name, hidden: true })}
          >
            Hide
          </button>
        </td>
      </tr>
      {open ? (
        <tr className="actor-editor-row">
          <td colSpan={4}>
            <ActorEditor
              actor={actor}
              snapshot={props.snapshot}
              onChange={onChange}
              onDone={() => onOpen(false)}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
