import { readFileSync } from 'node:fs';
import { writeFileAtomicSync } from '../services/atomic-write';

/** Where and how big the window was. */
export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 };
const MIN_WIDTH = 640;
const MIN_HEIGHT = 420;
/** How much of the title bar must be on a screen for a saved position to be kept. */
const VISIBLE_EDGE = 80;

/** Reads the saved window state; anything missing or odd gives undefined. */
export function readWindowState(path: string): WindowState | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<WindowState>;
    if (!Number.isFinite(value.width) || !Number.isFinite(value.height)) return undefined;
    const position =
      Number.isFinite(value.x) && Number.isFinite(value.y)
        ? { x: value.x as number, y: value.y as number }
        : {};
    return {
      width: value.width as number,
      height: value.height as number,
      maximized: value.maximized === true,
      ...position,
    };
  } catch {
    return undefined;
  }
}

/**
 * Saves the window state (synchronously, as the window closes) as every other file is saved: a
 * temporary file of its own name, flushed, renamed over the old one.
 */
export function writeWindowState(path: string, state: WindowState): void {
  try {
    writeFileAtomicSync(path, JSON.stringify(state));
  } catch {
    // Losing the window position is not worth an error dialog.
  }
}

const overlaps = (a: Rectangle, b: Rectangle, minX: number, minY: number): boolean =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) >= minX &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) >= minY;

/**
 * The bounds to open the window with: the saved ones when their title bar is still on one of
 * today's screens (sizes capped to that screen), otherwise the saved or default size centred on
 * the primary screen. Screens come as work areas, primary first.
 */
export function windowBoundsFor(
  saved: WindowState | undefined,
  workAreas: readonly Rectangle[],
): Partial<Rectangle> & { width: number; height: number } {
  const primary = workAreas[0];
  const wanted = {
    width: Math.max(MIN_WIDTH, Math.round(saved?.width ?? DEFAULT_WINDOW_SIZE.width)),
    height: Math.max(MIN_HEIGHT, Math.round(saved?.height ?? DEFAULT_WINDOW_SIZE.height)),
  };
  if (saved?.x !== undefined && saved.y !== undefined) {
    const titleBar = { x: saved.x, y: saved.y, width: wanted.width, height: 30 };
    const screen = workAreas.find((area) => overlaps(titleBar, area, VISIBLE_EDGE, 10));
    if (screen) {
      return {
        x: Math.round(saved.x),
        y: Math.round(saved.y),
        width: Math.min(wanted.width, screen.width),
        height: Math.min(wanted.height, screen.height),
      };
    }
  }
  if (!primary) return wanted;
  const width = Math.min(wanted.width, primary.width);
  const height = Math.min(wanted.height, primary.height);
  return {
    x: Math.round(primary.x + (primary.width - width) / 2),
    y: Math.round(primary.y + (primary.height - height) / 2),
    width,
    height,
  };
}
