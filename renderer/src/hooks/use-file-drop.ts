import { useState, type DragEvent } from 'react';

const ACCEPTED = /\.(txt|md|markdown)$/i;

/**
 * Articles dropped on the page: whether files are being dragged over it, and the handlers that
 * take the text and Markdown files (`onFiles`) and name the others (`onRefused`).
 */
export function useFileDrop(onFiles: (files: File[]) => void, onRefused: (names: string[]) => void) {
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
      const files = [...e.dataTransfer.files];
      const accepted = files.filter((f) => ACCEPTED.test(f.name) || f.type === 'text/plain');
      const refused = files.filter((f) => !accepted.includes(f));
      if (refused.length > 0) onRefused(refused.map((f) => f.name));
      onFiles(accepted);
    },
  };
}
