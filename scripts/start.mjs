// `npm start`: builds the app and launches it in Electron. Where Electron's binary is not
// installed, says so and serves the same explorer from the loopback preview instead.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildElectron, buildRenderer } from './build.mjs';
import { findElectronBinary } from './electron-binary.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

const MISSING_ELECTRON = `Electron's binary is not installed here, so Newsline cannot open its desktop window.
npm installs it from Electron's GitHub releases (https://github.com/electron/electron/releases),
which this network does not reach. To get it, allow access to github.com (or set ELECTRON_MIRROR
to a mirror of Electron's releases), then run \`npm install electron --force\` (or delete
node_modules/electron and run \`npm install\`) and \`npm start\` again; \`npx electron .\` also
works once the binary is there. Meanwhile, the same explorer runs in your browser from a
loopback-only preview server:`;

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
