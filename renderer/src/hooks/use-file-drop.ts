import { useState, type DragEvent } from 'react';

/** Files of a dropped folder, subfolders included (the browser's file system entries). */
async function filesOfEntry(entry: FileSystemEntry, into: File[]): Promise<void> {
  if (entry.isFile) {
    into.push(
      await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)),
    );
    return;
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // a reader gives a folder's entries a hundred or so at a time, until it gives none
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return;
    for (const child of batch.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)))
      await filesOfEntry(child, into);
  }
}

/** Every file dropped: folders opened (subfolders included), files as they are. */
async function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  // no folder among them (or no entries at all): the files as the browser gives them
  if (!entries.some((e) => e?.isDirectory)) return [...transfer.files];
  const files: File[] = [];
  for (const entry of entries) if (entry) await filesOfEntry(entry, files);
  return files;
}

/**
 * Articles dropped on the page: whether files are being dragged over it, and the handler that
 * takes every dropped file (`onFiles`), a dropped folder's files (subfolders included) too; the
 * import judges each one alone and names those it refuses.
 */
export function useFileDrop(onFiles: (files: File[]) => void) {
  const [dragging, setDragging] = useState(false);
  return {
    dragging,
    onDragOver(e: DragEvent) {
      if (!e.dataTransfer.types.includes('Files')) return;
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave(e: DragEvent) {
      if (e.currentTarget === e.target) setDragging(false);
    },
    onDrop(e: DragEvent) {
      e.preventDefault();
      setDragging(false);
      // the entries are only readable during the drop event: taken at once, read after
      void droppedFiles(e.dataTransfer).then(onFiles, () => onFiles([...e.dataTransfer.files]));
    },
  };
}
