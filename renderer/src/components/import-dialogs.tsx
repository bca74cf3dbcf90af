import { useEffect, useRef, useState, type FormEvent } from 'react';
import '../styles/import.css';
import type { ImportState } from '../hooks/use-import';
import { describeProgress } from '../lib/import-progress';
import { useStore } from '../state/action-store';
import { describeImport } from '../lib/import-summary';
import { formatCount } from '../lib/format-count';

export interface ImportDialogsProps {
  state: ImportState;
  onConfirmDates(dates: Record<string, string>): void;
  onCancel(): void;
  onDismiss(): void;
}

/**
 * The dialogs of an import: publication dates to fill in, the outcome with failures, and
 * meanwhile a panel of progress with Cancel, beside the timeline that fills in as batches land.
 */
export function ImportDialogs({ state, onConfirmDates, onCancel, onDismiss }: ImportDialogsProps) {
  if (state.step === 'idle') return null;
  if (state.step === 'working') return <ImportProgressPanel state={state} onCancel={onCancel} />;
  return (
    <div className="modal-backdrop">
      {state.step === 'dates' ? (
        <DatesDialog state={state} onConfirm={onConfirmDates} onCancel={onDismiss} />
      ) : (
        <StatusDialog state={state} onDismiss={onDismiss} />
      )}
    </div>
  );
}

function DatesDialog({
  state,
  onConfirm,
  onCancel,
}: {
  state: Extract<ImportState, { step: 'dates' }>;
  onConfirm(dates: Record<string, string>): void;
  onCancel(): void;
}) {
  const [dates, setDates] = useState<Record<string, string>>(() =>
    Object.fromEntries(state.inspections.filter((x) => x.needsDate).map((x) => [x.name, x.suggestedDate])),
  );
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onConfirm(dates);
  };
  const needing = state.inspections.filter((x) => x.needsDate);
  return (
    <form
      className="modal"
      role="dialog"
      aria-modal="true"
      aria-labelledby="dates-title"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id="dates-title">When were these published?</h2>
      <p className="muted">
        {needing.length === 1 ? 'This file gives' : 'These files give'} no publication date. Relative dates
        (“on Tuesday”, “last month”) are read from it; the file’s modification date is proposed.
      </p>
      {state.run.imported.length > 0 ? (
        <p data-testid="imported-before-dates">
          The other files are imported already ({formatCount(state.run.imported.length)}{' '}
          {state.run.imported.length === 1 ? 'article' : 'articles'});{' '}
          {needing.length === 1 ? 'this one waits for its date.' : 'these wait for their dates.'}
        </p>
      ) : null}
      <ul className="date-list">
        {needing.map((x, i) => (
          <li key={x.name}>
            <label>
              <span className="file-name">{x.name}</span>
              <input
                ref={i === 0 ? first : undefined}
                type="date"
                required
                value={dates[x.name] ?? ''}
                onChange={(e) => setDates((d) => ({ ...d, [x.name]: e.target.value }))}
              />
            </label>
          </li>
        ))}
      </ul>
      {state.failed.length > 0 ? <FailureList failed={state.failed} /> : null}
      <div className="modal-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Import
        </button>
      </div>
    </form>
  );
}

function ImportProgressPanel({
  state,
  onCancel,
}: {
  state: Extract<ImportState, { step: 'working' }>;
  onCancel(): void;
}) {
  const p = useStore(state.progress, (s) => s);
  const { status, detail } = describeProgress(p);
  return (
    <section className="import-panel" aria-labelledby="import-title" data-testid="import-progress">
      <h2 id="import-title">Importing articles</h2>
      <progress max={Math.max(1, p.total)} value={p.done} aria-label={status} />
      <p role="status" className="import-status">
        <span>{status}</span>
        {detail ? <span className="muted">{detail}</span> : null}
      </p>
      <div className="modal-buttons">
        <button type="button" onClick={onCancel} disabled={p.cancelling === true}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function StatusDialog({
  state,
  onDismiss,
}: {
  state: Extract<ImportState, { step: 'done' }>;
  onDismiss(): void;
}) {
  const ok = useRef<HTMLButtonElement>(null);
  useEffect(() => ok.current?.focus(), []);
  return (
    <div className="modal" role="dialog" aria-modal="true" aria-labelledby="import-done-title">
      <h2 id="import-done-title">{state.cancelled ? 'Import cancelled' : 'Import finished'}</h2>
      <p data-testid="import-outcome">
        {describeImport(state.imported, state.summary ?? null, state.alreadyInLibrary)}
      </p>
      {state.failed.length > 0 ? <FailureList failed={state.failed} /> : null}
      <div className="modal-buttons">
        <button ref={ok} type="button" className="primary" onClick={onDismiss}>
          OK
        </button>
      </div>
    </div>
  );
}

function FailureList({ failed }: { failed: { file: string; message: string }[] }) {
  return (
    <div className="failures">
      <h3>Not imported</h3>
      <ul>
        {failed.map((f, i) => (
          <li key={`${f.file}:${i}`}>
            <span className="file-name">{f.file}</span>: {f.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
