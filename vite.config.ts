import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * Names the explorer's code (the chunk the entry imports once it has asked for the events) in the
 * page itself, first in its head: the browser fetches and compiles it as it reads the page, and
 * it is ready to run before the events have arrived, not queued behind them (at 100,000 events
 * the browser handed it over only after the snapshot's 10 MB).
 */
function preloadExplorer(): Plugin {
  return {
    name: 'newsline-preload-explorer',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).filter(
          (c) => c.type === 'chunk' && c.isDynamicEntry && c.name === 'mount',
        );
        return chunks.map((c) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${c.fileName}` },
          injectTo: 'head-prepend',
        }));
      },
    },
  };
}

/** Builds the explorer page into dist/renderer with relative asset paths (loaded from app:// or the preview). */
export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), preloadExplorer()],
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
