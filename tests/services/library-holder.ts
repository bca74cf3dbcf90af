/**
 * Child process of the two-windows test: opens a library's services (as a second window would)
 * and makes one edit each time it reads a line naming an event id, printing `confirmed <id>`.
 * Prints `ready` once open, or `refused <message>` when the library is held by another process.
 * Usage: node --import tsx tests/services/library-holder.ts <sampleDir> <userDataDir>
 */
import { createInterface } from 'node:readline';
import { createNewslineService } from '../../electron/services/index';
import { fakeExtractFile } from './fake-extractor';

const [sampleDir, userDataDir] = process.argv.slice(2);
if (!sampleDir || !userDataDir) throw new Error('usage: library-holder <sampleDir> <userDataDir>');
let service;
try {
  service = await createNewslineService({
    sampleDir,
    userDataDir,
    runExtraction: async (input) => fakeExtractFile(input),
  });
  await service.getSnapshot();
} catch (error) {
  process.stdout.write(`refused ${(error as Error).message}\n`);
  process.exit(0);
}
process.stdout.write('ready\n');
for await (const line of createInterface({ input: process.stdin })) {
  const [eventId, title] = line.split('\t');
  if (!eventId || !title) continue;
  await service.editEvent(eventId, { title });
  process.stdout.write(`confirmed ${eventId}\n`);
}
