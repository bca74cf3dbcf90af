// `npm start`: builds the app and launches it in Electron. Where Electron's binary is not
// installed, says so and serves the same explorer from the loopback preview instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildElectron, buildRenderer } from './build.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const MISSING_ELECTRON = `Electron's binary is not installed (node_modules/electron/dist is missing), so Newsline cannot
open its desktop window here. The binary is downloaded from Electron's GitHub releases
(https://github.com/electron/electron/releases): with access to github.com, or with ELECTRON_MIRROR
set to a mirror of those releases, run \`npx install-electron\` once, then \`npm start\` (or \`npx electron .\`) again.
Meanwhile the same explorer, with the same data, runs in your browser from a loopback-only preview server:`;

/** Runs a child process with this terminal; resolves to its exit code. */
function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

await buildRenderer();
await buildElectron();
const electron = findElectronBinary();
if (electron) {
  process.exitCode = await run(electron, ['.']);
} else {
  console.log(`\n${MISSING_ELECTRON}\n`);
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  process.exitCode = await run(process.execPath, [tsx, 'scripts/preview.ts', '--no-build']);
}
