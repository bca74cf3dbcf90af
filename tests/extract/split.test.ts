import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitArticles } from '../../electron/extract/split';
import { parseFrontMatter } from '../../electron/extract/frontmatter';

const seed = readFileSync('tests/fixtures/shared/seed/000_d83434615622e96d.txt', 'utf8');

describe('splitting a file into articles', () => {
  it('finds the three articles and the truncated copy of the seed, with offsets into the file', () => {
    const spans = splitArticles(seed);
    expect(spans).toHaveLength(4);
    expect(spans.map((s) => s.start)).toEqual([
      0,
      seed.indexOf('NATO Opens Door for Ukraine'),
      seed.indexOf('Ukraine Fears a Rapid Agreement'),
      seed.indexOf('Ding former U.S. President'),
    ]);
    expect(spans[3]?.end).toBe(seed.length);
    // consecutive: together they cover the whole file
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.start).toBe(spans[i - 1]?.end);
    expect(spans[0]?.headline).toMatch(/^Russia Open to Talks with Trump/);
    expect(spans[1]?.headline).toBe('NATO Opens Door for Ukraine Amid Rising Tensions with Russia');
    expect(spans[3]?.headline).toBeUndefined();
  });

  it('keeps the source footer and its rule line with the article they close', () => {
    const spans = splitArticles(seed);
    const second = seed.slice(spans[1]?.start, spans[1]?.end);
    expect(second.trimEnd().endsWith('This article is based on facts from Dagbladet.')).toBe(true);
  });

  it('the bundled sample files are the seed split at those offsets, byte for byte', () => {
    const files = [
      'assets/articles/01-russia-open-to-talks.md',
      'assets/articles/02-nato-opens-door.md',
      'assets/articles/03-ukraine-fears-rapid-agreement.md',
      'assets/articles/04-ukraine-fears-truncated-copy.md',
    ];
    const bodies = files.map((f) => parseFrontMatter(readFileSync(f, 'utf8')).body);
    expect(bodies.join('')).toBe(seed);
  });

  it('splits at a rule line between two stories', () => {
    const text =
      'First Headline Here\nThe council approved the budget on Monday.\n***\nSecond Headline Here\nThe mayor resigned.\n';
    const spans = splitArticles(text);
    expect(spans).toHaveLength(2);
    expect(text.slice(spans[1]?.start)).toMatch(/^Second Headline Here/);
  });

  it('splits at a headline after a sign-off line', () => {
    const text =
      'Port Strike Ends\nDock workers returned to work.\nShare your thoughts in the comments below.\nBank Raises Rates\nThe central bank raised rates.\n';
    const spans = splitArticles(text);
    expect(spans.map((s) => s.headline)).toEqual(['Port Strike Ends', 'Bank Raises Rates']);
  });

  it('leaves a single story with section headings whole', () => {
    const text =
      'Storm Hits Coast\nA storm hit the coast on Sunday.\nDamage and Recovery\nCrews restored power.\nLooking Ahead\nThe weeks ahead will be critical.\n';
    expect(splitArticles(text)).toHaveLength(1);
  });
});
