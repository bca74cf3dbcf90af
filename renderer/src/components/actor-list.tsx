import { useId, useMemo, useRef, useState } from 'react';
import type { FilterMode } from '../../../electron/shared/contract';
import type { ActorSummary } from '../../../electron/shared/model';
import { useRovingRows } from '../hooks/use-roving-rows';
import { groupActors } from '../lib/actor-groups';
import { hideAllActors, onlyActor, showAllActors, toggleActor } from '../lib/filter';

export interface ActorListProps {
  actors: readonly ActorSummary[];
  hidden: ReadonlySet<string>;
  mode: FilterMode;
  onHiddenChange(hidden: Set<string>): void;
  onModeChange(mode: FilterMode): void;
  /** Opens the actors view (merge, rename, hide …); given the button, to return the focus to it. */
  onManage?(button: HTMLButtonElement): void;
}

/** The actor filter: actors grouped by kind with their counts, search, a checkbox and "only" per row, all/none, any/all. */
export function ActorList({ actors, hidden, mode, onHiddenChange, onModeChange, onManage }: ActorListProps) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupActors(actors, query), [actors, query]);
  const names = useMemo(() => actors.map((a) => a.name), [actors]);
  const selected = names.filter((n) => !hidden.has(n)).length;
  const searchId = useId();
  const modeName = useId();
  const hintId = useId();
  // the actors are one Tab stop: arrows move between rows and to a row's buttons
  const groupsRef = useRef<HTMLDivElement>(null);
  const roving = useRovingRows(groupsRef);

  return (
    <nav className="actor-list" aria-label="Filter by actor">
      <div className="actor-list-top">
        <h2 className="panel-title">
          Actors <span className="muted">{`${selected} of ${names.length} selected`}</span>
        </h2>
        <label htmlFor={searchId} className="sr-only">
          Search actors
        </label>
        <input
          id={searchId}
          type="search"
          className="search"
          placeholder="Search actors"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <div className="row-buttons">
          <button type="button" onClick={() => onHiddenChange(showAllActors())}>
            All
          </button>
          <button type="button" onClick={() => onHiddenChange(hideAllActors(names))}>
            None
          </button>
          {onManage ? (
            <button type="button" className="manage-actors" onClick={(e) => onManage(e.currentTarget)}>
              Manage…
            </button>
          ) : null}
        </div>
        <fieldset className="mode-switch">
          <legend>Show events with</legend>
          <label>
            <input
              type="radio"
              name={modeName}
              value="any"
              checked={mode === 'any'}
              onChange={() => onModeChange('any')}
            />
            any selected actor
          </label>
          <label>
            <input
              type="radio"
              name={modeName}
              value="all"
              checked={mode === 'all'}
              onChange={() => onModeChange('all')}
            />
            all selected actors
          </label>
        </fieldset>
      </div>
      <p id={hintId} className="sr-only">
        Up and down arrows move between actors, right and left arrows to the actor&apos;s buttons.
      </p>
      <div className="actor-groups" ref={groupsRef} onKeyDown={roving.onKeyDown} onFocus={roving.onFocus}>
        {groups.length === 0 ? (
          <p className="muted pad">
            {actors.length === 0 ? 'No actors yet.' : 'No actor matches the search.'}
          </p>
        ) : (
          groups.map((g) => (
            <section key={g.kind} className="actor-group" aria-label={g.label}>
              <h3 className="group-title">{g.label}</h3>
              <ul>
                {g.actors.map((a) => (
                  <li key={a.name} className="actor-row" data-roving-row={a.name}>
                    <label
                      className="actor-label"
                      title={a.affiliation ? `${a.name} (${a.affiliation})` : a.name}
                    >
                      <input
                        type="checkbox"
                        data-actor={a.name}
                        aria-describedby={hintId}
                        checked={!hidden.has(a.name)}
                        onChange={() => onHiddenChange(toggleActor(hidden, a.name))}
                      />
                      <span className="actor-name">{a.name}</span>
                      <span className="count" aria-label={`${a.count} events`}>
                        {a.count}
                      </span>
                    </label>
                    <button
                      type="button"
                      className="only"
                      aria-label={`Only ${a.name}`}
                      onClick={() => onHiddenChange(onlyActor(names, a.name))}
                    >
                      only
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          ))
        )}
      </div>
    </nav>
  );
}
