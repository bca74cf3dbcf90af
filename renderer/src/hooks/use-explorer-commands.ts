/**
 * The explorer's commands (commands.ts) wired to the page: the timeline, the file dialog, the
 * export menu and the dispatcher; run from the keyboard (Ctrl/⌘ shortcuts anywhere but text
 * fields) and from the native menu.
 */
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { createCommands, runMenuCommand, runShortcut, type CommandId, type Commands } from '../commands';
import type { ChosenFolder } from '../../../electron/shared/contract';
import type { TimelineHandle } from '../timeline/controller-api';
import type { Dispatcher } from '../state/dispatcher';
import { showSideTab, type ExplorerStore } from '../state/explorer';

export interface ExplorerCommands {
  commands: Commands;
  dispatcher: Dispatcher;
  run(id: CommandId): void;
  /** A native menu asked for the file chooser, which needs a click on the page first. */
  askToChoose: boolean;
  chooseFiles(): void;
  cancelChoose(): void;
  exportOpen: boolean;
  setExportOpen(open: boolean): void;
}

export function useExplorerCommands(options: {
  dispatcher: Dispatcher;
  store: ExplorerStore;
  timeline: RefObject<TimelineHandle | null>;
  fileInput: RefObject<HTMLInputElement | null>;
  /** The page's folder chooser (the preview's way to a folder). */
  folderInput: RefObject<HTMLInputElement | null>;
  /** A folder read by the desktop app, to import. */
  onFolder(folder: ChosenFolder): void;
  /** Moves the focus to the events as shown (the timeline, or the list). */
  focusEvents: RefObject<(() => void) | null>;
}): ExplorerCommands {
  const { dispatcher, store, timeline, fileInput, folderInput, onFolder, focusEvents } = options;
  const [askToChoose, setAskToChoose] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const commands = useMemo(
    () =>
      createCommands({
        openArticles: () => fileInput.current?.click(),
        // the desktop app asks with the system's dialog and reads the folder; a browser, the page
        importFolder: () => {
          if (dispatcher.api.pageChoosesFolders) folderInput.current?.click();
          else
            void dispatcher.attempt(async (api) => {
              const folder = await api.chooseImportFolder();
              if (folder) onFolder(folder);
            }, 'Could not read the folder');
        },
        zoomIn: () => timeline.current?.zoomIn(),
        zoomOut: () => timeline.current?.zoomOut(),
        fitAll: () => timeline.current?.fitAll(),
        undo: dispatcher.undo,
        redo: dispatcher.redo,
        history: () => store.getState().snapshot.history,
        openExport: () => setExportOpen(true),
        checkDates: () =>
          store.dispatch(showSideTab(store.getState().side.tab === 'checks' ? 'details' : 'checks')),
        keyDates: () =>
          store.dispatch(showSideTab(store.getState().side.tab === 'keys' ? 'details' : 'keys')),
        focusTimeline: () => focusEvents.current?.(),
      }),
    [dispatcher, store, timeline, fileInput, folderInput, onFolder, focusEvents],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => void runShortcut(commands, e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [commands]);

  useEffect(
    () =>
      dispatcher.api.onMenuCommand((id) => {
        // The browser shows a file chooser only in answer to a user's gesture; a native menu
        // command arrives without one, so it first asks for a click (or Enter) on a button.
        const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } })
          .userActivation;
        const chooser =
          id === 'open-articles' || (id === 'import-folder' && dispatcher.api.pageChoosesFolders);
        if (chooser && activation && !activation.isActive) setAskToChoose(true);
        else runMenuCommand(commands, id);
      }),
    [dispatcher, commands],
  );

  return {
    commands,
    dispatcher,
    run: (id) => commands[id].run(),
    askToChoose,
    chooseFiles: () => {
      setAskToChoose(false);
      commands['open-articles'].run();
    },
    cancelChoose: () => setAskToChoose(false),
    exportOpen,
    setExportOpen,
  };
}
