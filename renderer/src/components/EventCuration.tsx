import { useState } from 'react';
import type { EventPatch } from '../../../electron/shared/curation';
import type { NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo';
import { formatEventDate } from '../lib/dates';
import { EditEventForm } from './EditEventForm';
import '../styles/curation.css';

export interface EventCurationProps {
  event: NewsEvent;
  onEdit(patch: EventPatch): Promise<boolean>;
  onHide(): void;
  onRevert(): void;
}

const FIELD_NAMES: Record<string, string> = { title: 'title', date: 'date', actors: 'actors', cameo: 'kind' };

/** What was done by hand to an event, in words. */
export function editSummary(event: NewsEvent): string | null {
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

/** Under the details of an event: Edit, Hide, and for edited events a marker, the machine's version and Revert. */
export function EventCuration({ event, onEdit, onHide, onRevert }: EventCurationProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [showMachine, setShowMachine] = useState(false);
  const summary = editSummary(event);
  const machine = event.edited?.machine;
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
    </section>
  );
}
