// @vitest-environment jsdom
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, NewslineApi, Snapshot } from '../../electron/shared/contract';
import { App } from '../../renderer/src/app';
import { locateQuote } from '../../renderer/src/components/add-from-selection';
import { EditEventForm, patchOf } from '../../renderer/src/components/edit-event-form';
import { EventCuration, editSummary } from '../../renderer/src/components/event-curation';
import { ExportMenu } from '../../renderer/src/components/export-menu';
import { SavedViews } from '../../renderer/src/components/saved-views';
import { runMenuCommand } from '../../renderer/src/commands';
import { useExplorerCommands } from '../../renderer/src/hooks/use-explorer-commands';
import { createDispatcher } from '../../renderer/src/state/dispatcher';
import { createExplorerStore } from '../../renderer/src/state/explorer';
import { curationStubs, storyStubs } from '../mocks/curation';
import { makeEvent } from './fixtures';

afterEach(cleanup);

const event = makeEvent({
  id: 'e1',
  title: 'Lavrov offered talks',
  start: '2025-01-14',
  actors: [{ name: 'Sergey Lavrov', kind: 'person', role: 'source' }],
  cameo: '03',
});
const snapshot: Snapshot = { articles: [], events: [event], actors: [], problems: [] };
const api = () =>
  ({
    ...curationStubs(snapshot),
    listViews: vi.fn(async () => [
      {
        id: 'v1',
        name: 'Only Lavrov',
        state: { hiddenActors: ['NATO'], mode: 'any' as const },
        savedAt: 'x',
      },
    ]),
  }) as unknown as NewslineApi & ReturnType<typeof curationStubs>;

describe('edit form', () => {
  it('sends only the fields that changed', async () => {
    const onSave = vi.fn(async () => true);
    const onCancel = vi.fn();
    render(<EditEventForm event={event} onSave={onSave} onCancel={onCancel} />);
    const user = userEvent.setup();
    await user.clear(screen.getByRole('textbox', { name: 'Title' }));
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Lavrov proposed talks');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Precision' }), 'month');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith({
      title: 'Lavrov proposed talks',
      start: '2025-01',
      precision: 'month',
      end: null,
    });
    await waitFor(() => expect(onCancel).toHaveBeenCalled());
  });

  it('changes actors and roles, and the kind', () => {
    const draft = {
      title: event.title,
      start: event.start,
      end: '',
      precision: event.precision,
      actors: [
        { name: 'Sergey Lavrov', kind: 'person' as const, role: 'target' as const },
        { name: '  ', kind: 'person' as const, role: 'source' as const },
      ],
      cameo: '12',
    };
    expect(patchOf(event, draft)).toEqual({
      actors: [{ name: 'Sergey Lavrov', kind: 'person', role: 'target' }],
      cameo: '12',
    });
    expect(patchOf(event, { ...draft, actors: event.actors, cameo: '03' })).toEqual({});
  });
});

describe('edited marker', () => {
  const edited = makeEvent({
    ...event,
    title: 'Lavrov proposed talks',
    edited: { fields: ['title'], machine: event },
  });

  it('says what was edited, shows the machine version on request, and reverts', async () => {
    const onRevert = vi.fn();
    render(
      <EventCuration event={edited} full={edited} onEdit={vi.fn()} onHide={vi.fn()} onRevert={onRevert} />,
    );
    expect(screen.getByTestId('edited-mark')).toHaveTextContent('Edited: title');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show machine version' }));
    expect(screen.getByLabelText('Machine version')).toHaveTextContent('Lavrov offered talks');
    await user.click(screen.getByRole('button', { name: 'Revert' }));
    expect(onRevert).toHaveBeenCalled();
  });

  it('names added, merged and split events, and nothing for machine events', () => {
    expect(editSummary(event)).toBeNull();
    expect(editSummary({ ...event, edited: { fields: [], added: true } })).toBe('Added by hand');
    expect(editSummary({ ...event, edited: { fields: ['cameo'], mergedFrom: ['e2'] } })).toBe(
      'Edited: kind, merged with 1',
    );
  });
});

describe('undo and redo keys', () => {
  /** The explorer's commands over `a`, as the page wires them; the store starts on an empty snapshot. */
  function commandsOver(a: ReturnType<typeof api>) {
    const store = createExplorerStore(
      { ...snapshot, events: [] },
      { hiddenActors: [], mode: 'any' },
      { start: 0, end: 1 },
    );
    const dispatcher = createDispatcher({ ...a, onMenuCommand: () => () => undefined }, store);
    const { result } = renderHook(() =>
      useExplorerCommands({
        dispatcher,
        store,
        timeline: { current: null },
        fileInput: { current: null },
        folderInput: { current: null },
        onFolder: vi.fn(),
        focusEvents: { current: null },
      }),
    );
    return { store, result };
  }

  it('undo and redo edits outside text fields, and leave the keys to a text field inside one', async () => {
    const a = api();
    const { store, result } = commandsOver(a);
    const user = userEvent.setup();
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(a.undo).toHaveBeenCalledTimes(1));
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(a.redo).toHaveBeenCalledTimes(1));
    expect(store.getState().snapshot).toBe(snapshot);

    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    await user.keyboard('{Control>}z{/Control}');
    expect(a.undo).toHaveBeenCalledTimes(1);
    // The Edit menu's Undo in a text field undoes the typing (the browser's own command).
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    act(() => runMenuCommand(result.current.commands, 'undo'));
    expect(exec).toHaveBeenCalledWith('undo');
    expect(a.undo).toHaveBeenCalledTimes(1);
    input.remove();
  });

  it('shows a failure as an error line', async () => {
    const a = api();
    a.undo.mockRejectedValueOnce(new Error('disk full'));
    const { store, result } = commandsOver(a);
    act(() => result.current.run('undo'));
    await waitFor(() => expect(store.getState().error).toBe('Could not undo: disk full'));
  });
});

describe('saved views and export menus', () => {
  /** The page's dispatcher over `a`. */
  const dispatcherOver = (a: NewslineApi) =>
    createDispatcher(
      a,
      createExplorerStore(snapshot, { hiddenActors: [], mode: 'any' }, { start: 0, end: 1 }),
    );

  it('lists saved views and restores one', async () => {
    const a = api();
    const onRestore = vi.fn();
    render(
      <SavedViews
        dispatcher={dispatcherOver(a)}
        currentView={() => ({ hiddenActors: [], mode: 'any' })}
        onRestore={onRestore}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Views' }));
    await user.click(await screen.findByRole('button', { name: 'Only Lavrov' }));
    expect(onRestore).toHaveBeenCalledWith({ hiddenActors: ['NATO'], mode: 'any' }, 'Only Lavrov');
  });

  it('saves the current view under a name', async () => {
    const a = api();
    const onSaved = vi.fn();
    render(
      <SavedViews
        dispatcher={dispatcherOver(a)}
        currentView={() => ({ hiddenActors: ['X'], mode: 'all' })}
        onRestore={vi.fn()}
        onSaved={onSaved}
      />,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Views' }));
    await user.type(screen.getByRole('textbox', { name: 'Save current view as' }), 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    expect(a.saveView).toHaveBeenCalledWith('Mine', { hiddenActors: ['X'], mode: 'all' });
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('Mine'));
  });

  it('exports the filtered events in the chosen format and hands the file over to be saved', async () => {
    const a = api();
    const save = vi.fn();
    render(
      <ExportMenu
        dispatcher={dispatcherOver(a)}
        eventIds={() => ['e1', 'e2']}
        open
        onOpenChange={vi.fn()}
        save={save}
        exportOptions={() => ({ title: 'Only Lavrov', subtitle: 'Actors: Sergey Lavrov' })}
      />,
    );
    expect(screen.getByText('2 filtered events')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'TimelineJS story (JSON)' }));
    expect(a.exportEvents).toHaveBeenCalledWith('timelinejs', ['e1', 'e2'], {
      title: 'Only Lavrov',
      subtitle: 'Actors: Sergey Lavrov',
    });
    await waitFor(() => expect(save).toHaveBeenCalledWith(expect.objectContaining({ fileName: 'x.json' })));
  });
});

describe('quote of a selection', () => {
  it('finds the selection in the article text, spaces taken loosely', () => {
    const text = 'First line.\nLavrov said  that talks\nwould start.';
    expect(locateQuote(text, 'Lavrov said')).toEqual({ start: 12, end: 23 });
    expect(locateQuote(text, 'said that talks would')).toEqual({ start: 19, end: 41 });
    expect(locateQuote(text, 'not there')).toBeNull();
    expect(locateQuote(text, '   ')).toBeNull();
  });
});

describe('in the explorer', () => {
  /** The whole page on an in-memory API, with the native menu under the test's control. */
  function explorer() {
    let menu: ((c: MenuCommand) => void) | null = null;
    const edited: Snapshot = {
      ...snapshot,
      events: [{ ...event, title: 'Edited title', edited: { fields: ['title'], machine: event } }],
      history: { undo: 'Change title', redo: null, edits: 1 },
    };
    const full = {
      getSnapshot: vi.fn(async () => snapshot),
      getArticleText: vi.fn(),
      inspectImport: vi.fn(async () => []),
      importArticles: vi.fn(),
      getImportProgress: vi.fn(async () => null),
      cancelImport: vi.fn(async () => undefined),
      getViewState: vi.fn(async () => ({ hiddenActors: [], mode: 'any' as const, selectedEventId: 'e1' })),
      saveViewState: vi.fn(async () => undefined),
      ...curationStubs(edited),
      ...storyStubs(edited),
      onMenuCommand: (listener: (c: MenuCommand) => void) => {
        menu = listener;
        return () => {
          menu = null;
        };
      },
    };
    render(<App api={full as unknown as NewslineApi} />);
    return { api: full, send: (c: MenuCommand) => act(() => menu?.(c)) };
  }

  it('runs Edit → Undo and Redo from the menu on the edits, and File → Export… opens the export menu', async () => {
    const { api: full, send } = explorer();
    await screen.findByRole('button', { name: 'Undo' });
    send('undo');
    await waitFor(() => expect(full.undo).toHaveBeenCalledTimes(1));
    // The answer is shown: the edited title, and Undo now says what it would undo.
    expect(await screen.findByRole('button', { name: 'Undo' })).toHaveAttribute(
      'title',
      'Undo Change title (Ctrl+Z)',
    );
    send('redo');
    await waitFor(() => expect(full.redo).toHaveBeenCalledTimes(1));
    send('export');
    expect(await screen.findByRole('group', { name: 'Export and import' })).toBeInTheDocument();
  });

  it('saves an edit made in the details panel', async () => {
    const { api: full } = explorer();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit…' }));
    const title = screen.getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Edited title');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(full.editEvent).toHaveBeenCalledWith('e1', { title: 'Edited title' }));
    expect(await screen.findByTestId('edited-mark')).toHaveTextContent('Edited: title');
  });
});
