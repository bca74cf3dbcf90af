import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../electron/extract/index';
import { bodyOf, statesPublished, withPublished } from '../../electron/services/import-front-matter';

const body = 'Headline\nFirst paragraph.\n';

describe('dating an imported file', () => {
  it('adds a front matter to a file that has none, keeping its body byte for byte', () => {
    const dated = withPublished(body, '2025-02-03');
    expect(parseFrontMatter(dated).meta.published).toBe('2025-02-03');
    expect(bodyOf(dated)).toBe(body);
  });

  it('adds the date to an existing front matter and keeps its other fields', () => {
    const original = `---\ntitle: A title\nsource: Wire\n---\n${body}`;
    expect(statesPublished(original)).toBe(false);
    const dated = withPublished(original, '2025-02-03');
    expect(parseFrontMatter(dated).meta).toEqual({
      title: 'A title',
      source: 'Wire',
      published: '2025-02-03',
    });
    expect(bodyOf(dated)).toBe(body);
  });

  it('replaces a date line that is not a date', () => {
    const original = `---\ntitle: A title\npublished: last Tuesday\n---\n${body}`;
    expect(statesPublished(original)).toBe(false);
    const dated = withPublished(original, '2025-02-03');
    expect(parseFrontMatter(dated)).toMatchObject({ meta: { published: '2025-02-03' }, body });
    expect(dated.match(/published/g)).toHaveLength(1);
  });

  it('knows a file that states its date', () => {
    expect(statesPublished(`---\npublished: 2024-12-31\n---\n${body}`)).toBe(true);
    expect(statesPublished(body)).toBe(false);
  });
});
