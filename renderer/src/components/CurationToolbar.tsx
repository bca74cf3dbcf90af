import { useState } from 'react';
import type { NewslineApi, Snapshot, ViewState } from '../../../electron/shared/contract';
import type { Curation } from '../hooks/useCuration';
import { ExportMenu } from './ExportMenu';
import { Popover } from './Popover';
import { SavedViews } from './SavedViews';
import '../styles/curation.css';

export interface CurationToolbarProps {
  api: NewslineApi;
  snapshot: Snapshot;
  curation: Curation;
  filteredIds(): string[];
  currentView(): ViewState;
  onRestoreView(view: ViewState): void;
  exportOpen: boolean;
  onExportOpen(open: boolean): void;
  onSnapshot(snapshot: Snapshot): void;
  onError(message: string): void;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Undo, Redo, the edits kept apart (hidden events, edits whose event is gone), saved views and export. */
export function CurationToolbar(props: CurationToolbarProps) {
  const { api, snapshot, curation, onError } = props;
  const [editsOpen, setEditsOpen] = useState(false);
  const history = snapshot.history;
  const hidden = snapshot.hiddenEvents ?? [];
  const orphaned = snapshot.orphanedEdits ?? [];
  return (
    <div className="curation-toolbar" role="group" aria-label="Edits, views and export">
      <button
        type="button"
        onClick={curation.undo}
        disabled={!history?.undo}
        title={history?.undo ? `Undo ${history.undo} (${mod}Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={curation.redo}
        disabled={!history?.redo}
        title={history?.redo ? `Redo ${history.redo} (Shift+${mod}Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      {hidden.length + orphaned.length > 0 ? (
        <Popover
          label={`Kept aside (${hidden.length + orphaned.length})`}
          panelLabel="Hidden events and orphaned edits"
          open={editsOpen}
          onOpenChange={setEditsOpen}
        >
          {hidden.length > 0 ? (
            <>
              <h3>Hidden events</h3>
              <ul className="menu-list">
                {hidden.map((e) => (
                  <li key={e.id}>
                    <span>{e.title}</span>{' '}
                    <button
                      type="button"
                      onClick={() =>
                        void curation.run(() => api.hideEvent(e.id, false), 'Could not show the event')
                      }
                    >
                      Show
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {orphaned.length > 0 ? (
            <>
              <h3>Edits whose event is gone</h3>
              <p className="muted">
                Kept in case the event comes back after the articles are extracted again.
              </p>
              <ul className="menu-list orphaned">
                {orphaned.map((o) => (
                  <li key={o.editId}>
                    {o.description}
                    {o.quote ? <q>{o.quote}</q> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Popover>
      ) : null}
      <SavedViews
        api={api}
        currentView={props.currentView}
        onRestore={props.onRestoreView}
        onError={onError}
      />
      <ExportMenu
        api={api}
        eventIds={props.filteredIds}
        open={props.exportOpen}
        onOpenChange={props.onExportOpen}
        onSnapshot={props.onSnapshot}
        onError={onError}
      />
    </div>
  );
}
