// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_LIMIT, FacetPanel } from '../../../renderer/src/components/facet-panel';
import type { FacetOption } from '../../../renderer/src/lib/facets';

const article = (i: number, checked = false): FacetOption => ({
  key: `art_${i}`,
  label: `Story number ${i}`,
  detail: i % 2 ? 'Reuters · 2 Mar 2025' : 'AP · 3 Mar 2025',
  count: 100 - (i % 100),
  checked,
});

function renderPanel(articles: FacetOption[]) {
  const onToggleArticle = vi.fn();
  render(
    <FacetPanel
      kinds={[]}
      articles={articles}
      onToggleKind={vi.fn()}
      onToggleArticle={onToggleArticle}
      onDatesChange={vi.fn()}
    />,
  );
  const articleBoxes = () => document.querySelectorAll('input[data-facet="article"]');
  return { onToggleArticle, articleBoxes };
}

describe('article facet of a large library', () => {
  afterEach(cleanup);

  it('lists every article when there are few', () => {
    const { articleBoxes } = renderPanel(Array.from({ length: 5 }, (_, i) => article(i)));
    expect(articleBoxes()).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /show all/i })).toBeNull();
  });

  it('shows the first ones and every checked one, and all on request', async () => {
    const many = Array.from({ length: 500 }, (_, i) => article(i, i === 400));
    const { articleBoxes } = renderPanel(many);
    expect(articleBoxes()).toHaveLength(ARTICLE_LIMIT + 1);
    expect(screen.getByLabelText(/Story number 400/)).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Show all 500 articles' }));
    expect(articleBoxes()).toHaveLength(500);
    await userEvent.click(screen.getByRole('button', { name: `Show the first ${ARTICLE_LIMIT}` }));
    expect(articleBoxes()).toHaveLength(ARTICLE_LIMIT + 1);
  });

  it('finds an article by words of its title or source, in any order', async () => {
    const { articleBoxes, onToggleArticle } = renderPanel(Array.from({ length: 300 }, (_, i) => article(i)));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter articles' }), '250 story');
    expect(articleBoxes()).toHaveLength(1);
    const list = screen.getByRole('list');
    await userEvent.click(within(list).getByLabelText(/Story number 250/));
    expect(onToggleArticle).toHaveBeenCalledWith('art_250');
  });
});
