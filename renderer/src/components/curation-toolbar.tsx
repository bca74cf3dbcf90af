import { useState } from 'react';
import type { ExportOptions, PageSnapshot, ViewState } from '../../../electron/shared/contract';
import type { Commands } from '../commands';
import type { Dispatcher } from '../state/dispatcher';
import { ExportMenu } from './export-menu';
import { Popover } from './popover';
import { SavedViews } from './saved-views';
import '../styles/curation.css';

export interface CurationToolbarProps {
  dispatcher: Dispatcher;
  commands: Commands;
  snapshot: PageSnapshot;
  filteredIds(): string[];
  currentView(): ViewState;
  /** A saved view chosen (its state and name), and the current view saved under a name. */
  onRestoreView(view: ViewState, name: string): void;
  onSavedView?(name: string): void;
  exportOpen: boolean;
  onExportOpen(open: boolean): void;
  /** The PNG and PDF of the sharing layout, and the title of exports (hooks/use-share.ts). */
  share?: { png(): Promise<void>; pdf(): Promise<void>; exportOptions(): ExportOptions };
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** Undo, Redo, the edits kept apart (hidden events, edits whose event is gone), saved views and export. */
export function CurationToolbar(props: CurationToolbarProps) {
  const { dispatcher, commands, snapshot } = props;
  const [editsOpen, setEditsOpen] = useState(false);
  const history = snapshot.history;
  const hidden = snapshot.hiddenEvents ?? [];
  const orphaned = snapshot.orphanedEdits ?? [];
  return (
    <div className="curation-toolbar" role="group" aria-label="Edits, views and export">
      <button
        type="button"
        onClick={commands.undo.run}
        disabled={!commands.undo.enabled()}
        title={history?.undo ? `Undo ${history.undo} (${mod}Z)` : 'Nothing to undo'}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={commands.redo.run}
        disabled={!commands.redo.enabled()}
        title={history?.redo ? `Redo ${history.redo} (Shift+${mod}Z)` : 'Nothing to redo'}
      >
        Redo
      </button>
      {/* always there (disabled when empty), so that the toolbar does not move when it fills */}
      <Popover
        label={`Kept aside (${hidden.length + orphaned.length})`}
        panelLabel="Hidden events and orphaned edits"
        open={editsOpen && hidden.length + orphaned.length > 0}
        onOpenChange={setEditsOpen}
        disabled={hidden.length + orphaned.length === 0}
        title={
          hidden.length + orphaned.length === 0
            ? 'Nothing kept aside: hidden events and edits whose event is gone are listed here'
            : undefined
        }
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
                      void dispatcher.edit((a) => a.hideEvent(e.id, false), 'Could not show the event')
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
            <p className="muted">Kept in case the event comes back after the articles are extracted again.</p>
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
      <SavedViews
        dispatcher={dispatcher}
        currentView={props.currentView}
        onRestore={props.onRestoreView}
        onSaved={props.onSavedView}
      />
      <ExportMenu
        dispatcher={dispatcher}
        eventIds={props.filteredIds}
        open={props.exportOpen}
        onOpenChange={props.onExportOpen}
        exportOptions={props.share?.exportOptions}
        onSharePng={props.share?.png}
        onSharePdf={props.share?.pdf}
      />
    </div>
  );
}
