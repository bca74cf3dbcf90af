/**
 * One Tab stop for a list of rows (`[data-roving-row]`, each with a key of its own) inside the
 * container: the control last focused, or the first row's first, takes Tab (tabindex 0), every
 * other control of the rows -1; arrow keys move between rows and along a row (lib/roving.ts).
 * Controls are whatever a row holds (checkbox, buttons), so new row actions join in by themselves.
 */
import { useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { moveInRows } from '../lib/roving';

const CONTROLS = 'input, button, select, textarea, a[href]';

function rowsOf(container: HTMLElement): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-roving-row]')];
}

function controlsOf(row: HTMLElement): HTMLElement[] {
  return [...row.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => !(c as HTMLButtonElement).disabled);
}

/** Tab goes to the control of `active` (a row's key and a column), else to the first row's first. */
function giveTabStop(root: HTMLElement | null, active: { key: string; col: number } | null): void {
  if (!root) return;
  const rows = rowsOf(root);
  const row = rows.find((r) => r.dataset.rovingRow === active?.key) ?? rows[0];
  for (const r of rows) for (const c of controlsOf(r)) c.tabIndex = -1;
  if (!row) return;
  const controls = controlsOf(row);
  const col = active && row.dataset.rovingRow === active.key ? active.col : 0;
  const stop = controls[Math.min(col, controls.length - 1)];
  if (stop) stop.tabIndex = 0;
}

export function useRovingRows(container: RefObject<HTMLElement | null>): {
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
  onFocus(e: FocusEvent<HTMLElement>): void;
} {
  /** The row (by its key) and control that take Tab. */
  const active = useRef<{ key: string; col: number } | null>(null);

  const apply = () => giveTabStop(container.current, active.current);

  // after every render: rows come and go with the list's search and filters
  useLayoutEffect(() => giveTabStop(container.current, active.current));

  const locate = (target: EventTarget | null) => {
    const root = container.current;
    if (!root || !(target instanceof HTMLElement)) return null;
    const row = target.closest<HTMLElement>('[data-roving-row]');
    if (!row || !root.contains(row)) return null;
    const col = controlsOf(row).indexOf(target);
    return col < 0 ? null : { row, col };
  };

  return {
    onFocus: (e) => {
      const at = locate(e.target);
      if (!at) return;
      active.current = { key: at.row.dataset.rovingRow ?? '', col: at.col };
      apply();
    },
    onKeyDown: (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
      const at = locate(e.target);
      const root = container.current;
      if (!at || !root) return;
      const rows = rowsOf(root);
      const controls = rows.map(controlsOf);
      const next = moveInRows(
        e.key,
        { row: rows.indexOf(at.row), col: at.col },
        controls.map((c) => c.length),
      );
      if (!next) return;
      e.preventDefault();
      controls[next.row]?.[next.col]?.focus();
    },
  };
}
