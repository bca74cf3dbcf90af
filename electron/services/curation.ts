/**
 * Curation: edits by hand kept as a layer over the extracted events (edits.json in the library),
 * undo and redo, saved views (views.json), export and import. Plain Node; the snapshot the page
 * sees is always the machine's events with the edits applied.
 */
import { join } from 'node:path';
import type { ArticleText, CurationApi, ExportedFile, Snapshot } from '../shared/contract';
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import { actorBookOf, summarizeActors } from './actor-summary';
import { actorRecordOf } from './edits/actor-changes';
import { actorEditLabel } from './edits/actor-records';
import { applyEdits } from './edits/apply';
import { refOf, type EditRecord } from './edits/records';
import { newRecordBase, openEditStore, type OutsideStep } from './edits/store';
import { exportCsv } from './export/csv';
import { editsToRestore, parseExportedEvents } from './export/import-json';
import { exportJson } from './export/json';
import { exportTimelineJs } from './export/timelinejs';
import { openSavedViews } from './saved-views';
import { exportKeyDatesCsv, exportKeyDatesMarkdown } from './export/key-dates';
import { withSalience } from './salience';
import { inDateOrder } from './time-order';
import { CuratedEvents } from './curated-events';
import { noteStep } from './snapshot-steps';

/** Names of the curation files in the library folder. */
export const CURATION_FILES = { edits: 'edits.json', views: 'views.json' } as const;

/** What curation needs from the library. */
export interface CurationSource {
  /** Resolves once the library is loaded. */
  ready: Promise<unknown>;
  /** The extracted events (merged across files), before edits. */
  machineEvents(): readonly NewsEvent[];
  articles(): readonly ArticleInfo[];
  /** Problems of the library itself (unreadable files …). */
  problems(): readonly Problem[];
  articleText(articleId: string): Promise<ArticleText>;
}

export interface Curation {
  /** The snapshot: articles, the edited events, actors of the shown events, problems, edits listed. */
  snapshot(): Snapshot;
  requests: CurationApi;
  /** Puts a change made outside the edits (articles removed) in the undo history. */
  recordStep(label: string, step: OutsideStep): Promise<void>;
  /** Takes the edited events into memory ahead of the first edit (once the library is loaded). */
  warm(): void;
}

const today = (): string => new Date().toISOString().slice(0, 10);

/** Opens the edits and saved views of the library in `libraryDir`. */
export async function openCuration(libraryDir: string, source: CurationSource): Promise<Curation> {
  const store = await openEditStore(join(libraryDir, CURATION_FILES.edits));
  const views = await openSavedViews(join(libraryDir, CURATION_FILES.views));
  const fileProblems = [...store.loadProblems(), ...views.loadProblems()];

  // The snapshot is the same object until the events, the edits, the articles or the problems
  // change, so that its packed form (shared/wire.ts) is made once per change, not per request.
  let last: { inputs: readonly unknown[]; history: string; snapshot: Snapshot } | null = null;
  /**
   * The edited events kept in memory once the library is open (see curated-events.ts): an edit,
   * undo or redo moves them by what it touches. Made again when the machine's events or the
   * articles change (an import, articles removed).
   */
  let curated: CuratedEvents | null = null;
  /** The same input: the same object; for the problems (the last input), a list of the same entries. */
  const same = (a: unknown, b: unknown, i: number): boolean =>
    a === b ||
    (i === 3 &&
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((x: unknown, k) => x === b[k]));
  const snapshot = (): Snapshot => {
    const machine = source.machineEvents();
    const articles = source.articles();
    const inputs = [machine, store.current(), articles, source.problems()];
    const history = store.history();
    const historyKey = JSON.stringify(history);
    if (last && last.history === historyKey && inputs.every((input, i) => same(input, last?.inputs[i], i)))
      return last.snapshot;
    let made: Snapshot;
    if (last && curated && curated.machine === machine && curated.articles === articles) {
      const changes = curated.moveTo(store.current());
      made = {
        articles: last.inputs[2] === articles ? last.snapshot.articles : [...articles],
        events: curated.events(),
        actors: curated.actors(),
        problems: [...fileProblems, ...source.problems()],
        hiddenEvents: curated.hiddenEvents(),
        orphanedEdits: curated.orphaned(),
        history: { ...history, edits: store.current().length },
        actorBook: curated.actorBook(),
      };
      noteStep(last.snapshot, made, changes);
    } else {
      curated = null;
      made = makeSnapshot(history);
    }
    last = { inputs, history: historyKey, snapshot: made };
    return made;
  };
  const makeSnapshot = (history: ReturnType<typeof store.history>): Snapshot => {
    const result = applyEdits(source.machineEvents(), store.current());
    // every event the page receives carries its salience, computed after the merge and the edits
    const events = withSalience(inDateOrder(result.events), source.articles());
    const actors = summarizeActors(events, result.actors.kinds);
    return {
      articles: [...source.articles()],
      events,
      actors,
      problems: [...fileProblems, ...source.problems()],
      hiddenEvents: result.hidden,
      orphanedEdits: result.orphaned,
      history: { ...history, edits: store.current().length },
      actorBook: actorBookOf(actors, result.actors),
    };
  };
  /** The edited events as of the edits now (taken over from the snapshot the first time). */
  const applied = (): CuratedEvents => {
    snapshot();
    if (!curated && last)
      curated = new CuratedEvents(
        last.inputs[0] as readonly NewsEvent[],
        last.inputs[2] as readonly ArticleInfo[],
        last.inputs[1] as readonly EditRecord[],
        last.snapshot,
      );
    return curated as CuratedEvents;
  };
  const findEvent = (eventId: string): NewsEvent => {
    const event = applied().find(eventId);
    if (!event) throw new Error('That event no longer exists.');
    return event;
  };
  /** Runs a change once the library is loaded and answers with the new snapshot. */
  const edit = async (
    label: string,
    make: (edits: readonly EditRecord[]) => EditRecord[],
  ): Promise<Snapshot> => {
    await source.ready;
    await store.change(label, make);
    return snapshot();
  };
  const file = (fileName: string, mimeType: string, content: string): ExportedFile => ({
    fileName,
    mimeType,
    content,
  });

  const requests: CurationApi = {
    async editEvent(eventId, patch) {
      await source.ready;
      const event = findEvent(eventId);
      const fields = [
        ...new Set(Object.keys(patch).map((f) => (['start', 'end', 'precision'].includes(f) ? 'date' : f))),
      ];
      return edit(`Change ${fields.join(', ')}`, (edits) => [
        ...edits,
        { ...newRecordBase(), op: 'change', target: refOf(event), patch },
      ]);
    },

    async hideEvent(eventId, hidden) {
      await source.ready;
      const event = findEvent(eventId);
      if (!hidden) {
        const touched = applied().touched();
        return edit('Show event', (edits) =>
          edits.filter((e) => !(e.op === 'hide' && touched.get(e.id)?.includes(event.id))),
        );
      }
      return edit('Hide event', (edits) => [
        ...edits,
        { ...newRecordBase(), op: 'hide', target: refOf(event) },
      ]);
    },

    async revertEvent(eventId) {
      await source.ready;
      findEvent(eventId);
      const touched = applied().touched();
      return edit('Revert event', (edits) => edits.filter((e) => !touched.get(e.id)?.includes(eventId)));
    },

    async addEvent(input) {
      await source.ready;
      const { article, text } = await source.articleText(input.articleId);
      if (input.end <= input.start || text.slice(input.start, input.end) !== input.quote)
        throw new Error('The quote is not the text of the article at those offsets.');
      const base = newRecordBase();
      const event: NewsEvent = {
        id: `user_${base.id}`,
        title: input.title,
        start: input.date?.start ?? article.published,
        ...(input.date?.end ? { end: input.date.end } : {}),
        precision: input.date?.precision ?? 'day',
        basis: input.date ? 'explicit' : 'reported',
        actors: input.actors,
        cameo: input.cameo,
        sources: [
          {
            articleId: article.id,
            quote: input.quote,
            start: article.start + input.start,
            end: article.start + input.end,
          },
        ],
      };
      return edit('Add event', (edits) => [...edits, { ...base, op: 'add', event }]);
    },

    async mergeEvents(eventIds) {
      await source.ready;
      const events = [...new Set(eventIds)].map(findEvent);
      if (events.length < 2) throw new Error('Choose at least two events to merge.');
      return edit(`Merge ${events.length} events`, (edits) => [
        ...edits,
        { ...newRecordBase(), op: 'merge', targets: events.map(refOf) },
      ]);
    },

    async splitEvent(eventId, sourceIndexes) {
      await source.ready;
      const event = findEvent(eventId);
      const quotes = [...new Set(sourceIndexes)].map((i) => event.sources[i]?.quote);
      if (quotes.some((q) => q === undefined)) throw new Error('The event has no source at that position.');
      if (quotes.length >= event.sources.length) throw new Error('Keep at least one source in the event.');
      return edit('Split event', (edits) => [
        ...edits,
        { ...newRecordBase(), op: 'split', target: refOf(event), quotes: quotes as string[] },
      ]);
    },

    async editActors(change) {
      await source.ready;
      const curatedNow = applied();
      const record = actorRecordOf(
        change,
        { listed: (name) => curatedNow.lists(name), layer: curatedNow.actorLayer(), findEvent },
        newRecordBase(),
      );
      return edit(actorEditLabel(record), (edits) => [...edits, record]);
    },

    async undo() {
      await source.ready;
      await store.undo();
      return snapshot();
    },

    async redo() {
      await source.ready;
      await store.redo();
      return snapshot();
    },

    async listViews() {
      return views.list();
    },
    saveView: (name, state) => views.save(name, state),
    renameView: (id, name) => views.rename(id, name),
    deleteView: (id) => views.remove(id),

    async exportEvents(format, eventIds, options) {
      await source.ready;
      const curatedNow = applied();
      const events = eventIds.map((id) => curatedNow.find(id)).filter((e): e is NewsEvent => !!e);
      const articles = source.articles();
      const stem = `newsline-${today()}`;
      if (format === 'key-dates-csv' || format === 'key-dates-md') {
        // ranked by the salience the snapshot carries (of the whole library, after the edits)
        const scored = new Map(snapshot().events.map((e) => [e.id, e]));
        const chosen = eventIds.map((id) => scored.get(id)).filter((e): e is NewsEvent => !!e);
        return format === 'key-dates-csv'
          ? file(`${stem}-key-dates.csv`, 'text/csv;charset=utf-8', exportKeyDatesCsv(chosen))
          : file(
              `${stem}-key-dates.md`,
              'text/markdown;charset=utf-8',
              exportKeyDatesMarkdown(chosen, options?.title),
            );
      }
      switch (format) {
        case 'json':
          return file(`${stem}.json`, 'application/json', exportJson(events, articles));
        case 'csv':
          return file(`${stem}.csv`, 'text/csv;charset=utf-8', exportCsv(events, articles));
        case 'timelinejs':
          return file(
            `${stem}-timelinejs.json`,
            'application/json',
            exportTimelineJs(events, articles, options),
          );
      }
    },

    async importEvents(json) {
      await source.ready;
      const wanted = parseExportedEvents(json);
      return edit('Import events', (edits) => [
        ...edits,
        ...editsToRestore(source.machineEvents(), edits, wanted, newRecordBase),
      ]);
    },
  };
  return {
    snapshot,
    requests,
    recordStep: (label, step) => store.record(label, step),
    warm: () => void applied(),
  };
}
