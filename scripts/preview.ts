// Serves the explorer from the loopback preview server, for machines where Electron cannot run:
// builds the page, loads the bundled sample and the user's library (the same user-data folder the
// app uses; NEWSLINE_USER_DATA overrides) and prints the address to open, token included.
//   npm run preview [-- --no-build] [-- --port 5173]
import { fileURLToPath } from 'node:url';
import { createNewslineService } from '../electron/services/index';
import { createWorkerExtractionRunner, extractionThreads } from '../electron/services/extraction-runner';
import { defaultUserDataDir } from '../electron/services/user-data';
import { startPreviewServer } from '../electron/preview/server';
import { buildExtractWorker, buildRenderer } from './build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 0;

if (!args.includes('--no-build')) await Promise.all([buildRenderer(), buildExtractWorker()]);
const userDataDir = defaultUserDataDir();
let service;
try {
  service = await createNewslineService({
    sampleDir: `${root}/assets/articles`,
    userDataDir,
    runExtraction: createWorkerExtractionRunner(`${root}/dist/electron/extract-worker.cjs`, {
      threads: extractionThreads('app'),
    }),
    holder: 'the preview server',
  });
} catch (error) {
  // Another window has this library open (the app or another preview): say so and stop.
  console.error(`Newsline preview: ${(error as Error).message}`);
  process.exit(1);
}
const server = await startPreviewServer({ service, rendererDir: `${root}/dist/renderer`, port });
console.log(`Newsline preview (loopback only, user data in ${userDataDir}). Open this address:`);
console.log(server.url);
console.log('Press Ctrl+C to stop.');

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
