/**
 * Front matter: an optional `---` block of `key: value` lines at the top of an article file
 * (title, published, source, url). Offsets of the body are kept so quotes can point into the file.
 */

export interface FrontMatter {
  title?: string;
  published?: string;
  source?: string;
  url?: string;
}

/** A file split into front matter and body. */
export interface ParsedFile {
  meta: FrontMatter;
  /** The file text after its front matter. */
  body: string;
  /** Where the body starts in the file content. */
  bodyOffset: number;
  /** One line about a front matter value that cannot be used (e.g. a date that is not a date). */
  error?: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  const m = ISO_DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1);
  }
  return v;
}

/**
 * Splits a file into front matter and body. A file without front matter is all body.
 * A `published` value is accepted as YYYY-MM-DD or a full ISO timestamp (its day is kept).
 */
export function parseFrontMatter(content: string): ParsedFile {
  const bom = content.startsWith('\ufeff') ? 1 : 0;
  const head = /^---[ \t]*\r?\n/.exec(content.slice(bom));
  if (!head) return { meta: {}, body: content.slice(bom), bodyOffset: bom };
  const startOfFields = bom + head[0].length;
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = content.slice(startOfFields);
  const closing = close.exec(rest);
  if (!closing) return { meta: {}, body: content.slice(bom), bodyOffset: bom };
  const fields = rest.slice(0, closing.index);
  const bodyOffset = startOfFields + closing.index + closing[0].length;
  const meta: FrontMatter = {};
  let error: string | undefined;
  for (const line of fields.split(/\r?\n/)) {
    const m = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = (m[1] ?? '').toLowerCase();
    const value = unquote(m[2] ?? '');
    if (!value) continue;
    if (key === 'title') meta.title = value;
    else if (key === 'source') meta.source = value;
    else if (key === 'url' || key === 'link') meta.url = value;
    else if (key === 'published' || key === 'date') {
      const day = value.slice(0, 10);
      if (isIsoDay(day) && (value.length === 10 || /^[T ]/.test(value.slice(10)))) meta.published = day;
      else error = `front matter "${key}: ${value}" is not a date (expected YYYY-MM-DD)`;
    }
  }
  return { meta, body: content.slice(bodyOffset), bodyOffset, ...(error ? { error } : {}) };
}
