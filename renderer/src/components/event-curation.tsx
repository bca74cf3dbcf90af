import { useMemo, useState } from 'react';
import type { EventPatch, PageEvent } from '../../../electron/shared/contract';
import type { NewsEvent } from '../../../electron/shared/model';
import { cameoRootName } from '../lib/cameo-names';
import { formatEventDate } from '../lib/event-dates';
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

const MERGE_CHOICES = 30;

/** Time of a start (YYYY, YYYY-MM or YYYY-MM-DD) as `nearestEvents` measures distance: its first day. */
const timeOfStart = (s: string): number =>
  Date.parse(s.length === 4 ? `${s}-01-01` : s.length === 7 ? `${s}-01` : s);

/** Lists of events found in order of their starts (the snapshot's date order), checked once per list. */
const inStartOrder = new WeakMap<readonly PageEvent[], boolean>();

function sortedByStart(events: readonly PageEvent[]): boolean {
  let sorted = inStartOrder.get(events);
  if (sorted === undefined) {
    sorted = true;
    for (let i = 1; i < events.length && sorted; i++)
      if ((events[i - 1] as PageEvent).start > (events[i] as PageEvent).start) sorted = false;
    inStartOrder.set(events, sorted);
  }
  return sorted;
}

/** The events nearest in time to `event` (itself excluded), nearest first. */
export function nearestEvents(
  event: PageEvent,
  events: readonly PageEvent[],
  count = MERGE_CHOICES,
): PageEvent[] {
  if (count <= 0) return [];
  // the page's events are in date order: the nearest are found around the event's place
  if (sortedByStart(events)) {
    const near = nearestAround(event, events, count);
    if (near) return near;
  }
  // each distinct start read once (a library of 100,000 events has a few thousand)
  const times = new Map<string, number>();
  const at = (e: PageEvent) => {
    let time = times.get(e.start);
    if (time === undefined) times.set(e.start, (time = timeOfStart(e.start)));
    return time;
  };
  const t = at(event);
  // the `count` nearest kept in order as the events go by (the first of equally near ones first),
  // as sorting them all by distance would give; an unreadable date sorts them all the plain way
  const best: { e: PageEvent; d: number }[] = [];
  for (const e of events) {
    if (e.id === event.id) continue;
    const d = Math.abs(at(e) - t);
    if (Number.isNaN(d)) return nearestBySort(event, events, at, t, count);
    if (best.length === count && d >= (best[count - 1] as { d: number }).d) continue;
    let i = best.length;
    while (i > 0 && (best[i - 1] as { d: number }).d > d) i--;
    best.splice(i, 0, { e, d });
    if (best.length > count) best.pop();
  }
  return best.map((x) => x.e);
}

/**
 * `nearestEvents` over events in order of their starts: from the event's place in time outwards,
 * a run of equal times at a time, the earlier in the list first among equally near ones. Null
 * when a date met cannot be read or is out of time order (the caller then goes over them all).
 */
function nearestAround(event: PageEvent, events: readonly PageEvent[], count: number): PageEvent[] | null {
  const t = timeOfStart(event.start);
  if (Number.isNaN(t)) return null;
  const timeAt = (i: number) => timeOfStart((events[i] as PageEvent).start);
  // the first event not before `t`: those after it are as near as their distance on the right
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const tm = timeAt(mid);
    if (Number.isNaN(tm)) return null;
    if (tm < t) lo = mid + 1;
    else hi = mid;
  }
  const out: PageEvent[] = [];
  let left = lo - 1;
  let right = lo;
  let leftTime = left >= 0 ? timeAt(left) : NaN;
  let rightTime = right < events.length ? timeAt(right) : NaN;
  while (out.length < count && (left >= 0 || right < events.length)) {
    if ((left >= 0 && Number.isNaN(leftTime)) || (right < events.length && Number.isNaN(rightTime)))
      return null;
    const takeLeft = left >= 0 && (right >= events.length || t - leftTime <= rightTime - t);
    if (takeLeft) {
      // the run of events at `leftTime`, taken in list order
      let from = left;
      while (from > 0 && timeAt(from - 1) === leftTime) from--;
      for (let i = from; i <= left && out.length < count; i++) {
        const e = events[i] as PageEvent;
        if (e.id !== event.id) out.push(e);
      }
      left = from - 1;
      const next = left >= 0 ? timeAt(left) : NaN;
      if (next > leftTime) return null;
      leftTime = next;
    } else {
      let to = right;
      while (to + 1 < events.length && timeAt(to + 1) === rightTime) to++;
      for (let i = right; i <= to && out.length < count; i++) {
        const e = events[i] as PageEvent;
        if (e.id !== event.id) out.push(e);
      }
      right = to + 1;
      const next = right < events.length ? timeAt(right) : NaN;
      if (next < rightTime) return null;
      rightTime = next;
    }
  }
  return out;
}

function nearestBySort(
  event: PageEvent,
  events: readonly PageEvent[],
  at: (e: PageEvent) => number,
  t: number,
  count: number,
): PageEvent[] {
  return events
    .filter((e) => e.id !== event.id)
    .map((e) => ({ e, d: Math.abs(at(e) - t) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.e);
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
