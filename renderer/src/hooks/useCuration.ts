/**
 * Undo and redo of edits by hand from the page: buttons, Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z (and
 * Ctrl+Y) outside text fields, and the Edit menu's Undo/Redo commands. In a text field the keys
 * and the menu undo the typing instead, as everywhere else.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { NewslineApi, Snapshot } from '../../../electron/shared/contract';
import { errorMessage } from '../lib/api';

/** A keystroke handled here also reaches the native menu in some shells: one of the two is ignored. */
const SAME_KEYSTROKE_MS = 400;

/** True when the element edits text (inputs, text areas, content-editable). */
export function isTextField(element: Element | null): boolean {
  if (!element) return false;
  if (element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLInputElement)
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'range', 'color'].includes(
      element.type,
    );
  return element instanceof HTMLElement && element.isContentEditable;
}

export interface Curation {
  undo(): void;
  redo(): void;
  /** Runs a menu command 'undo' or 'redo': in a text field, on its text; else on the edits. */
  onMenu(command: 'undo' | 'redo'): void;
  /** Runs an edit request and shows its snapshot. */
  run(request: () => Promise<Snapshot>, failure: string): Promise<boolean>;
}

/** Undo, redo and edit requests; `onSnapshot` receives each new snapshot. */
export function useCuration(
  api: NewslineApi,
  onSnapshot: (snapshot: Snapshot) => void,
  onError: (message: string) => void,
): Curation {
  const lastKey = useRef(0);
  const run = useCallback(
    async (request: () => Promise<Snapshot>, failure: string) => {
      try {
        onSnapshot(await request());
        return true;
      } catch (error) {
        onError(`${failure}: ${errorMessage(error)}`);
        return false;
      }
    },
    [onSnapshot, onError],
  );
  const undo = useCallback(() => void run(() => api.undo(), 'Could not undo'), [api, run]);
  const redo = useCallback(() => void run(() => api.redo(), 'Could not redo'), [api, run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(document.activeElement)) return;
      const key = e.key.toLowerCase();
      const isUndo = key === 'z' && !e.shiftKey;
      const isRedo = (key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey);
      if (!isUndo && !isRedo) return;
      e.preventDefault();
      lastKey.current = performance.now();
      if (isUndo) undo();
      else redo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  const onMenu = useCallback(
    (command: 'undo' | 'redo') => {
      if (isTextField(document.activeElement)) {
        document.execCommand(command);
        return;
      }
      if (performance.now() - lastKey.current < SAME_KEYSTROKE_MS) return;
      if (command === 'undo') undo();
      else redo();
    },
    [undo, redo],
  );
  return useMemo(() => ({ undo, redo, onMenu, run }), [undo, redo, onMenu, run]);
}
