/**
 * Event extraction: from article files to dated, attributed events. Plain Node, no Electron.
 *
 * Pipeline per file (`extractFile`): front matter (`frontmatter`) → articles (`split`) → per
 * article, its time expressions (`timex/`) and part-of-speech tags, then its events (`events`,
 * which walks the article and runs the sentence stages) → merge. The stages read one article or
 * one sentence and keep no module state (what an article tells of its actors is in its
 * `ActorContext`):
 * 1. sentences: line kinds (`lines`), sentences (`sentences`), tokens (`tokens`); text that is
 *    never an event is skipped (`skip`);
 * 2. linguistic layer: part-of-speech tags (`nlp`), read by the stages below;
 * 3. actors (`sentence-actors`): names by rule and from the gazetteer (`actors`, `name-rules`,
 *    `gazetteer`), people by role and titles (`person-roles`), names by shape (`names`), bodies
 *    described (`described`, nouns for people in `person-nouns`), bodies and people left unnamed
 *    (`unnamed-subject`), pronouns and definite references (`pronouns`, `coreference`);
 * 4. clauses (`clauses`, segments in `clause-segments`): finite verbs, their subjects and modality;
 * 5. dates: the time expression that dates an event (`dates`), the day of the story (`story-day`),
 *    the day a story told in order goes on from (`narrative-time`);
 * 6. events: the sentence's main event (`main-event`, with `subject` and `quotes`), the events of
 *    its other clauses (`clause-events`), table rows (`table-rows`); the actors' roles (`roles`)
 *    and CAMEO codes (`cameo`; verbs, phrases and word lists in `lexicon`);
 * 7. titles (`title`);
 * 8. merge: repeats within a file and across files become one event (`merge`).
 */
import type { ArticleInfo, NewsEvent, Problem } from '../shared/model';
import { daysFrom } from './dates';
import type { Draft } from './draft';
import { oneNamePerBody } from './article-names';
import { extractArticleEvents } from './events';
import { isIsoDay, parseFrontMatter } from './frontmatter';
import { stableHash } from './ids';
import { classifyLines, datelineDay, unwrapLines } from './lines';
import { mergeEvents as mergeAcross } from './merge';
import { mergeDrafts } from './merge-drafts';
import { tagText } from './nlp';
import { asDoubleQuotes, withOwnMarks } from './quote-marks';
import { splitArticles } from './split';
import { tagTimexes, type Timex } from './timex';

export { actorProfile, lookupActor } from './gazetteer';
export { parseFrontMatter } from './frontmatter';
export { splitArticles } from './split';
export { createEventMerger } from './merge';

/** Bumped whenever extraction output may change, so cached results are redone. */
export const EXTRACTOR_VERSION = '220';

/** One file to extract, as the services and the command line give it. */
export interface ArticleFileInput {
  /** File name shown to the user (not a path). */
  file: string;
  /** Whole file content, front matter included. */
  content: string;
  /** Publication date to use when the file gives none (YYYY-MM-DD). */
  published?: string;
  origin: ArticleInfo['origin'];
  /**
   * Where the file was read from, when its name alone may repeat (the command line reads folders):
   * article ids then come from the path and the content, so "a/story.md" and "b/story.md" differ.
   */
  path?: string;
}

/** What one file gives: its articles, its events (merged within it) and its problems. */
export interface FileExtraction {
  articles: ArticleInfo[];
  /** Events of this file, merged within it. */
  events: NewsEvent[];
  /** One line per thing that went wrong; an unusable file has no articles and one problem. */
  problems: Problem[];
}

/**
 * Stable id of the `index`-th article of a file: from its name in the library (where names are
 * unique), or from its path and content when it was read from a path.
 */
export function articleIdOf(
  input: Pick<ArticleFileInput, 'file' | 'path' | 'content'>,
  index: number,
): string {
  const key = input.path === undefined ? input.file : `${input.path}|${stableHash(input.content)}`;
  return `art_${stableHash(`${key}#${index}`)}`;
}

function untitled(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
  return words ? `${words}…` : '(untitled)';
}

/** How far a dateline may be from the file's date and still be the story's day. */
const DATELINE_SLACK_DAYS = 62;

/**
 * The day written in a dateline among the first lines of an article ("June 9, 2008"), if any (one
 * without a year, "Mohali, March 17", only beside the file's date `reference`).
 */
function datelineOf(text: string, reference?: string): string | undefined {
  // only the first lines can hold it: classify a head of the text, not the whole article
  let head = 0;
  for (let n = 0; n < 12 && head >= 0 && head < text.length; n++) head = text.indexOf('\n', head + 1);
  const dateline = classifyLines(head < 0 ? text : text.slice(0, head))
    .filter((l) => l.kind !== 'blank')
    .slice(0, 4)
    .find((l) => l.kind === 'dateline');
  const day = dateline ? datelineDay(dateline.text, reference) : undefined;
  return day && isIsoDay(day) ? day : undefined;
}

/** The first dateline of a parsed file's articles: the date of its articles that have none. */
function fileDatelineOf(body: string, spans: Array<{ start: number; end: number }>): string | undefined {
  for (const span of spans) {
    const day = datelineOf(body.slice(span.start, span.end));
    if (day) return day;
  }
  return undefined;
}

/**
 * A file's publication date as the extractor finds it: the front matter's `published`, else the
 * dateline under a headline ("June 9, 2008"), else undefined (the file needs a date from the user).
 * A front matter whose date is not a date gives undefined.
 */
export function publicationDateOf(content: string): string | undefined {
  const parsed = parseFrontMatter(content);
  if (parsed.error) return undefined;
  return parsed.meta.published ?? fileDatelineOf(parsed.body, splitArticles(parsed.body));
}

/** The articles of a parsed file, each with its publication date (front matter, --published, dateline). */
function articlesOf(
  input: ArticleFileInput,
  parsed: ReturnType<typeof parseFrontMatter>,
  problems: Problem[] = [],
): { articles: ArticleInfo[]; problems: Problem[] } {
  const body = parsed.body;
  const fallback = input.published && isIsoDay(input.published) ? input.published : undefined;
  const spans = splitArticles(body);
  const fileDateline = fileDatelineOf(body, spans);
  const articles: ArticleInfo[] = [];
  spans.forEach((span, index) => {
    const text = body.slice(span.start, span.end);
    const ownDateline = datelineOf(text, parsed.meta.published ?? fallback);
    const fromDateline = ownDateline ?? fileDateline;
    let published = parsed.meta.published ?? fallback ?? fromDateline;
    // the dateline written under the headline is the story's own day: it wins over a file date a
    // few weeks off (a page dated by its last edit), never over one from another time
    if (
      published &&
      ownDateline &&
      ownDateline !== published &&
      Math.abs(daysFrom(published, ownDateline)) <= DATELINE_SLACK_DAYS
    )
      published = ownDateline;
    if (!published) {
      published = new Date().toISOString().slice(0, 10);
      if (index === 0) {
        problems.push({
          file: input.file,
          message: 'no publication date (front matter "published: YYYY-MM-DD" or --published): dated today',
        });
      }
    }
    const title =
      (spans.length === 1 ? parsed.meta.title : undefined) ??
      span.headline ??
      (index === 0 ? parsed.meta.title : undefined) ??
      untitled(text);
    const article: ArticleInfo = {
      id: articleIdOf(input, index),
      title,
      published,
      file: input.file,
      origin: input.origin,
      start: span.start,
      end: span.end,
    };
    if (parsed.meta.source) article.source = parsed.meta.source;
    if (parsed.meta.url) article.url = parsed.meta.url;
    articles.push(article);
  });
  return { articles, problems };
}

/** HTML elements an article copied from a web page may carry ("<p>", "</a>", "<br/>"). */
const HTML_TAG =
  /<\/?(?:p|div|span|a|b|i|u|em|strong|small|sup|sub|br|hr|h[1-6]|ul|ol|li|blockquote|q|cite|img|figure|figcaption|table|tr|td|th|tbody|thead|section|article|header|footer|aside|nav|time|abbr|mark)\b[^<>]{0,500}>/gi;

/** The text with its HTML tags replaced by as many spaces, so offsets stay those of the file. */
export function withoutTags(text: string): string {
  return text.includes('<') ? text.replace(HTML_TAG, (tag) => ' '.repeat(tag.length)) : text;
}

/** Extracts one file: splits it into articles, finds their events and merges repeats. */
export function extractFile(input: ArticleFileInput): FileExtraction {
  const problems: Problem[] = [];
  const parsed = parseFrontMatter(input.content);
  if (parsed.error)
    return { articles: [], events: [], problems: [{ file: input.file, message: parsed.error }] };
  const body = parsed.body;
  if (!body.trim())
    return { articles: [], events: [], problems: [{ file: input.file, message: 'no article text' }] };
  const { articles } = articlesOf(input, parsed, problems);
  const drafts: Draft[] = [];
  // HTML tags pasted with an article are no words of it: blanked, every offset kept;
  // quotations in single marks read as double ones (the quotes keep the article's own marks);
  // a paragraph cut into lines of a fixed width reads as one line
  const words = asDoubleQuotes(unwrapLines(withoutTags(body)));
  articles.forEach((article, index) => {
    const text = words.slice(article.start, article.end);
    const timexes = tagTimexes(text, article.published).map((t) => ({
      ...t,
      start: t.start + article.start,
      end: t.end + article.start,
    }));
    drafts.push(
      ...oneNamePerBody(
        extractArticleEvents({
          articleId: article.id,
          published: article.published,
          text,
          offset: article.start,
          timexes,
          orderBase: index * 100_000,
          tags: tagText(text, article.start),
        }),
      ),
    );
  });
  if (words !== body) for (const d of drafts) Object.assign(d, withOwnMarks(d.quote, d.start, words, body));
  return { articles, events: mergeDrafts(drafts), problems };
}

/** A time expression of a file, with offsets into the file's body (the text after its front matter). */
export interface FileTimex extends Timex {
  articleId: string;
}

/**
 * Tags the time expressions of a file, article by article (each resolved against its own
 * publication date). Offsets are into the file's body.
 */
export function tagFileTimexes(input: ArticleFileInput): { timexes: FileTimex[]; problems: Problem[] } {
  const parsed = parseFrontMatter(input.content);
  if (parsed.error) return { timexes: [], problems: [{ file: input.file, message: parsed.error }] };
  const timexes: FileTimex[] = [];
  const { articles, problems } = articlesOf(input, parsed);
  for (const a of articles) {
    const text = parsed.body.slice(a.start, a.end);
    for (const t of tagTimexes(text, a.published)) {
      timexes.push({ ...t, start: t.start + a.start, end: t.end + a.start, articleId: a.id });
    }
  }
  return { timexes, problems };
}

/** Merges the events of several files: the same real-world event becomes one event with several sources. */
export function mergeEvents(events: NewsEvent[]): NewsEvent[] {
  return mergeAcross(events, { acrossArticles: true });
}
