import { useState, type DragEvent } from 'react';

/**
 * Articles dropped on the page: whether files are being dragged over it, and the handler that
 * takes every dropped file (`onFiles`); the import judges each one alone and names those it refuses.
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
      onFiles([...e.dataTransfer.files]);
    },
  };
}
