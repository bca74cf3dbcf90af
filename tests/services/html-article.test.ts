import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../electron/extract/index';
import { articleMarkdown, decodeEntities, htmlToArticle } from '../../electron/services/html-article';
import { articleFileOf, NO_PAGE_TEXT } from '../../electron/services/import-files';
import { IMPORT_EXTENSIONS, NOT_AN_ARTICLE_FILE } from '../../electron/shared/limits';

/** A news page as sites serve it: masthead, menus, scripts, styles, JSON-LD, a story, asides, a footer. */
const NEWS_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>UN envoy meets Assad in Damascus | World News - Example Times</title>
  <meta property="og:title" content="UN envoy meets Assad in Damascus">
  <meta property="og:site_name" content="Example Times">
  <meta property="og:url" content="https://news.example.com/world/2013/03/envoy">
  <meta property="article:published_time" content="2013-03-05T09:30:00+00:00">
  <link rel="stylesheet" href="/site.css">
  <style>body { font-family: serif } .ad { display: none }</style>
  <script>window.dataLayer = [{ page: "<p>not text</p>" }];</script>
  <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2013-03-04T22:00:00Z"}</script>
</head>
<body>
  <header class="masthead"><a href="/">Example Times</a><nav><ul><li><a href="/world">World</a></li><li>Sport</li></ul></nav></header>
  <!-- <p>A commented-out paragraph</p> -->
  <main>
    <article>
      <header><h1>UN envoy meets Assad in Damascus</h1><p class="byline">By A. Reporter</p></header>
      <figure><img src="a.jpg" alt="The envoy"><figcaption>Photo: Agency</figcaption></figure>
      <p>The UN envoy Lakhdar Brahimi met President Bashar al-Assad in Damascus on Monday, officials said.</p>
      <p>&ldquo;We discussed a cease&#8209;fire,&rdquo; Brahimi told reporters &amp; diplomats.<br>He left on Tuesday.</p>
      <aside class="related"><h2>Related</h2><ul><li>Other story</li></ul></aside>
      <script>trackRead();</script>
      <noscript><p>Enable JavaScript</p></noscript>
      <p>Talks resume on&nbsp;12&nbsp;March.</p>
    </article>
  </main>
  <footer><p>&copy; 2013 Example Times</p><form><input name="q"><button>Search</button></form></footer>
</body>
</html>`;

describe('reading an HTML page as an article', () => {
  it('keeps the story text and drops tags, scripts, styles, comments and page furniture', () => {
    const article = htmlToArticle(NEWS_PAGE);
    expect(article.text.split('\n')).toEqual([
      'UN envoy meets Assad in Damascus',
      'By A. Reporter',
      'The UN envoy Lakhdar Brahimi met President Bashar al-Assad in Damascus on Monday, officials said.',
      '“We discussed a cease\u2011fire,” Brahimi told reporters & diplomats.',
      'He left on Tuesday.',
      'Talks resume on 12 March.',
    ]);
    expect(article.text).not.toMatch(
      /[<>]|dataLayer|font-family|trackRead|Enable JavaScript|Related|Sport|©|commented/,
    );
  });

  it('takes the title from the story’s heading, the date from the meta tags, the site and the address', () => {
    expect(htmlToArticle(NEWS_PAGE)).toMatchObject({
      title: 'UN envoy meets Assad in Damascus',
      published: '2013-03-05',
      source: 'Example Times',
      url: 'https://news.example.com/world/2013/03/envoy',
    });
  });

  it('reads a page without <article> from its body, without its header, menus and footer', () => {
    const page = `<html><head><title>Minister resigns &#8211; Daily Wire</title>
      <meta name="date" content="2012-11-20"></head>
      <body><header><h1>Daily Wire</h1></header><nav>Home | News</nav>
      <div class="story"><p>The minister resigned on Tuesday.</p><table><tr><td>Votes</td><td>12</td></tr></table></div>
      <footer>Contact us</footer></body></html>`;
    const article = htmlToArticle(page);
    expect(article.text).toBe('The minister resigned on Tuesday.\nVotes\n12');
    expect(article.title).toBe('Minister resigns – Daily Wire');
    expect(article.published).toBe('2012-11-20');
  });

  it('finds the date in JSON-LD or a <time> marked as the publication, and none when the page gives none', () => {
    const jsonLd = `<html><head><script type="application/ld+json">{"datePublished": "2014-06-01T08:00:00Z"}</script></head><body><p>Text.</p></body></html>`;
    expect(htmlToArticle(jsonLd).published).toBe('2014-06-01');
    expect(htmlToArticle(jsonLd).text).toBe('Text.');
    const time = `<article><h1>Floods</h1><time datetime="2015-02-03T10:00" pubdate>3 Feb</time><p>Rivers rose.</p></article>`;
    expect(htmlToArticle(time)).toMatchObject({ title: 'Floods', published: '2015-02-03' });
    expect(htmlToArticle('<p>No date here.</p>').published).toBeUndefined();
    expect(htmlToArticle('<meta name="date" content="2015-02-30"><p>x</p>').published).toBeUndefined();
  });

  it('reads character references, and keeps an escaped tag as the text it is', () => {
    expect(decodeEntities('&lt;b&gt; &amp;amp; &#x2019; &#8220; &eacute; &unknown;')).toBe(
      '<b> &amp; ’ “ é &unknown;',
    );
    expect(htmlToArticle('<p>Use &lt;script&gt; tags</p>').text).toBe('Use <script> tags');
  });

  it('writes a Markdown article whose front matter the extractor reads back', () => {
    const md = articleMarkdown(htmlToArticle(NEWS_PAGE));
    const parsed = parseFrontMatter(md);
    expect(parsed.meta).toEqual({
      title: 'UN envoy meets Assad in Damascus',
      published: '2013-03-05',
      source: 'Example Times',
      url: 'https://news.example.com/world/2013/03/envoy',
    });
    expect(parsed.body.startsWith('UN envoy meets Assad in Damascus\n')).toBe(true);
  });
});

describe('judging a file for import', () => {
  const file = (name: string, content: string) => ({ name, content, lastModified: 0 });

  it('takes every extension the file chooser offers, and keeps a page as .md', () => {
    for (const ext of IMPORT_EXTENSIONS) {
      const judged = articleFileOf(file(`story${ext}`, '<p>The minister resigned on Tuesday.</p>'));
      expect('file' in judged, ext).toBe(true);
    }
    const page = articleFileOf(file('Story.HTM', NEWS_PAGE));
    expect('file' in page && page.file.name).toBe('Story.md');
    expect('file' in page && page.file.content).not.toMatch(/<p>|<script/);
  });

  it('refuses with a plain reason: another kind, binary, empty, or a page without text', () => {
    expect(articleFileOf(file('scan.pdf', '%PDF-1.4'))).toEqual({ refusal: NOT_AN_ARTICLE_FILE });
    expect(articleFileOf(file('photo.md', '\u0089PNG\r\n\u001a\n\u0000\u0000'))).toEqual({
      refusal: 'The file is not text (it holds NUL bytes).',
    });
    expect(articleFileOf(file('blank.txt', ' \n'))).toEqual({ refusal: 'The file is empty.' });
    expect(articleFileOf(file('app.html', '<script>render()</script><style>p{}</style>'))).toEqual({
      refusal: NO_PAGE_TEXT,
    });
  });
});
