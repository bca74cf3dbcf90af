/**
 * Child process of the kill test: holds the library lock (taking over the stale lock a killed
 * writer left) and, until it is killed, writes in turn an edit (edits.json), a saved view
 * (views.json) and an imported article (an article file in the library, written as import
 * does), printing `confirmed <kind> <name>` after each write has returned.
 * Usage: node --import tsx tests/services/kill-writer.ts <userDataDir> <run>
 */
import { join } from 'node:path';
import { writeFileAtomic } from '../../electron/services/atomic-write';
import { CURATION_FILES } from '../../electron/services/curation';
import { newRecordBase, openEditStore } from '../../electron/services/edits/store';
import { userDataPaths } from '../../electron/services/index';
import { acquireLibraryLock } from '../../electron/services/library-lock';
import { openSavedViews } from '../../electron/services/saved-views';

const [userDataDir, run] = process.argv.slice(2);
if (!userDataDir || !run) throw new Error('usage: kill-writer <userDataDir> <run>');
const library = userDataPaths(userDataDir).library;
await acquireLibraryLock(userDataDir, 'the kill test');
const edits = await openEditStore(join(library, CURATION_FILES.edits));
const views = await openSavedViews(join(library, CURATION_FILES.views));
process.stdout.write('ready\n');
for (let i = 0; ; i += 1) {
  const name = `run ${run} item ${i}`;
  if (i % 3 === 0) {
    await edits.change('Change title', (list) => [
      ...list,
      { ...newRecordBase(), op: 'change', target: { id: `event-${i % 7}` }, patch: { title: name } },
    ]);
    process.stdout.write(`confirmed edit ${name}\n`);
  } else if (i % 3 === 1) {
    await views.save(name, { hiddenActors: [`Actor ${i}`], mode: i % 2 ? 'all' : 'any' });
    process.stdout.write(`confirmed view ${name}\n`);
  } else {
    const file = `${name}.md`;
    await writeFileAtomic(
      join(library, file),
      `---\npublished: 2025-01-14\n---\n${name}\nLavrov: spoke ${i}\n`,
    );
    process.stdout.write(`confirmed article ${file}\n`);
  }
}
