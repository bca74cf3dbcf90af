/**
 * Minimal reading of an article file's front matter (`---` lines around `key: value` pairs), enough
 * for the services to know whether a file states its publication date and where its body starts.
 */

export interface FrontMatter {
  /** `key: value` pairs, keys lower-cased, values trimmed and unquoted. */
  fields: Record<string, string>;
  /** Offset of the body (the text after the front matter) in the file. */
  bodyStart: number;
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/** Reads the front matter of `content`; a file without one has no fields and its body starts at 0. */
export function readFrontMatter(content: string): FrontMatter {
  const open = OPENING.exec(content);
  if (!open) return { fields: {}, bodyStart: 0 };
  const rest = content.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (const line of rest.slice(0, close.index).split(/\r?\n/)) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) {
      fields[match[1].toLowerCase()] = match[2].trim().replace(/^(['"])(.*)\1$/, '$2');
    }
  }
  let bodyStart = open[0].length + close.index + close[0].length;
  if (content[bodyStart] === '\r') bodyStart += 1;
  if (content[bodyStart] === '\n') bodyStart += 1;
  return { fields, bodyStart };
}

/** The file's text after its front matter (what article offsets refer to). */
export function bodyOf(content: string): string {
  return content.slice(readFrontMatter(content).bodyStart);
}

/** True when the file's front matter states a publication date. */
export function statesPublished(content: string): boolean {
  const { fields } = readFrontMatter(content);
  return /^\d{4}-\d{2}-\d{2}/.test(fields.published ?? fields.date ?? '');
}

/**
 * Returns `content` with `published: <date>` in its front matter (added to an existing front matter,
 * or as a new one). The body, and so every article offset, is unchanged.
 */
export function withPublished(content: string, published: string): string {
  const open = OPENING.exec(content);
  if (open && CLOSING.test(content.slice(open[0].length))) {
    return `${content.slice(0, open[0].length)}published: ${published}\n${content.slice(open[0].length)}`;
  }
  return `---\npublished: ${published}\n---\n${content}`;
}
