/**
 * An HTML page read as a news article, pure: its text without tags, scripts or styles (the
 * page's <article>, else its <main>, else its <body>, without navigation, asides and footers),
 * its title (<title>, og:title or the first <h1>) and its publication date (the common meta
 * tags, JSON-LD's datePublished or a <time> marked as the publication time), and the Markdown
 * file with front matter the library keeps for it.
 */

/** What an HTML page gives as an article. */
export interface HtmlArticle {
  title?: string;
  /** YYYY-MM-DD, when the page states it. */
  published?: string;
  source?: string;
  url?: string;
  /** The text, one paragraph a line. */
  text: string;
}

/** Elements whose content is never text: dropped with everything inside them. */
const NEVER_TEXT = [
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'select',
  'textarea',
  'button',
];
/** Page furniture around the story: dropped with everything inside them. */
const FURNITURE = ['nav', 'aside', 'footer', 'form', 'figure', 'dialog'];
/** Elements that end a line of text. */
const BLOCKS =
  'address|article|blockquote|br|dd|div|dl|dt|h[1-6]|header|hr|li|main|ol|p|pre|section|table|td|th|tr|ul|caption|figcaption|summary|details';

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  shy: '',
  zwj: '',
  zwnj: '',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  aring: 'å',
  atilde: 'ã',
  iacute: 'í',
  igrave: 'ì',
  iuml: 'ï',
  icirc: 'î',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  ntilde: 'ñ',
  ccedil: 'ç',
  szlig: 'ß',
  Eacute: 'É',
  Aacute: 'Á',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
};

/** Text with character references (&amp;, &#8217;, &#x2019;) read. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);?/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '';
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** `html` without the elements named (and all they hold); an element left open runs to the end. */
function dropElements(html: string, names: readonly string[]): string {
  let out = html;
  for (const name of names) {
    out = out.replace(new RegExp(`<${name}\\b[^>]*>[\\s\\S]*?(?:</${name}\\s*>|$)`, 'gi'), ' ');
  }
  return out;
}

/** The attributes of a start tag, by lower-case name. */
function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const attr = /([^\s=/>"']+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/g;
  const inner = tag.replace(/^<[a-z0-9]+/i, '').replace(/\/?>$/, '');
  for (const m of inner.matchAll(attr)) {
    found.set((m[1] ?? '').toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return found;
}

/** The inner HTML of the first (or the longest, with `longest`) element `name`, or undefined. */
function innerOf(html: string, name: string, longest = false): string | undefined {
  const re = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}\\s*>`, 'gi');
  let best: string | undefined;
  for (const m of html.matchAll(re)) {
    const inner = m[1] ?? '';
    if (!longest) return inner;
    if (best === undefined || inner.length > best.length) best = inner;
  }
  return best;
}

/** Text of an HTML fragment on one line: tags gone, references read, spaces collapsed. */
function inlineText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Meta tags (name, property or itemprop) that give a publication date, most telling first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'date',
  'og:updated_time',
  'article:modified_time',
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** YYYY-MM-DD from a date value as pages write them ("2013-03-05T10:00:00Z", "2013-03-05"). */
function dayOf(value: string): string | undefined {
  const v = value.trim();
  const iso = ISO_DAY.exec(v);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d)
      return `${iso[1]}-${iso[2]}-${iso[3]}`;
    return undefined;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|\D)/.exec(v);
  return compact ? dayOf(`${compact[1]}-${compact[2]}-${compact[3]}`) : undefined;
}

/** What the page's head says of itself: meta tags by name, property or itemprop, and links. */
function metaOf(html: string): { meta: Map<string, string>; canonical?: string } {
  const meta = new Map<string, string>();
  let canonical: string | undefined;
  for (const m of html.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const attrs = attributesOf(m[0]);
    if ((m[1] ?? '').toLowerCase() === 'link') {
      if ((attrs.get('rel') ?? '').toLowerCase() === 'canonical') canonical ??= attrs.get('href');
      continue;
    }
    const key = (attrs.get('property') ?? attrs.get('name') ?? attrs.get('itemprop') ?? '').toLowerCase();
    const content = attrs.get('content') ?? attrs.get('datetime');
    if (key && content && !meta.has(key)) meta.set(key, content.trim());
  }
  return { meta, ...(canonical ? { canonical } : {}) };
}

/** The publication day a page states, if any. */
function publishedOf(html: string, meta: Map<string, string>): string | undefined {
  for (const key of DATE_META) {
    const value = meta.get(key);
    const day = value === undefined ? undefined : dayOf(value);
    if (day) return day;
  }
  // JSON-LD (schema.org NewsArticle) and microdata on other elements
  const jsonLd = /"datePublished"\s*:\s*"([^"]+)"/.exec(html);
  const fromJson = jsonLd ? dayOf(jsonLd[1] ?? '') : undefined;
  if (fromJson) return fromJson;
  for (const m of html.matchAll(/<time\b[^>]*>/gi)) {
    const attrs = attributesOf(m[0]);
    const marked = attrs.has('pubdate') || (attrs.get('itemprop') ?? '').toLowerCase() === 'datepublished';
    const day = marked ? dayOf(attrs.get('datetime') ?? '') : undefined;
    if (day) return day;
  }
  return undefined;
}

/** Where the story is: the page's longest <article>, else its <main>, else its <body> (with `whole`). */
function storyPart(html: string): { part: string; whole: boolean } {
  const article = innerOf(html, 'article', true) ?? innerOf(html, 'main');
  return article !== undefined
    ? { part: article, whole: false }
    : { part: innerOf(html, 'body') ?? html, whole: true };
}

/** The story without page furniture: the page's own header is dropped, the story's kept. */
const storyOnly = (story: { part: string; whole: boolean }): string =>
  dropElements(story.part, story.whole ? [...FURNITURE, 'header'] : FURNITURE);

/** The text of the story, one paragraph a line. */
function storyText(part: string): string {
  return decodeEntities(
    part.replace(new RegExp(`<\\/?(?:${BLOCKS})\\b[^>]*>`, 'gi'), '\n').replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Reads an HTML page as an article. */
export function htmlToArticle(html: string): HtmlArticle {
  const { meta, canonical } = metaOf(html);
  const withoutCode = dropElements(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '), NEVER_TEXT);
  const story = storyPart(withoutCode);
  const headTitle = innerOf(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' '), 'title');
  const part = storyOnly(story);
  const storyH1 = innerOf(part, 'h1');
  const anyH1 = innerOf(withoutCode, 'h1');
  const title = [storyH1, meta.get('og:title'), headTitle, anyH1]
    .map((t) => (t === undefined ? '' : inlineText(t)))
    .find((t) => t !== '');
  const published = publishedOf(html, meta);
  const source = meta.get('og:site_name');
  const url = meta.get('og:url') ?? canonical;
  return {
    ...(title ? { title } : {}),
    ...(published ? { published } : {}),
    ...(source ? { source } : {}),
    ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
    text: storyText(part),
  };
}

/** A front matter value on one line, quoted when it could be misread. */
const field = (value: string): string => {
  const line = value.replace(/[\r\n]+/g, ' ').trim();
  return /^["'\s]|["'\s]$|:/.test(line) ? `"${line}"` : line;
};

/** The Markdown article the library keeps for a page: front matter (title, date, source, link) and its text. */
export function articleMarkdown(article: HtmlArticle): string {
  const lines = ['---'];
  if (article.title) lines.push(`title: ${field(article.title)}`);
  if (article.published) lines.push(`published: ${article.published}`);
  if (article.source) lines.push(`source: ${field(article.source)}`);
  if (article.url) lines.push(`url: ${field(article.url)}`);
  lines.push('---');
  return `${lines.join('\n')}\n${article.text}\n`;
}
