import { describe, expect, it } from 'vitest';
import { isIsoDay, parseFrontMatter } from '../../electron/extract/frontmatter';

describe('front matter', () => {
  it('reads title, published, source and url, and where the body starts', () => {
    const content =
      '---\ntitle: "A: title"\npublished: 2024-02-29\nsource: Wire\nurl: https://example.org/a\n---\nBody text.';
    const parsed = parseFrontMatter(content);
    expect(parsed.meta).toEqual({
      title: 'A: title',
      published: '2024-02-29',
      source: 'Wire',
      url: 'https://example.org/a',
    });
    expect(parsed.body).toBe('Body text.');
    expect(content.slice(parsed.bodyOffset)).toBe(parsed.body);
  });

  it('treats a file without front matter as all body', () => {
    expect(parseFrontMatter('Just text.\n').body).toBe('Just text.\n');
  });

  it('reports a published value that is not a date', () => {
    expect(parseFrontMatter('---\npublished: 2024-02-30\n---\nText').error).toMatch(/not a date/);
    expect(parseFrontMatter('---\npublished: yesterday\n---\nText').error).toMatch(/not a date/);
  });

  it('accepts a timestamp and keeps its day', () => {
    expect(parseFrontMatter('---\npublished: 2024-05-01T10:00:00Z\n---\nText').meta.published).toBe(
      '2024-05-01',
    );
  });

  it('knows real calendar days', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
  });
});
