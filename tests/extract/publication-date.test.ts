import { describe, expect, it } from 'vitest';
import { extractFile, publicationDateOf } from '../../electron/extract/index';

describe("a file's publication date", () => {
  it('is the front matter date when there is one, even with a dateline', () => {
    const content =
      '---\npublished: 2024-04-02\n---\nCanal lock repaired\nMarch 30, 2024\n\nCrews finished.\n';
    expect(publicationDateOf(content)).toBe('2024-04-02');
  });

  it('is the dateline under the headline when there is no front matter', () => {
    expect(publicationDateOf('Canal lock repaired\nMarch 30, 2024\n\nCrews finished the work.\n')).toBe(
      '2024-03-30',
    );
    expect(publicationDateOf('Canal lock repaired\n30 March 2024\n\nCrews finished the work.\n')).toBe(
      '2024-03-30',
    );
  });

  it('is undefined when neither gives one, or when the front matter date is not a date', () => {
    expect(publicationDateOf('Canal lock repaired\n\nCrews finished on March 30, 2024.\n')).toBeUndefined();
    expect(
      publicationDateOf('---\npublished: soon\n---\nCanal lock repaired\nMarch 30, 2024\n'),
    ).toBeUndefined();
  });

  it('is the date the extractor gives the articles of the file', () => {
    const content =
      'Canal lock repaired\nMarch 30, 2024\n\nThe city council said on Friday that crews finished.\n';
    const { articles, problems } = extractFile({ file: 'lock.txt', content, origin: 'library' });
    expect(articles.map((a) => a.published)).toEqual([publicationDateOf(content)]);
    expect(problems).toEqual([]);
  });

  it("takes a dateline without a year a day or so before the file's date as the story's day", () => {
    const content =
      '---\npublished: 2024-04-02\n---\nCanal lock repaired\n\nKelso, April 1\nThe city council today reopened the canal lock.\n';
    const { articles, events } = extractFile({ file: 'lock.md', content, origin: 'library' });
    expect(articles[0]?.published).toBe('2024-04-01');
    expect(events.find((e) => e.title.includes('reopened'))?.start).toBe('2024-04-01');
  });

  it('leaves the file date alone for a date without a year weeks away from it', () => {
    const content =
      '---\npublished: 2024-04-02\n---\nCanal lock repaired\n\nKelso, March 1\nThe city council today reopened the canal lock.\n';
    expect(extractFile({ file: 'lock.md', content, origin: 'library' }).articles[0]?.published).toBe(
      '2024-04-02',
    );
  });
});
