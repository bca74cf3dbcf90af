/** Builds the page for the browser tests when dist/renderer is missing or older than its sources. */
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const RENDERER_DIR = join(ROOT, 'dist', 'renderer');
const SOURCES = ['renderer', 'electron/shared', 'vite.config.ts'];

function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const entry of readdirSync(path)) t = Math.max(t, newest(join(path, entry)));
  return t;
}

/** True when the built page is missing or older than any of its sources. */
export function rendererIsStale(): boolean {
  const index = join(RENDERER_DIR, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return SOURCES.some((s) => existsSync(join(ROOT, s)) && newest(join(ROOT, s)) > built);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds dist/renderer once if needed; other test files wait for a build in progress. */
export async function ensureRendererBuilt(): Promise<void> {
  const lock = join(ROOT, 'dist', '.renderer-build.lock');
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (let waited = 0; ; waited += 200) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`Another build holds ${lock}; remove it if no build is running.`);
      await sleep(200);
    }
  }
  try {
    if (rendererIsStale()) {
      const { buildRenderer } = await import('../../scripts/build.mjs');
      // Vitest sets NODE_ENV to "test", which would give a development build of React.
      const nodeEnv = process.env.NODE_ENV;
      process.env.NODE_ENV = 'production';
      try {
        await buildRenderer();
      } finally {
        if (nodeEnv === undefined) delete process.env.NODE_ENV;
        else process.env.NODE_ENV = nodeEnv;
      }
    }
  } finally {
    rmdirSync(lock);
  }
}
