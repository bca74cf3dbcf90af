/**
 * The legend's marks of the events shown (legend-marks.ts `marksOfEvents`) after an edit, from
 * the marks before it: those of the events put in are added; a mark of the events taken out
 * stays only while another event shown still has it (looked for until one is found). The result
 * equals `marksOfEvents` of the list shown (tests/page-edits/columns-and-filters.property.test.ts).
 */
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from '../lib/event-dates';
import { shownPatchOf } from '../lib/facets-patch';
import { quadClass } from './items';
import { marksOfEvents } from './legend-marks';

type Marks = ReturnType<typeof marksOfEvents>;

const marksOf = new WeakMap<readonly PageEvent[], { hidden: ReadonlySet<string>; marks: Marks }>();

/** `marksOfEvents(shown, hidden)`; after an edit (the same actors hidden), the marks before it updated. */
export function marksAfterEdit(shown: readonly PageEvent[], hidden: ReadonlySet<string>): Marks {
  const known = marksOf.get(shown);
  if (known?.hidden === hidden) return known.marks;
  const patch = shownPatchOf(shown);
  const before = patch && marksOf.get(patch.before);
  const marks =
    patch && before?.hidden === hidden
      ? patchMarks(before.marks, shown, patch.out, patch.in, hidden)
      : marksOfEvents(shown, hidden);
  marksOf.set(shown, { hidden, marks });
  return marks;
}

function patchMarks(
  before: Marks,
  shown: readonly PageEvent[],
  out: readonly PageEvent[],
  inn: readonly PageEvent[],
  hidden: ReadonlySet<string>,
): Marks {
  const added = marksOfEvents(inn, hidden);
  const quads = new Set([...before.quads, ...added.quads]);
  const modalities = new Set([...before.modalities, ...added.modalities]);
  const laneKinds = new Set([...before.laneKinds, ...added.laneKinds]);
  let bars = before.bars || added.bars;
  const taken = marksOfEvents(out, hidden);
  const still = (has: (e: PageEvent) => boolean) => shown.some(has);
  for (const q of taken.quads)
    if (!added.quads.has(q) && !still((e) => quadClass(e.cameo) === q)) quads.delete(q);
  for (const m of taken.modalities)
    if (!added.modalities.has(m) && !still((e) => e.modality === m)) modalities.delete(m);
  for (const k of taken.laneKinds)
    if (!added.laneKinds.has(k) && !still((e) => e.actors.some((a) => a.kind === k && !hidden.has(a.name))))
      laneKinds.delete(k);
  if (taken.bars && !added.bars) bars = still((e) => placeEvent(e)?.end !== undefined);
  return { quads, bars, modalities, laneKinds };
}
