import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EventPatch } from '../../../electron/shared/contract';
import type { ActorKind, ActorRole, EventActor, Precision } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { cameoRootName } from '../lib/cameo-names';
import { ACTOR_KIND_ORDER } from '../lib/actor-groups';

export interface EditEventFormProps {
  event: PageEvent;
  /** Saves the fields that changed; resolves true when saved. */
  onSave(patch: EventPatch): Promise<boolean>;
  onCancel(): void;
}

const PRECISIONS: { value: Precision; label: string; pattern: string; placeholder: string }[] = [
  { value: 'day', label: 'Day', pattern: '\\d{4}-\\d{2}-\\d{2}', placeholder: 'YYYY-MM-DD' },
  { value: 'month', label: 'Month', pattern: '\\d{4}-\\d{2}', placeholder: 'YYYY-MM' },
  { value: 'year', label: 'Year', pattern: '\\d{4}', placeholder: 'YYYY' },
  {
    value: 'approximate',
    label: 'Approximate',
    pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?',
    placeholder: 'YYYY-MM-DD',
  },
];
const KINDS: readonly ActorKind[] = ACTOR_KIND_ORDER;
/** CAMEO root codes "01" … "20". */
const CAMEO_CODES = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** A date cut to a precision: "2025-01-14" at month → "2025-01". */
function atPrecision(start: string, precision: Precision): string {
  if (precision === 'year') return start.slice(0, 4);
  if (precision === 'month') return start.slice(0, 7);
  return start;
}

/** The fields that differ from the event, as a patch (empty when nothing changed). */
export function patchOf(event: PageEvent, draft: Draft): EventPatch {
  const patch: EventPatch = {};
  if (draft.title.trim() !== event.title) patch.title = draft.title.trim();
  const end = draft.end.trim();
  if (draft.start !== event.start || draft.precision !== event.precision || end !== (event.end ?? '')) {
    patch.start = draft.start;
    patch.precision = draft.precision;
    patch.end = end === '' ? null : end;
  }
  const actors = draft.actors.filter((a) => a.name.trim() !== '').map((a) => ({ ...a, name: a.name.trim() }));
  const same =
    actors.length === event.actors.length &&
    actors.every((a, i) => {
      const b = event.actors[i];
      return b && a.name === b.name && a.kind === b.kind && a.role === b.role;
    });
  if (!same) patch.actors = actors;
  if ((draft.cameo || null) !== (event.cameo?.slice(0, 2) ?? null)) patch.cameo = draft.cameo || null;
  return patch;
}

interface Draft {
  title: string;
  start: string;
  end: string;
  precision: Precision;
  actors: EventActor[];
  cameo: string;
}

/** The form that changes an event by hand: title, date and its precision, actors and roles, kind. */
export function EditEventForm({ event, onSave, onCancel }: EditEventFormProps) {
  const [draft, setDraft] = useState<Draft>(() => ({
    title: event.title,
    start: event.start,
    end: event.end ?? '',
    precision: event.precision,
    actors: event.actors.map((a) => ({ ...a })),
    cameo: event.cameo?.slice(0, 2) ?? '',
  }));
  const [saving, setSaving] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const precision = PRECISIONS.find((p) => p.value === draft.precision) ?? PRECISIONS[0]!;
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const setActor = (i: number, change: Partial<EventActor>) =>
    setDraft((d) => ({ ...d, actors: d.actors.map((a, j) => (j === i ? { ...a, ...change } : a)) }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const patch = patchOf(event, draft);
    if (Object.keys(patch).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    const saved = await onSave(patch);
    setSaving(false);
    if (saved) onCancel();
  };

  return (
    <form
      className="edit-form"
      aria-label="Edit event"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label>
        Title
        <input
          ref={first}
          name="title"
          value={draft.title}
          required
          maxLength={500}
          onChange={(e) => set({ title: e.target.value })}
        />
      </label>
      <div className="edit-row">
        <label>
          Precision
          <select
            name="precision"
            value={draft.precision}
            onChange={(e) => {
              const next = e.target.value as Precision;
              set({ precision: next, start: atPrecision(draft.start, next) });
            }}
          >
            {PRECISIONS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Date
          <input
            name="start"
            value={draft.start}
            required
            pattern={precision.pattern}
            placeholder={precision.placeholder}
            onChange={(e) => set({ start: e.target.value.trim() })}
          />
        </label>
        <label>
          Until
          <input
            name="end"
            value={draft.end}
            pattern="\d{4}-\d{2}-\d{2}"
            placeholder="YYYY-MM-DD (optional)"
            onChange={(e) => set({ end: e.target.value })}
          />
        </label>
      </div>
      <label>
        Kind of event
        <select name="cameo" value={draft.cameo} onChange={(e) => set({ cameo: e.target.value })}>
          <option value="">Not classified</option>
          {CAMEO_CODES.map((code) => (
            <option key={code} value={code}>
              {code} {cameoRootName(code)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="edit-actors">
        <legend>Actors</legend>
        {draft.actors.map((actor, i) => (
          <div className="edit-actor" key={i}>
            <input
              aria-label={`Actor ${i + 1} name`}
              value={actor.name}
              onChange={(e) => setActor(i, { name: e.target.value })}
            />
            <select
              aria-label={`Actor ${i + 1} kind`}
              value={actor.kind}
              onChange={(e) => setActor(i, { kind: e.target.value as ActorKind })}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
            <select
              aria-label={`Actor ${i + 1} role`}
              value={actor.role}
              onChange={(e) => setActor(i, { role: e.target.value as ActorRole })}
            >
              <option value="source">acts</option>
              <option value="target">acted upon</option>
            </select>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove actor ${actor.name || i + 1}`}
              disabled={draft.actors.length === 1}
              onClick={() => set({ actors: draft.actors.filter((_, j) => j !== i) })}
            >
              ×
            </button>
          </div>
        ))}
        <button
          type="button"
          onClick={() => set({ actors: [...draft.actors, { name: '', kind: 'person', role: 'target' }] })}
        >
          Add actor
        </button>
      </fieldset>
      <div className="modal-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving}>
          Save
        </button>
      </div>
    </form>
  );
}
