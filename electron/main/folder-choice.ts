import type { BrowserWindow, Dialog } from 'electron';
import type { WindowApi } from '../shared/contract';
import { readImportFolder } from '../services/import-folder';

/**
 * "Import Folder…" in the desktop app: the system's folder dialog, then the folder's article
 * files read by the services (import-folder.ts) and answered to the page, which imports them.
 */
export function folderChoiceRequests(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | undefined,
): Pick<WindowApi, 'chooseImportFolder'> {
  return {
    async chooseImportFolder() {
      const options = { title: 'Import a folder of articles', properties: ['openDirectory' as const] };
      const owner = window();
      const choice = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      const dir = choice.filePaths[0];
      if (choice.canceled || dir === undefined) return null;
      return readImportFolder(dir);
    },
  };
}
