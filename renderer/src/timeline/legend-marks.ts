/**
 * What the marks of the timeline mean, in one place: the legend under the timeline and the one of
 * a shared picture or PDF both read it. Each mark names the class of its swatch (styled with the
 * items it explains: marks.css, legend.css) and when it applies, so a legend lists only the marks
 * in use.
 */
import type { ActorKind, EventActor } from '../../../electron/shared/model';
import type { PageEvent } from '../../../electron/shared/contract';
import { placeEvent } from '../lib/event-dates';
import type { BucketUnit } from './aggregate';
import { quadClass } from './items';

/** What is drawn, as far as the legend is concerned. */
export interface LegendContext {
  /** Quad classes (0 for not classified) of the events shown. */
  quads: ReadonlySet<number>;
  /** Some event shown is a bar (a month, a year, an approximate date, a span). */
  bars: boolean;
  /** How events are told when not as plain facts, among those shown. */
  modalities: ReadonlySet<NonNullable<PageEvent['modality']>>;
  /** One lane per actor. */
  lanes: boolean;
  /** Kinds of the actors with a lane (of the events shown, but the actors switched off). */
  laneKinds: ReadonlySet<ActorKind>;
  /** Counted per period (the unit) instead of drawn one by one; null when drawn one by one. */
  bands: BucketUnit | null;
  /** A search is active: the matches are marked. */
  searching: boolean;
}

export interface LegendMark {
  key: string;
  /** The class names of the swatch drawn before the label. */
  swatch: string;
  label: string;
}

interface MarkRule {
  key: string;
  swatch: string;
  label: string | ((c: LegendContext) => string);
  applies(c: LegendContext): boolean;
}

const detail = (c: LegendContext) => c.bands === null;
const quad = (n: number, label: string): MarkRule => ({
  key: `q${n}`,
  swatch: `swatch kind-mark nl-q${n}`,
  label,
  applies: (c) => detail(c) && c.quads.has(n),
});

const lane = (kind: ActorKind, label: string): MarkRule => ({
  key: `lane-${kind}`,
  swatch: `swatch lane nl-lane-${kind}`,
  label,
  applies: (c) => c.lanes && c.laneKinds.has(kind),
});

/** Every mark, in the order a legend lists them. Adjust colours' meaning here and in the styles. */
const RULES: readonly MarkRule[] = [
  quad(1, 'Verbal cooperation'),
  quad(2, 'Material cooperation'),
  quad(3, 'Verbal conflict'),
  quad(4, 'Material conflict'),
  quad(0, 'Kind not classified'),
  {
    key: 'bar',
    swatch: 'swatch span-mark',
    label: 'Dashed: month, year or approximate date',
    applies: (c) => detail(c) && c.bars,
  },
  {
    key: 'told',
    swatch: 'swatch told',
    label: 'Italics: planned or only reported',
    applies: (c) => detail(c) && (c.modalities.has('planned') || c.modalities.has('reported')),
  },
  {
    key: 'negated',
    swatch: 'swatch negated',
    label: 'Struck through: did not happen',
    applies: (c) => detail(c) && c.modalities.has('negated'),
  },
  {
    key: 'match',
    swatch: 'swatch match-mark',
    label: 'Ringed: matches the search',
    applies: (c) => detail(c) && c.searching,
  },
  {
    key: 'band',
    swatch: 'swatch band',
    label: (c) => `Band: number of events per ${c.bands ?? 'period'} (darker: more)`,
    applies: (c) => c.bands !== null,
  },
  lane('country', 'Country lane'),
  lane('organization', 'Organisation lane'),
  lane('group', 'Group lane'),
  lane('person', 'Person lane'),
];

/** The marks in use in this context, in order. */
export function legendMarks(context: LegendContext): LegendMark[] {
  return RULES.filter((r) => r.applies(context)).map((r) => ({
    key: r.key,
    swatch: r.swatch,
    label: typeof r.label === 'string' ? r.label : r.label(context),
  }));
}

/** What the events shown put on the timeline: their kinds, bars, ways of telling and actors' lanes. */
export function marksOfEvents(
  events: readonly Pick<PageEvent, 'cameo' | 'precision' | 'start' | 'end' | 'modality' | 'actors'>[],
  hiddenActors: ReadonlySet<string> = new Set(),
): Pick<LegendContext, 'quads' | 'bars' | 'modalities' | 'laneKinds'> {
  const quads = new Set<number>();
  const modalities = new Set<NonNullable<PageEvent['modality']>>();
  const laneKinds = new Set<ActorKind>();
  let bars = false;
  // events share codes and lists of actors (the snapshot shares each list): each read once
  const cameos = new Set<string | null>();
  const lists = new Set<readonly EventActor[]>();
  for (const e of events) {
    if (!cameos.has(e.cameo)) {
      cameos.add(e.cameo);
      quads.add(quadClass(e.cameo));
    }
    if (!bars && placeEvent(e)?.end !== undefined) bars = true;
    if (e.modality) modalities.add(e.modality);
    if (lists.has(e.actors)) continue;
    lists.add(e.actors);
    for (const a of e.actors) if (!hiddenActors.has(a.name)) laneKinds.add(a.kind);
  }
  return { quads, bars, modalities, laneKinds };
}
