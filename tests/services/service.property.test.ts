/**
 * Property tests through the service, as the page calls it (fast-check, 1,000 generated cases
 * each): any bytes as an article file, any JSON as an events file. The service never throws
 * anything but an Error with a one-line message, lists every file it refuses with the reason, and
 * after a restart still has every article and edit it accepted.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewslineService } from '../../electron/services/index';
import type { NewslineService, Snapshot } from '../../electron/shared/contract';
import { parseRequest } from '../../electron/shared/schemas';
import { scratchDir } from '../scratch-dir';
import { fakeExtractFile } from './fake-extractor';
import { PROPERTY_RUNS } from '../property-runs';

let root: string;
const article = (...lines: string[]): string =>
  `---\ntitle: T\npublished: 2025-01-14\n---\n${lines.join('\n')}\n`;

beforeAll(async () => {
  root = await scratchDir('newsline-service-props-');
  await mkdir(join(root, 'sample'));
  await writeFile(
    join(root, 'sample', 'a.md'),
    article(
      'Talks offered',
      'Russian Foreign Minister Sergey Lavrov said on Tuesday that Russia is open to talks.',
      'Ukrainian President Volodymyr Zelensky rejected the offer on Wednesday.',
    ),
  );
  await mkdir(join(root, 'fake-sample'));
  await writeFile(
    join(root, 'fake-sample', 'a.md'),
    article('Talks offered', 'Lavrov: offered talks', 'Zelensky: rejected the offer', 'Biden: called Putin'),
  );
});
afterAll(() => rm(root, { recursive: true, force: true }));

let dirs = 0;
const openFresh = () =>
  createNewslineService({ sampleDir: join(root, 'sample'), userDataDir: join(root, `user-${(dirs += 1)}`) });
const reopen = (service: { dir: string }) =>
  createNewslineService({ sampleDir: join(root, 'sample'), userDataDir: service.dir });

/** Calls the service as IPC and the preview do (contract first); an exception must be an Error with one line. */
async function ask<T>(work: () => Promise<T>): Promise<{ value?: T; refusal?: string }> {
  try {
    return { value: await work() };
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).not.toContain('\n');
    expect(message.length).toBeGreaterThan(10);
    return { refusal: message };
  }
}

const libraryTitles = (snapshot: Snapshot) =>
  snapshot.articles
    .filter((a) => a.origin === 'library')
    .map((a) => `${a.file}:${a.title}`)
    .sort();

describe('the service under generated input', () => {
  it(`any bytes as an article: imported and kept, or refused with a reason (${PROPERTY_RUNS} cases)`, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(
          fc.string({ maxLength: 80 }),
          fc.constantFrom('', '---\npublished: 2025-02-01\n---\n', '---\npublished: soon\n---\n'),
        )
        .map(([s, front]) => new TextEncoder().encode(`${front}Lavrov said on Monday that ${s}`)),
    );
    const state = { dir: '', service: undefined as NewslineService | undefined };
    let imported = 0;
    let refused = 0;
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(bytes, fc.string({ maxLength: 20 }), async (content, stem) => {
        if (!state.service || (imported + refused) % 100 === 0) {
          state.service = await openFresh();
          state.dir = join(root, `user-${dirs}`);
        }
        const service = state.service;
        // What a page reading the file as text gives (invalid UTF-8 becomes U+FFFD there).
        const text = new TextDecoder().decode(content);
        const file = { name: `${stem}.md`, content: text, lastModified: 0, published: '2025-03-01' };
        const answer = await ask(async () =>
          service.importArticles(...parseRequest('importArticles', [[file]])),
        );
        if (answer.refusal) {
          refused += 1;
          return;
        }
        const result = answer.value!;
        expect(result.imported.length > 0 || result.failed.length === 1).toBe(true);
        for (const failure of result.failed) expect(failure.message.length).toBeGreaterThan(5);
        if (result.imported.length > 0) {
          imported += 1;
          for (const a of result.imported) seen.add(`${state.dir}|${a.file}`);
        } else refused += 1;
        if ((imported + refused) % 100 === 99) {
          // Restart: every article accepted is there again.
          const before = libraryTitles(await service.getSnapshot());
          const again = await reopen(state);
          expect(libraryTitles(await again.getSnapshot())).toEqual(before);
        }
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_206 },
    );
    console.log(
      `article property: ${PROPERTY_RUNS} files, ${imported} imported, ${refused} refused with a reason`,
    );
    expect(imported).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it(`any JSON as an events file: restored and kept, or refused with a reason (${PROPERTY_RUNS} cases)`, async () => {
    const service = await openFresh();
    const dir = join(root, `user-${dirs}`);
    const snapshot = await service.getSnapshot();
    const exported = JSON.parse(
      (
        await service.exportEvents(
          'json',
          snapshot.events.map((e) => e.id),
        )
      ).content,
    ) as { events: Record<string, unknown>[] };
    const text = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('', '   ', '\t', 'x'.repeat(501)));
    // The exported file with any field of any event replaced by any JSON, or blank text.
    const mutated = fc
      .tuple(
        fc.nat(exported.events.length - 1),
        fc.constantFrom('title', 'start', 'end', 'precision', 'actors', 'cameo', 'sources', 'id'),
        fc.oneof(
          fc.jsonValue({ maxDepth: 2 }),
          text,
          fc.array(
            fc.record({
              name: text,
              kind: fc.constantFrom('person', 'x'),
              role: fc.constantFrom('source', 'target'),
            }),
            { maxLength: 60 },
          ),
        ),
      )
      .map(([index, field, value]) => {
        const file = structuredClone(exported);
        file.events[index] = { ...file.events[index], [field]: value };
        return JSON.stringify(file);
      });
    // The file as exported with its titles and actor names retyped (spaces around, changed words).
    const retyped = fc
      .tuple(
        fc.nat(exported.events.length - 1),
        fc.string({ minLength: 1, maxLength: 8 }),
        fc.constantFrom('', ' ', '\t'),
      )
      .map(([index, word, pad]) => {
        const file = structuredClone(exported);
        const event = file.events[index] as { title: string; actors: { name: string }[] };
        event.title = `${pad}${event.title} ${word}${pad}`;
        for (const actor of event.actors) actor.name = `${pad}${actor.name}${pad}`;
        return JSON.stringify(file);
      });
    const input = fc.oneof(
      { weight: 3, arbitrary: mutated },
      { weight: 2, arbitrary: retyped },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    );
    let accepted = 0;
    let refused = 0;
    let current = service;
    await fc.assert(
      fc.asyncProperty(input, async (json) => {
        const answer = await ask(async () => current.importEvents(...parseRequest('importEvents', [json])));
        if (answer.refusal) {
          refused += 1;
          expect(answer.refusal).toMatch(
            /^(Invalid arguments for importEvents|The file is not JSON\.|Not a Newsline events file \(.+\)\.|Not saved: )/,
          );
        } else accepted += 1;
        // Every edit made so far is still there after a restart (now and then: restarts cost).
        if ((accepted + refused) % 50 === 0) {
          const before = await current.getSnapshot();
          current = await createNewslineService({ sampleDir: join(root, 'sample'), userDataDir: dir });
          const after = await current.getSnapshot();
          expect(after.history?.edits).toBe(before.history?.edits);
          expect(after.problems).toEqual([]);
          expect(after.events.map((e) => e.title).sort()).toEqual(before.events.map((e) => e.title).sort());
        }
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_207 },
    );
    console.log(
      `events-file property: ${PROPERTY_RUNS} files, ${accepted} imported, ${refused} refused with a reason`,
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});

describe('the service under generated sessions', () => {
  // a thousand generated sessions take ~10 s on a quiet machine; the time limit only catches a hang
  it(`any sequence of edits, undo, redo, imports, saved views and restarts keeps what was accepted (${PROPERTY_RUNS} cases)`, async () => {
    const runExtraction = async (input: Parameters<typeof fakeExtractFile>[0]) => fakeExtractFile(input);
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom('', ' ', '\t', ' Lavrov ', 'x'.repeat(501)),
    );
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('edit' as const),
        index: fc.nat(3),
        patch: fc.record({ title: text, cameo: fc.constantFrom('03', '21', null) }, { requiredKeys: [] }),
      }),
      fc.record({ kind: fc.constant('hide' as const), index: fc.nat(3), hidden: fc.boolean() }),
      fc.constant({ kind: 'undo' as const }),
      fc.constant({ kind: 'redo' as const }),
      fc.record({ kind: fc.constant('import' as const), title: text, actor: text }),
      fc.record({ kind: fc.constant('view' as const), name: text }),
      fc.constant({ kind: 'restart' as const }),
    );
    let steps = 0;
    let refused = 0;
    let restarts = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (session) => {
        const userDataDir = join(root, `session-${(dirs += 1)}`);
        const start = () =>
          createNewslineService({ sampleDir: join(root, 'fake-sample'), userDataDir, runExtraction });
        let service = await start();
        for (const s of session) {
          steps += 1;
          const snapshot = await service.getSnapshot();
          const target = snapshot.events[('index' in s ? s.index : 0) % Math.max(1, snapshot.events.length)];
          let work: () => Promise<unknown>;
          switch (s.kind) {
            case 'restart': {
              const views = await service.listViews();
              service = await start();
              restarts += 1;
              const again = await service.getSnapshot();
              expect(again.history?.edits, 'every accepted edit after a restart').toBe(
                snapshot.history?.edits,
              );
              expect(again.events).toEqual(snapshot.events);
              expect(again.problems).toEqual([]);
              expect(await service.listViews()).toEqual(views);
              continue;
            }
            case 'edit':
              work = () => service.editEvent(...parseRequest('editEvent', [target?.id ?? 'none', s.patch]));
              break;
            case 'hide':
              work = () => service.hideEvent(...parseRequest('hideEvent', [target?.id ?? 'none', s.hidden]));
              break;
            case 'undo':
              work = () => service.undo();
              break;
            case 'redo':
              work = () => service.redo();
              break;
            case 'view':
              work = () =>
                service.saveView(...parseRequest('saveView', [s.name, { hiddenActors: [], mode: 'any' }]));
              break;
            case 'import': {
              const exported = JSON.parse(
                (
                  await service.exportEvents(
                    'json',
                    snapshot.events.map((e) => e.id),
                  )
                ).content,
              ) as {
                events: { title: string; actors: { name: string }[] }[];
              };
              const first = exported.events[0];
              if (first) {
                first.title = s.title;
                if (first.actors[0]) first.actors[0].name = s.actor;
              }
              work = () => service.importEvents(...parseRequest('importEvents', [JSON.stringify(exported)]));
              break;
            }
          }
          const answer = await ask(work);
          if (answer.refusal) refused += 1;
        }
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_208 },
    );
    console.log(
      `session property: ${PROPERTY_RUNS} sessions, ${steps} steps (${restarts} restarts), ${refused} refused with a reason`,
    );
    expect(restarts).toBeGreaterThan(0);
  }, 90_000);
});
