/**
 * What the services need from an article file's front matter, on top of the extractor's own
 * parser: whether it states a publication date, its body, and adding a date to it on import.
 */
import { parseFrontMatter } from '../extract/index';

/** The file's text after its front matter (what article offsets refer to). */
export function bodyOf(content: string): string {
  return parseFrontMatter(content).body;
}

/** True when the file's front matter states a usable publication date. */
export function statesPublished(content: string): boolean {
  return parseFrontMatter(content).meta.published !== undefined;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const PUBLISHED_LINE = /^(?:published|date)[ \t]*:.*$/im;

/**
 * Returns `content` with `published: <date>` in its front matter (replacing an unusable date line,
 * added to an existing front matter, or as a new one). The body, and so every article offset, is
 * unchanged.
 */
export function withPublished(content: string, published: string): string {
  const parsed = parseFrontMatter(content);
  const open = OPENING.exec(content);
  if (!open || parsed.bodyOffset <= open.index) return `---\npublished: ${published}\n---\n${content}`;
  const head = content.slice(0, parsed.bodyOffset);
  const fields = PUBLISHED_LINE.test(head)
    ? head.replace(PUBLISHED_LINE, `published: ${published}`)
    : `${content.slice(0, open[0].length)}published: ${published}\n${head.slice(open[0].length)}`;
  return fields + content.slice(parsed.bodyOffset);
}
