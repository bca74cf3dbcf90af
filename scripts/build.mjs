// Builds the app: the renderer with Vite (dist/renderer), the main process and the preload with
// esbuild (dist/electron/main.cjs, dist/electron/preload.cjs: CommonJS, one file each) and the
// extraction worker thread (dist/electron/extract-worker.cjs).
//   node scripts/build.mjs               everything
//   node scripts/build.mjs renderer      only the page (what the preview needs)
//   node scripts/build.mjs electron      only main, preload and the extraction worker
import { build as esbuild } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds the React page into dist/renderer (configuration in vite.config.ts). */
export async function buildRenderer() {
  await viteBuild({ configFile: `${root}/vite.config.ts`, logLevel: 'warn' });
}

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  // Node has \p{…} in regular expressions: kept as literals, not rebuilt by `new RegExp` at each call
  supported: { 'regexp-unicode-property-escapes': true },
  external: ['electron'],
  sourcemap: false,
  logLevel: 'warning',
  legalComments: 'none',
};

/** Bundles the extraction worker thread (used by the app and the preview). */
export async function buildExtractWorker() {
  await esbuild({
    ...common,
    entryPoints: ['electron/services/extract-worker.ts'],
    outfile: 'dist/electron/extract-worker.cjs',
  });
}

/** Bundles the main process, the preload and the extraction worker into one CommonJS file each. */
export async function buildElectron() {
  await Promise.all([
    buildExtractWorker(),
    esbuild({ ...common, entryPoints: ['electron/main/index.ts'], outfile: 'dist/electron/main.cjs' }),
    esbuild({ ...common, entryPoints: ['electron/preload/index.ts'], outfile: 'dist/electron/preload.cjs' }),
  ]);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const what = process.argv[2] ?? 'all';
  const started = Date.now();
  if (what === 'all' || what === 'renderer') await buildRenderer();
  if (what === 'all' || what === 'electron') await buildElectron();
  console.log(`Built ${what === 'all' ? 'renderer, main and preload' : what} in ${Date.now() - started} ms.`);
}
