import { describe, expect, it } from 'vitest';
import { shareFileName, shareTitle } from '../../../renderer/src/lib/share-title';

describe('the title of what is shared', () => {
  it('is the saved view’s name when one is applied, else the story’s, else “Newsline”', () => {
    expect(shareTitle({ viewName: 'Annan on Syria', storyName: 'Syria 2012' })).toBe('Annan on Syria');
    expect(shareTitle({ storyName: 'Syria 2012' })).toBe('Syria 2012');
    expect(shareTitle({ viewName: null, storyName: 'Syria 2012' })).toBe('Syria 2012');
    expect(shareTitle({})).toBe('Newsline');
  });

  it('takes no blank name, and makes white space single', () => {
    expect(shareTitle({ viewName: '   ', storyName: '' })).toBe('Newsline');
    expect(shareTitle({ viewName: ' Annan \n on  Syria ' })).toBe('Annan on Syria');
  });

  it('names the file after the title and the day, safe on every file system', () => {
    expect(shareFileName('Annan on Syria: “talks”', 'png', '2025-01-14')).toBe(
      'annan-on-syria-talks-2025-01-14.png',
    );
    expect(shareFileName('Côte d’Ivoire / CON', 'pdf', '2025-01-14')).toBe(
      'cote-d-ivoire-con-2025-01-14.pdf',
    );
    expect(shareFileName('Newsline', 'png', '2025-01-14')).toBe('newsline-2025-01-14.png');
    expect(shareFileName('«»', 'png', '2025-01-14')).toBe('newsline-2025-01-14.png');
    expect(shareFileName('x'.repeat(200), 'png', '2025-01-14')).toBe(`${'x'.repeat(60)}-2025-01-14.png`);
  });
});
