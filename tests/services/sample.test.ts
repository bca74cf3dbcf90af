import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNewslineService } from '../../electron/services/index';
import type { NewslineService, Snapshot } from '../../electron/shared/contract';

const sampleDir = fileURLToPath(new URL('../../assets/articles', import.meta.url));

describe('the bundled sample through the real extractor', () => {
  let userDataDir: string;
  let service: NewslineService;
  let snapshot: Snapshot;

  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'newsline-sample-'));
    service = await createNewslineService({ sampleDir, userDataDir });
    snapshot = await service.getSnapshot();
  });
  afterAll(() => rm(userDataDir, { recursive: true, force: true }));

  it('loads every sample article with events, actors and no problems', () => {
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.articles.length).toBeGreaterThanOrEqual(3);
    expect(
      snapshot.articles.every((a) => a.origin === 'sample' && /^\d{4}-\d{2}-\d{2}$/.test(a.published)),
    ).toBe(true);
    expect(snapshot.events.length).toBeGreaterThan(0);
    const counted = snapshot.actors.reduce((sum, actor) => sum + actor.count, 0);
    const involved = snapshot.events.reduce(
      (sum, event) => sum + new Set(event.actors.map((a) => a.name)).size,
      0,
    );
    expect(counted).toBe(involved);
  });

  it('points every quote at the text of its article', async () => {
    for (const event of snapshot.events) {
      for (const source of event.sources) {
        const { text } = await service.getArticleText(source.articleId);
        expect(text, event.title).toContain(source.quote);
      }
    }
  });

  it('hands the events over in date order, and the same snapshot until something changes', async () => {
    const starts = snapshot.events.map((e) => e.start);
    expect(starts).toEqual([...starts].sort());
    expect(await service.getSnapshot()).toBe(snapshot);
    const first = snapshot.events[0]!;
    const edited = await service.editEvent(first.id, { title: 'Changed by hand' });
    expect(edited).not.toBe(snapshot);
    expect(edited.events.find((e) => e.id === first.id)?.title).toBe('Changed by hand');
    const undone = await service.undo();
    expect(undone.events.find((e) => e.id === first.id)?.title).toBe(first.title);
  });
});
