/**
 * Moving through rows of controls with the arrow keys, pure: one Tab stop for the whole list (a
 * roving tab index), Up and Down between rows, Left and Right between the controls of a row,
 * Home and End to the first and last row.
 */

/** A control among rows: the row's index and the control's within it. */
export interface Cell {
  row: number;
  col: number;
}

/**
 * Where `key` moves from `at`, given the number of controls in each row; null when the key does
 * not move (another key, or the edge of the list). Up and Down keep the column when the row has
 * it, else take the row's last control.
 */
export function moveInRows(key: string, at: Cell, counts: readonly number[]): Cell | null {
  const rows = counts.length;
  if (rows === 0) return null;
  const inRow = (row: number, col: number): Cell => ({
    row,
    col: Math.max(0, Math.min(col, (counts[row] ?? 1) - 1)),
  });
  switch (key) {
    case 'ArrowDown':
      return at.row + 1 < rows ? inRow(at.row + 1, at.col) : null;
    case 'ArrowUp':
      return at.row > 0 ? inRow(at.row - 1, at.col) : null;
    case 'Home':
      return at.row === 0 ? null : inRow(0, at.col);
    case 'End':
      return at.row === rows - 1 ? null : inRow(rows - 1, at.col);
    case 'PageDown':
      return at.row + 1 < rows ? inRow(Math.min(rows - 1, at.row + 10), at.col) : null;
    case 'PageUp':
      return at.row > 0 ? inRow(Math.max(0, at.row - 10), at.col) : null;
    case 'ArrowRight':
      return at.col + 1 < (counts[at.row] ?? 0) ? { row: at.row, col: at.col + 1 } : null;
    case 'ArrowLeft':
      return at.col > 0 ? { row: at.row, col: at.col - 1 } : null;
    default:
      return null;
  }
}
