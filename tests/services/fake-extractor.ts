/**
 * A small stand-in for the extractor, so service tests do not depend on extraction quality:
 * one article per file (title = first body line, date from front matter or the given date) and
 * one event per body line written "Actor: what happened". A file containing "FAIL" throws.
 */
import type { ArticleFileInput, FileExtraction } from '../../electron/extract/index';
import { parseFrontMatter } from '../../electron/extract/frontmatter';

export function fakeExtractFile(input: ArticleFileInput): FileExtraction {
  if (input.content.includes('FAIL')) throw new Error('the extractor choked on this file');
  const { meta, body } = parseFrontMatter(input.content);
  const published = meta.published ?? input.published;
  if (!published) {
    return { articles: [], events: [], problems: [{ file: input.file, message: 'No publication date.' }] };
  }
  const articleId = `${input.origin}:${input.file}`;
  const events: FileExtraction['events'] = [];
  let offset = 0;
  for (const line of body.split('\n')) {
    const match = /^([A-Z][\w ]+): (.+)$/.exec(line);
    if (match?.[1] && match[2]) {
      events.push({
        id: `${articleId}#${offset}`,
        title: `${match[1]} ${match[2]}`,
        start: published,
        precision: 'day',
        basis: 'reported',
        actors: [{ name: match[1], kind: 'person', role: 'source' }],
        cameo: null,
        sources: [{ articleId, quote: line, start: offset, end: offset + line.length }],
      });
    }
    offset += line.length + 1;
  }
  const title = body.split('\n')[0] ?? '';
  return {
    articles: [
      { id: articleId, title, published, file: input.file, origin: input.origin, start: 0, end: body.length },
    ],
    events,
    problems: [],
  };
}
