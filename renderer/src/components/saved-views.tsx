import { useCallback, useState, type FormEvent } from 'react';
import type { NewslineApi, SavedView, ViewState } from '../../../electron/shared/contract';
import type { Dispatcher } from '../state/dispatcher';
import { Popover } from './popover';

export interface SavedViewsProps {
  dispatcher: Dispatcher;
  /** The view as it is now: filters, search, visible window. */
  currentView(): ViewState;
  /** A saved view chosen: its state and its name. */
  onRestore(view: ViewState, name: string): void;
  /** The current view was saved under `name`. */
  onSaved?(name: string): void;
}

/** Saved views: name the current view, restore one from the list, rename or delete it. */
export function SavedViews({ dispatcher, currentView, onRestore, onSaved }: SavedViewsProps) {
  const [open, setOpen] = useState(false);
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);

  const call = useCallback(
    (request: (api: NewslineApi) => Promise<SavedView[]>, failure: string) =>
      dispatcher.attempt(async (api) => setViews(await request(api)), failure),
    [dispatcher],
  );
  const onOpenChange = useCallback(
    (next: boolean) => {
      setOpen(next);
      if (next) void call((api) => api.listViews(), 'Could not list the saved views');
    },
    [call],
  );

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    if (await call((api) => api.saveView(trimmed, currentView()), 'Could not save the view')) {
      setName('');
      onSaved?.(trimmed);
    }
  };
  const rename = async (e: FormEvent) => {
    e.preventDefault();
    if (!renaming || !renaming.name.trim()) return;
    const { id, name: next } = renaming;
    if (await call((api) => api.renameView(id, next.trim()), 'Could not rename the view')) setRenaming(null);
  };

  return (
    <Popover
      label="Views"
      panelLabel="Saved views"
      open={open}
      onOpenChange={onOpenChange}
      title="Saved views"
    >
      <form className="popover-form" onSubmit={(e) => void save(e)}>
        <label>
          Save current view as
          <input value={name} maxLength={200} placeholder="Name" onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={!name.trim()}>
          Save view
        </button>
      </form>
      {views.length === 0 ? (
        <p className="muted">No saved views yet.</p>
      ) : (
        <ul className="saved-views" aria-label="Saved views list">
          {views.map((view) =>
            renaming?.id === view.id ? (
              <li key={view.id}>
                <form className="popover-form" onSubmit={(e) => void rename(e)}>
                  <input
                    aria-label={`New name for ${view.name}`}
                    value={renaming.name}
                    maxLength={200}
                    onChange={(e) => setRenaming({ id: view.id, name: e.target.value })}
                  />
                  <button type="submit">Rename</button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              </li>
            ) : (
              <li key={view.id}>
                <button
                  type="button"
                  className="view-restore"
                  onClick={() => {
                    onRestore(view.state, view.name);
                    setOpen(false);
                  }}
                >
                  {view.name}
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Rename ${view.name}`}
                  onClick={() => setRenaming({ id: view.id, name: view.name })}
                >
                  ✎
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Delete ${view.name}`}
                  onClick={() => void call((api) => api.deleteView(view.id), 'Could not delete the view')}
                >
                  ×
                </button>
              </li>
            ),
          )}
        </ul>
      )}
    </Popover>
  );
}
