/**
 * Child process of the kill test: applies edits to a library's edits file in a loop and prints
 * `confirmed <title>` after each write has returned, until it is killed.
 * Usage: node --import tsx tests/services/kill-writer.ts <edits.json> <run>
 */
import { newRecordBase, openEditStore } from '../../electron/services/edits/store';

const [path, run] = process.argv.slice(2);
if (!path || !run) throw new Error('usage: kill-writer <edits.json> <run>');
const store = await openEditStore(path);
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const title = `run ${run} edit ${i}`;
  await store.change('Change title', (edits) => [
    ...edits,
    { ...newRecordBase(), op: 'change', target: { id: `event-${i % 7}` }, patch: { title } },
  ]);
  process.stdout.write(`confirmed ${title}\n`);
}
