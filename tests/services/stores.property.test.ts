/**
 * Property tests of the stores (fast-check, 1,000 generated cases each): any sequence of edits,
 * undo, redo and restarts; any string as a saved view's name and any value as its state; any
 * value as the view state. The stores never throw anything but an Error with a message, never
 * write what they could not read back, and never lose a record they accepted.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditRecord } from '../../electron/services/edits/records';
import { openEditStore } from '../../electron/services/edits/store';
import { openSavedViews } from '../../electron/services/saved-views';
import { openViewState } from '../../electron/services/view-state';
import { parseRequest } from '../../electron/shared/schemas';
import { PROPERTY_RUNS } from '../property-runs';
import { scratchDir } from '../scratch-dir';

let dir: string;
let n = 0;
const fresh = (name: string): string => join(dir, `${(n += 1)}-${name}`);
beforeAll(async () => {
  dir = await scratchDir('newsline-props-');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Strings a person or another program may give: blank, spaced, control characters, any Unicode. */
const anyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.constantFrom('', ' ', '\t\n', '  x  ', '\u0000', '\u202e', '🗞', 'a'.repeat(600)),
);

/** An edit record, valid or not in every field. */
const editRecord: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({
    id: fc.oneof(fc.uuid(), anyText),
    at: fc.constant('2026-12-03T08:00:00.000Z'),
    op: fc.constant('change'),
    target: fc.record({ id: anyText, quote: fc.option(anyText, { nil: undefined }) }),
    patch: fc.record(
      {
        title: anyText,
        start: fc.oneof(fc.constantFrom('2025', '2025-01', '2025-01-14'), anyText),
        precision: fc.constantFrom('day', 'month', 'year', 'approximate', 'week'),
        cameo: fc.oneof(fc.constantFrom(null, '01', '20', '21'), anyText),
        actors: fc.array(
          fc.record({
            name: anyText,
            kind: fc.constantFrom('person', 'country', 'planet'),
            role: fc.constantFrom('source', 'target'),
          }),
          { maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    id: fc.uuid(),
    at: fc.constant('2026-12-03T08:00:00.000Z'),
    op: fc.constantFrom('hide', 'merge', 'split', 'explode'),
    target: fc.record({ id: anyText }),
    targets: fc.array(fc.record({ id: anyText }), { maxLength: 3 }),
    quotes: fc.array(anyText, { maxLength: 2 }),
  }),
  fc.jsonValue({ maxDepth: 3 }),
);

type Command = { kind: 'edit'; record: unknown } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'restart' };
const command: fc.Arbitrary<Command> = fc.oneof(
  { weight: 4, arbitrary: editRecord.map((record) => ({ kind: 'edit' as const, record })) },
  { weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'restart' as const }) },
);

/** Runs `work`; an exception must be an Error with a one-line message (what the page shows). */
async function refusalOf(work: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await work();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).not.toContain('\n');
    return message;
  }
}

const asJson = (value: unknown): string => JSON.stringify(value);

describe('stores under generated input', () => {
  it(`edits: any sequence of edits, undo, redo and restarts loses nothing accepted (${PROPERTY_RUNS} cases)`, async () => {
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 10 }), async (commands) => {
        const path = fresh('edits.json');
        let store = await openEditStore(path);
        for (const c of commands) {
          if (c.kind === 'restart') {
            const before = asJson(store.current());
            store = await openEditStore(path);
            expect(asJson(store.current()), 'every accepted edit is read back as it was').toBe(before);
            expect(store.loadProblems()).toEqual([]);
          } else if (c.kind === 'undo') await store.undo();
          else if (c.kind === 'redo') await store.redo();
          else {
            const before = store.current();
            const refusal = await refusalOf(() =>
              store.change('Edit', (edits) => [...edits, c.record as EditRecord]),
            );
            if (refusal) {
              refused += 1;
              expect(refusal).toMatch(/^Not saved: the edit is not valid \(\d+(\.\w+)*: .+\)\.$/);
              expect(store.current()).toBe(before);
            } else accepted += 1;
          }
        }
        const last = asJson(store.current());
        expect(asJson((await openEditStore(path)).current())).toBe(last);
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_203 },
    );
    console.log(
      `edits property: ${PROPERTY_RUNS} cases, ${accepted} edits accepted, ${refused} refused with a reason`,
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it(`saved views: any string as a name and any value as a state (${PROPERTY_RUNS} cases)`, async () => {
    const viewState = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({
          hiddenActors: fc.array(fc.string(), { maxLength: 3 }),
          mode: fc.constantFrom('any', 'all'),
        }),
      },
      fc.record(
        {
          hiddenActors: fc.array(anyText, { maxLength: 3 }),
          mode: fc.constantFrom('any', 'all', 'some'),
          search: anyText,
          dateFrom: fc.constantFrom('2025-01-01', '2025-13-45', ''),
          colourScheme: fc.constant('sepia'),
        },
        { requiredKeys: ['hiddenActors', 'mode'] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('save' as const),
        name: fc.oneof(fc.string({ minLength: 1 }), anyText),
        state: viewState,
      }),
      fc.record({ kind: fc.constant('rename' as const), index: fc.nat(4), name: anyText }),
      fc.record({ kind: fc.constant('remove' as const), index: fc.nat(4) }),
      fc.constant({ kind: 'restart' as const }),
    );
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 8 }), async (ops) => {
        const path = fresh('views.json');
        let views = await openSavedViews(path);
        for (const o of ops) {
          if (o.kind === 'restart') {
            const before = asJson(views.list());
            views = await openSavedViews(path);
            expect(asJson(views.list())).toBe(before);
            expect(views.loadProblems()).toEqual([]);
            continue;
          }
          const id = o.kind === 'save' ? '' : (views.list()[o.index]?.id ?? 'gone');
          // As IPC and the preview do: the contract's schema first, then the store.
          const refusal = await refusalOf(async () => {
            if (o.kind === 'save') await views.save(...parseRequest('saveView', [o.name, o.state]));
            else if (o.kind === 'rename') await views.rename(...parseRequest('renameView', [id, o.name]));
            else await views.remove(...parseRequest('deleteView', [id]));
          });
          if (refusal) {
            refused += 1;
            expect(refusal).toMatch(/^Invalid arguments for \w+|no longer exists|exists already/);
          } else accepted += 1;
        }
        const last = asJson(views.list());
        expect(asJson((await openSavedViews(path)).list())).toBe(last);
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_204 },
    );
    console.log(
      `views property: ${PROPERTY_RUNS} cases, ${accepted} changes accepted, ${refused} refused with a reason`,
    );
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });

  it(`view state: any value is saved and read back, or refused with a reason (${PROPERTY_RUNS} cases)`, async () => {
    const state = fc.oneof(
      fc.record(
        {
          hiddenActors: fc.array(anyText, { maxLength: 3 }),
          mode: fc.constantFrom('any', 'all'),
          window: fc.record({
            start: fc.constantFrom('2025-01-01T00:00:00Z', 'soon'),
            end: fc.constant('2026-01-01'),
          }),
          selectedEventId: anyText,
          kinds: fc.array(fc.constantFrom('01', 'none', '123456789'), { maxLength: 2 }),
        },
        { requiredKeys: ['hiddenActors', 'mode'] },
      ),
      fc.jsonValue({ maxDepth: 2 }),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(state, { minLength: 1, maxLength: 4 }), async (states) => {
        const path = fresh('view-state.json');
        let kept = asJson((await openViewState(path)).state);
        for (const s of states) {
          const file = await openViewState(path);
          expect(asJson(file.state)).toBe(kept);
          expect(file.problems).toEqual([]);
          const refusal = await refusalOf(async () => {
            kept = asJson(await file.store(...parseRequest('saveViewState', [s])));
          });
          if (refusal) expect(refusal).toMatch(/^Invalid arguments for saveViewState/);
          else accepted += 1;
        }
        expect(asJson((await openViewState(path)).state)).toBe(kept);
      }),
      { numRuns: PROPERTY_RUNS, seed: 20_261_205 },
    );
    expect(accepted).toBeGreaterThan(0);
  });
});
