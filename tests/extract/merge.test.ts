import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, mergeEvents } from '../../electron/extract/index';
import { eventWith, extractText } from './helpers';
import type { Draft } from '../../electron/extract/draft';
import { draftToEvent, mergeDrafts } from '../../electron/extract/merge-drafts';

const sample = [
  'assets/articles/01-russia-open-to-talks.md',
  'assets/articles/02-nato-opens-door.md',
  'assets/articles/03-ukraine-fears-rapid-agreement.md',
  'assets/articles/04-ukraine-fears-truncated-copy.md',
].map((path) => ({ file: path.split('/').pop() ?? path, content: readFileSync(path, 'utf8') }));

function extractSample() {
  const files = sample.map((f) => extractFile({ ...f, origin: 'sample' }));
  return { files, events: mergeEvents(files.flatMap((f) => f.events)) };
}

describe('merging reports of the same event', () => {
  it('makes the same event told in another file (a truncated copy) one event with both sources', () => {
    const copy =
      'Ukraine rejected the ceasefire terms, calling the proposal an unacceptable act of pressure.';
    const retold =
      'Though, Ukraine has rejected the ceasefire terms, calling the proposal an act of pressure.';
    const a = extractText(`${copy}\n`, '2024-03-14', 'a.md').events;
    const b = extractText(`${retold}\n`, '2024-03-15', 'b.md').events;
    const merged = mergeEvents([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toHaveLength(2);
    // reported by both: dated by the earlier report
    expect(merged[0]?.start).toBe('2024-03-14');
  });

  it('keeps different events of the same actor apart', () => {
    const { events } = extractText(
      'Japan condemned the missile test on Monday. Japan also signed a fishing accord with Norway.',
    );
    expect(events).toHaveLength(2);
  });

  it('keeps a view of an act, told in a few of its words, apart from the act', () => {
    const { events } = extractText(
      'Kelby Mining signed a deal to buy the Tarn smelter on Monday.\n\nKelby Mining described the smelter deal as the best it had made in years.',
      '2024-05-08',
    );
    expect(eventWith(events, 'signed a deal')).toBeDefined();
    expect(eventWith(events, 'described the smelter')).toBeDefined();
    expect(eventWith(events, 'described the smelter')).not.toBe(eventWith(events, 'signed a deal'));
  });

  it('keeps another item the same actor "also" did apart, in the file and across files', () => {
    const text =
      'President Tomas Reddle opened a primary school in Marlow on Thursday. The president also opened a boarding primary school for orphans.';
    const { events } = extractText(text, '2024-05-10');
    const school = eventWith(events, 'opened a primary school');
    const boarding = eventWith(events, 'also opened');
    expect(boarding).toBeDefined();
    expect(boarding).not.toBe(school);
    expect(boarding?.actors[0]?.name).toBe('Tomas Reddle');
    expect(mergeEvents(events)).toHaveLength(events.length);
  });

  it('merges a table row of the sample into the event it restates, and the copy into its original', () => {
    const { events } = extractSample();
    const rejected = eventWith(events, 'Ukraine, however, has consistently rejected this justification');
    expect(rejected?.sources.map((s) => s.quote)).toContain(
      'Though, ukrainian officials have consistently rejected this narrative, labeling the invasion as an unprovoked act of aggression.',
    );
    const lavrov = eventWith(events, 'claims by Russian Foreign Minister Sergey Lavrov');
    expect(lavrov?.sources.map((s) => s.quote)).toContain('Accuses NATO of violating agreements');
  });

  it('points every source at its exact text in the file body', () => {
    const { files, events } = extractSample();
    const bodies = new Map<string, string>();
    files.forEach((f, i) => {
      const content = sample[i]?.content ?? '';
      const body = content.slice(content.indexOf('\n---\n') + 5);
      for (const a of f.articles) bodies.set(a.id, body);
    });
    for (const e of events) {
      for (const s of e.sources) expect(bodies.get(s.articleId)?.slice(s.start, s.end)).toBe(s.quote);
    }
  });
});

describe('ids and titles', () => {
  it('gives the same ids for the same input, and different ids to different events', () => {
    const first = extractSample().events.map((e) => e.id);
    const second = extractSample().events.map((e) => e.id);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });

  it('writes short titles (who, verb, what) from the sentence, not the whole sentence', () => {
    const { events } = extractSample();
    for (const e of events) {
      const quote = e.sources[0]?.quote ?? '';
      expect(e.title.length).toBeLessThanOrEqual(100);
      if (quote.length > 60) expect(e.title.length).toBeLessThan(quote.length);
      // the acting actor is named in the title (by its canonical name or as written)
      const actor = e.actors[0]?.name ?? '?';
      expect(e.title.startsWith(actor) || e.title.includes(actor.split(' ').pop() ?? actor)).toBe(true);
    }
    const lavrov = eventWith(events, 'announced on Tuesday');
    expect(lavrov?.title).toMatch(/^Sergey Lavrov announced .*open to discussions/);
    expect(lavrov?.title).not.toContain('Tuesday');
  });
});

describe('event ids within one file', () => {
  const draft = (over: Partial<Draft>): Draft => ({
    articleId: 'art_1',
    published: '2024-03-09',
    paragraph: 1,
    order: 1,
    source: { name: 'Federal inspectors', kind: 'organization' },
    actors: [{ name: 'Federal inspectors', kind: 'organization', role: 'source' }],
    verb: 'find',
    speech: false,
    cameo: null,
    date: { start: '2024-03-08', precision: 'day', basis: 'relative' },
    ownDate: true,
    quote: 'Federal inspectors found no leak when they examined the tanker that ran aground.',
    start: 0,
    end: 79,
    title: 'Federal inspectors found no leak',
    fromTable: false,
    pronounSubject: false,
    quoteFirst: false,
    additive: false,
    codes: [],
    ...over,
  });

  it('are unique when two events of one sentence are told by the same words, and stay as they were otherwise', () => {
    const found = draft({});
    const ran = draft({
      order: 1,
      source: { name: 'Varnex Lines', kind: 'organization' },
      actors: [{ name: 'Varnex Lines', kind: 'organization', role: 'source' }],
      verb: 'run',
      cameo: '19',
      date: { start: '2024-03-01', precision: 'day', basis: 'relative' },
      title: 'Varnex Lines tanker ran aground',
    });
    const other = draft({
      order: 2,
      quote: 'The port reopened.',
      start: 80,
      end: 98,
      title: 'Port reopened',
      source: { name: 'Port', kind: 'organization' },
      actors: [{ name: 'Port', kind: 'organization', role: 'source' }],
      verb: 'reopen',
    });
    const events = mergeDrafts([found, ran, other]);
    expect(events).toHaveLength(3);
    expect(new Set(events.map((e) => e.id)).size).toBe(3);
    // (the first of the two and an event whose words no other shares keep the id their words give)
    expect(events.map((e) => e.id)).toContain(draftToEvent(found).id);
    expect(events.map((e) => e.id)).toContain(draftToEvent(other).id);
  });
});
