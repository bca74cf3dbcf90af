/**
 * A NewslineService over synthetic events, for the UI benchmark and for looking at the page
 * with many events. Deterministic: the same seed gives the same events.
 */
import {
  DEFAULT_VIEW_STATE,
  type CurationApi,
  type ImportProgress,
  type NewslineService,
  type Snapshot,
  type StoriesApi,
  type StoryList,
  type ViewState,
} from '../../electron/shared/contract';
import type {
  ActorKind,
  ActorSummary,
  ArticleInfo,
  EventActor,
  NewsEvent,
  Precision,
  Problem,
} from '../../electron/shared/model';
import { openCuration } from '../../electron/services/curation';
import { createEventFinder } from '../../electron/services/event-search';
import { inDateOrder } from '../../electron/services/time-order';
import { seededRandom } from '../seeded-random';

const KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'group'];
const VERBS = [
  'meets',
  'criticises',
  'praises',
  'warns',
  'signs deal with',
  'rejects offer from',
  'calls on',
];
const DAY = 86_400_000;

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

export interface SyntheticOptions {
  events: number;
  actors: number;
  /** First and last day of the events, YYYY-MM-DD. */
  from?: string;
  to?: string;
  seed?: number;
  /** View state to start with (a saved window, hidden actors). */
  view?: ViewState;
}

/** Synthetic articles, events and actors with a realistic mix of precisions, actors and sources. */
export function syntheticSnapshot(options: SyntheticOptions): Snapshot {
  const rand = seededRandom(options.seed ?? 7);
  const from = Date.parse(options.from ?? '2023-01-01');
  const to = Date.parse(options.to ?? '2025-12-31');
  const actorList = Array.from({ length: options.actors }, (_, i) => ({
    name: `Actor ${String(i + 1).padStart(2, '0')}`,
    kind: KINDS[i % KINDS.length] as ActorKind,
  }));
  const articleCount = Math.max(1, Math.round(options.events / 8));
  const articles: ArticleInfo[] = Array.from({ length: articleCount }, (_, i) => ({
    id: `art-${i}`,
    title: `Synthetic report ${i + 1}`,
    published: iso(from + Math.floor(rand() * (to - from))),
    file: `synthetic-${Math.floor(i / 10)}.md`,
    origin: 'sample',
    start: 0,
    end: 100,
  }));
  const counts = new Map<string, number>();
  const events: NewsEvent[] = [];
  for (let i = 0; i < options.events; i++) {
    const day = from + Math.floor(rand() * ((to - from) / DAY)) * DAY;
    const r = rand();
    const precision: Precision = r < 0.75 ? 'day' : r < 0.88 ? 'month' : r < 0.94 ? 'year' : 'approximate';
    const a = actorList[Math.floor(rand() * actorList.length)] ?? actorList[0]!;
    const b = actorList[Math.floor(rand() * actorList.length)] ?? actorList[0]!;
    const actors: EventActor[] = [{ ...a, role: 'source' }];
    if (b.name !== a.name && rand() < 0.6) actors.push({ ...b, role: 'target' });
    for (const x of actors) counts.set(x.name, (counts.get(x.name) ?? 0) + 1);
    const verb = VERBS[Math.floor(rand() * VERBS.length)] ?? 'meets';
    const title = actors.length > 1 ? `${a.name} ${verb} ${b.name}` : `${a.name} makes a statement`;
    const d = iso(day);
    const start = precision === 'month' ? d.slice(0, 7) : precision === 'year' ? d.slice(0, 4) : d;
    const article = articles[Math.floor(rand() * articles.length)] ?? articles[0]!;
    events.push({
      id: `ev-${i}`,
      title,
      start,
      ...(precision === 'approximate' ? { end: iso(day + 21 * DAY) } : {}),
      precision,
      basis: precision === 'day' ? 'explicit' : 'relative',
      ...(precision === 'approximate'
        ? { approximation: { relation: 'before' as const, anchor: iso(day + 21 * DAY), amount: '3 weeks' } }
        : {}),
      actors,
      cameo: String(1 + Math.floor(rand() * 20)).padStart(2, '0'),
      sources: [
        { articleId: article.id, quote: `${title}, officials said on the record.`, start: 0, end: 40 },
      ],
    });
  }
  const actors: ActorSummary[] = actorList.map((x) => ({ ...x, count: counts.get(x.name) ?? 0 }));
  // In date order, as the service hands them over.
  return { articles, events: inDateOrder(events), actors, problems: [] };
}

/** A service answering every request from a synthetic snapshot; the view state lives in memory. */
export function createSyntheticService(options: SyntheticOptions): NewslineService {
  const snapshot = syntheticSnapshot(options);
  let view: ViewState = options.view ?? { ...DEFAULT_VIEW_STATE };
  let progress: ImportProgress | null = null;
  return {
    getSnapshot: async () => snapshot,
    ...createEventFinder(async () => snapshot),
    getArticleText: async (id) => {
      const article = snapshot.articles.find((a) => a.id === id);
      if (!article) throw new Error(`No article ${id}`);
      return { article, text: '' };
    },
    inspectImport: async (files) =>
      files.map((f) => ({ name: f.name, articles: 1, needsDate: true, suggestedDate: iso(f.lastModified) })),
    importArticles: async () => {
      progress = null;
      return { imported: [], failed: [], alreadyInLibrary: 0, cancelled: false, snapshot };
    },
    getImportProgress: async () => progress,
    cancelImport: async () => undefined,
    getViewState: async () => view,
    saveViewState: async (state) => {
      view = state;
    },
    ...readOnlyCuration(snapshot),
    ...oneSyntheticStory(snapshot),
  };
}

/** The synthetic library as the one story there is: no other can be made. */
function oneSyntheticStory(snapshot: Snapshot): StoriesApi {
  const refuse = async (): Promise<never> => {
    throw new Error('The synthetic library has one story.');
  };
  const list: StoryList = {
    current: 'synthetic',
    stories: [
      {
        id: 'synthetic',
        name: 'Synthetic',
        sample: false,
        articles: snapshot.articles.length,
        events: snapshot.events.length,
      },
    ],
    problems: [],
  };
  return {
    listStories: async () => list,
    createStory: refuse,
    renameStory: refuse,
    deleteStory: refuse,
    switchStory: async () => snapshot,
    removeArticles: refuse,
  };
}

/** Curation requests of a read-only synthetic library: no edits, no saved views, empty exports. */
function readOnlyCuration(snapshot: Snapshot): CurationApi {
  const refuse = async (): Promise<never> => {
    throw new Error('The synthetic library cannot be edited.');
  };
  const file = async () => ({ fileName: 'events.json', mimeType: 'application/json', content: '{}' });
  return {
    editEvent: refuse,
    hideEvent: refuse,
    revertEvent: refuse,
    addEvent: refuse,
    mergeEvents: refuse,
    splitEvent: refuse,
    editActors: refuse,
    undo: async () => snapshot,
    redo: async () => snapshot,
    listViews: async () => [],
    saveView: refuse,
    renameView: refuse,
    deleteView: refuse,
    exportEvents: file,
    importEvents: refuse,
  };
}

/**
 * A synthetic library that takes edits as the app does: the real curation (edits.json in `dir`,
 * applied over the synthetic events, undo and redo) over the events of `createSyntheticService`.
 */
export async function createEditableSyntheticService(
  options: SyntheticOptions,
  dir: string,
): Promise<NewslineService> {
  const base = createSyntheticService(options);
  const machine = await base.getSnapshot();
  // the same list each time, as the app's library gives it: a new one would make every request a new snapshot
  const problems: readonly Problem[] = [];
  const curation = await openCuration(dir, {
    ready: Promise.resolve(),
    machineEvents: () => machine.events,
    articles: () => machine.articles,
    problems: () => problems,
    articleText: (id) => base.getArticleText(id),
  });
  const current = async () => curation.snapshot();
  // as the app does once a library is loaded: the edited events in memory for the first edit
  curation.warm();
  return { ...base, ...curation.requests, getSnapshot: current, ...createEventFinder(current) };
}
