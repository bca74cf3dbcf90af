import { useId, useMemo, useState, type FormEvent } from 'react';
import type { ActorChange } from '../../../electron/shared/actor-changes';
import type { PageSnapshot } from '../../../electron/shared/contract';
import type { ActorSummary } from '../../../electron/shared/model';
import { formatEventDate } from '../lib/event-dates';

/** Events of the actor offered for a split, at most this many (the first in date order). */
const SPLIT_LIMIT = 200;

export interface ActorEditorProps {
  actor: ActorSummary;
  snapshot: PageSnapshot;
  onChange(change: ActorChange): Promise<boolean>;
  /** Called once a change that ends the editing (rename, merge, split) was made. */
  onDone(): void;
}

/** The changes of one actor: rename, merge into another, another name counted as it, a split. */
export function ActorEditor({ actor, snapshot, onChange, onDone }: ActorEditorProps) {
  const id = useId();
  const [rename, setRename] = useState(actor.name);
  const [into, setInto] = useState('');
  const [alias, setAlias] = useState('');
  const [splitName, setSplitName] = useState('');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const others = useMemo(
    () => snapshot.actors.filter((a) => a.name !== actor.name),
    [snapshot.actors, actor],
  );
  const events = useMemo(
    () => snapshot.events.filter((e) => e.actors.some((a) => a.name === actor.name)).slice(0, SPLIT_LIMIT),
    [snapshot.events, actor],
  );
  const submit = (change: ActorChange | null, done: boolean) => (e: FormEvent) => {
    e.preventDefault();
    if (!change) return;
    void onChange(change).then((ok) => ok && done && onDone());
  };
  const trimmed = (text: string) => text.trim();

  return (
    <div className="actor-editor" role="group" aria-label={`Change ${actor.name}`}>
      <form
        className="actor-form"
        onSubmit={submit(
          trimmed(rename) && trimmed(rename) !== actor.name
            ? { op: 'rename', name: actor.name, to: trimmed(rename) }
            : null,
          true,
        )}
      >
        <label htmlFor={`${id}-rename`}>Rename to</label>
        <input id={`${id}-rename`} value={rename} onChange={(e) => setRename(e.target.value)} />
        <button type="submit">Rename</button>
      </form>
      <form
        className="actor-form"
        onSubmit={submit(
          others.some((a) => a.name === trimmed(into))
            ? { op: 'merge', names: [actor.name], into: trimmed(into) }
            : null,
          true,
        )}
      >
        <label htmlFor={`${id}-into`}>Merge into</label>
        <input
          id={`${id}-into`}
          list={`${id}-actors`}
          value={into}
          placeholder="another actor"
          onChange={(e) => setInto(e.target.value)}
        />
        <datalist id={`${id}-actors`}>
          {others.map((a) => (
            <option key={a.name} value={a.name} />
          ))}
        </datalist>
        <button type="submit">Merge</button>
      </form>
      <form
        className="actor-form"
        onSubmit={submit(
          trimmed(alias) ? { op: 'alias', alias: trimmed(alias), actor: actor.name } : null,
          false,
        )}
      >
        <label htmlFor={`${id}-alias`}>Also count the name</label>
        <input
          id={`${id}-alias`}
          value={alias}
          placeholder="a name as extracted"
          onChange={(e) => setAlias(e.target.value)}
        />
        <button type="submit">Add alias</button>
      </form>
      <form
        className="actor-split"
        onSubmit={submit(
          trimmed(splitName) && chosen.size > 0
            ? { op: 'split', name: actor.name, to: trimmed(splitName), eventIds: [...chosen] }
            : null,
          true,
        )}
      >
        <fieldset>
          <legend>Move chosen events to a new actor</legend>
          <ul className="actor-split-events">
            {events.map((e) => (
              <li key={e.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosen.has(e.id)}
                    onChange={() => {
                      const next = new Set(chosen);
                      if (!next.delete(e.id)) next.add(e.id);
                      setChosen(next);
                    }}
                  />
                  <span>
                    <span className="muted actor-split-date">{formatEventDate(e)}</span> {e.title}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="actor-form">
            <label htmlFor={`${id}-split`}>New actor</label>
            <input id={`${id}-split`} value={splitName} onChange={(e) => setSplitName(e.target.value)} />
            <button type="submit" disabled={chosen.size === 0 || !trimmed(splitName)}>
              Split {chosen.size || ''}
            </button>
          </div>
        </fieldset>
      </form>
    </div>
  );
}
