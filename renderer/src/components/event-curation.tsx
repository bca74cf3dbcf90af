import { useMemo, useState } from 'react';
import type { EventPatch, PageEvent } from '../../../electron/shared/contract';
import type { NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo-names';
import { formatEventDate } from '../lib/event-dates';
import { nearestEvents } from '../lib/nearest-events';
import { EditEventForm } from './edit-event-form';
import '../styles/curation.css';

export interface EventCurationProps {
  event: PageEvent;
  /** The event whole (its quotes and machine version), once the services have answered. */
  full?: NewsEvent | undefined;
  onEdit(patch: EventPatch): Promise<boolean>;
  onHide(): void;
  onRevert(): void;
  /** Events it could be merged with (the shown ones); the nearest in time are offered. */
  mergeCandidates?: readonly PageEvent[];
  /** Merges the other event into this one. */
  onMerge?(otherId: string): void;
  /** Moves the source at this index of `event.sources` into an event of its own. */
  onSplit?(sourceIndex: number): void;
}

const shortQuote = (quote: string) => (quote.length > 80 ? `${quote.slice(0, 79)}…` : quote);

const FIELD_NAMES: Record<string, string> = { title: 'title', date: 'date', actors: 'actors', cameo: 'kind' };

/** What was done by hand to an event, in words. */
export function editSummary(event: PageEvent): string | null {
  const mark = event.edited;
  if (!mark) return null;
  if (mark.added) return 'Added by hand';
  const parts = mark.fields.map((f) => FIELD_NAMES[f] ?? f);
  if (mark.mergedFrom?.length) parts.push(`merged with ${mark.mergedFrom.length}`);
  if (mark.splitFrom) parts.push('split off');
  return parts.length ? `Edited: ${parts.join(', ')}` : null;
}

/** The machine's version of an event, shown beside the edited one. */
function MachineVersion({ machine }: { machine: NewsEvent }) {
  const kind = cameoRootName(machine.cameo);
  return (
    <dl className="machine-version" aria-label="Machine version">
      <dt>Title</dt>
      <dd>{machine.title}</dd>
      <dt>Date</dt>
      <dd>
        {formatEventDate(machine)} ({machine.precision})
      </dd>
      <dt>Kind</dt>
      <dd>{kind ?? 'Not classified'}</dd>
      <dt>Actors</dt>
      <dd>
        {machine.actors.map((a) => `${a.name} (${a.role === 'source' ? 'acts' : 'acted upon'})`).join(', ')}
      </dd>
    </dl>
  );
}

const NO_EVENTS: readonly PageEvent[] = [];

/** Under the details of an event: Edit, Hide, and for edited events a marker, the machine's version and Revert. */
export function EventCuration({
  event,
  full,
  onEdit,
  onHide,
  onRevert,
  mergeCandidates = NO_EVENTS,
  onMerge,
  onSplit,
}: EventCurationProps) {
  const [editing, setEditing] = useState<string | null>(null);
  // a pass over every event shown: once per event and list, not on every render of the pane
  const merging = onMerge !== undefined;
  const nearest = useMemo(
    () => (merging && mergeCandidates.length > 1 ? nearestEvents(event, mergeCandidates) : []),
    [event, mergeCandidates, merging],
  );
  const [mergeWith, setMergeWith] = useState('');
  const [showMachine, setShowMachine] = useState(false);
  const summary = editSummary(event);
  const machine = full?.edited?.machine;
  if (editing === event.id) {
    return <EditEventForm event={event} onSave={onEdit} onCancel={() => setEditing(null)} />;
  }
  return (
    <section className="curation" aria-label="Edit by hand">
      {summary ? (
        <p className="edited-mark" data-testid="edited-mark">
          <span className="edited-badge">edited</span> {summary}
        </p>
      ) : null}
      {summary && machine && event.edited?.fields.length ? (
        <>
          <button type="button" aria-expanded={showMachine} onClick={() => setShowMachine((s) => !s)}>
            {showMachine ? 'Hide machine version' : 'Show machine version'}
          </button>
          {showMachine ? <MachineVersion machine={machine} /> : null}
        </>
      ) : null}
      <div className="curation-buttons">
        <button type="button" onClick={() => setEditing(event.id)}>
          Edit…
        </button>
        <button type="button" onClick={onHide}>
          Hide
        </button>
        {summary ? (
          <button type="button" onClick={onRevert} title="Remove every edit of this event">
            {event.edited?.added ? 'Remove' : 'Revert'}
          </button>
        ) : null}
      </div>
      {onMerge && mergeCandidates.length > 1 ? (
        <form
          className="curation-merge"
          onSubmit={(e) => {
            e.preventDefault();
            if (mergeWith) onMerge(mergeWith);
          }}
        >
          <label>
            Same event as
            <select value={mergeWith} onChange={(e) => setMergeWith(e.target.value)}>
              <option value="">Choose an event…</option>
              {nearest.map((e) => (
                <option key={e.id} value={e.id}>
                  {formatEventDate(e)}: {e.title.length > 70 ? `${e.title.slice(0, 69)}…` : e.title}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!mergeWith}>
            Merge
          </button>
        </form>
      ) : null}
      {onSplit && event.sources.length > 1 ? (
        <div className="curation-split">
          <p className="muted">A report that is a different event:</p>
          <ul className="menu-list">
            {event.sources.map((s, i) => (
              <li key={`${s.articleId}:${s.start}`}>
                <span className="split-quote">{shortQuote(full?.sources[i]?.quote ?? '…')}</span>
                <button type="button" onClick={() => onSplit(i)} aria-label={`Split off source ${i + 1}`}>
                  Split off
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
