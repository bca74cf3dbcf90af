import { extractFile, type FileExtraction } from '../../electron/extract/index';
import type { NewsEvent } from '../../electron/shared/model';

/** Extracts an article written in the test, published on `published`. */
export function extractText(body: string, published = '2024-03-15', file = 'test.md'): FileExtraction {
  return extractFile({ file, content: `---\npublished: ${published}\n---\n${body}`, origin: 'library' });
}

/** The event whose first source quote contains `fragment`. */
export function eventWith(events: NewsEvent[], fragment: string): NewsEvent | undefined {
  return events.find((e) => e.sources.some((s) => s.quote.includes(fragment)));
}

/** Canonical actor names of an event, source first. */
export function actorNames(event: NewsEvent | undefined): string[] {
  return event ? event.actors.map((a) => a.name) : [];
}
