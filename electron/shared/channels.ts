/**
 * Request names, IPC channel names and menu commands: the part of the contract the preload (and
 * the page's API client) needs at run time. Kept free of the argument schemas and of any run-time
 * import (ESLint keeps it so) so the sandboxed preload bundle stays a few kilobytes;
 * `contract.ts` re-exports everything here and checks at compile time that the names agree.
 */

/** Requests of the contract, by name (see `NewslineApi` in contract.ts). */
export const REQUEST_NAMES = [
  'getSnapshot',
  'getArticleText',
  'inspectImport',
  'importArticles',
  'getImportProgress',
  'getViewState',
  'saveViewState',
  'editEvent',
  'hideEvent',
  'revertEvent',
  'addEvent',
  'mergeEvents',
  'splitEvent',
  'undo',
  'redo',
  'listViews',
  'saveView',
  'renameView',
  'deleteView',
  'exportEvents',
  'importEvents',
  'capturePng',
  'printPdf',
] as const;

export type RequestName = (typeof REQUEST_NAMES)[number];

/** IPC channel of a request. */
export const channelOf = (name: RequestName): string => `newsline:${name}`;

/** Commands the native menu sends to the page. */
export type MenuCommand = 'open-articles' | 'zoom-in' | 'zoom-out' | 'fit-all' | 'undo' | 'redo' | 'export';

/** IPC channel on which the main process sends menu commands. */
export const MENU_COMMAND_CHANNEL = 'newsline:menu-command';

export const menuCommands: readonly MenuCommand[] = [
  'open-articles',
  'zoom-in',
  'zoom-out',
  'fit-all',
  'undo',
  'redo',
  'export',
];
