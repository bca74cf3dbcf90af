// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleText } from '../../../electron/shared/contract';
import { ArticleList } from '../../../renderer/src/components/article-list';
import { ArticleReader } from '../../../renderer/src/components/article-reader';
import { EventList } from '../../../renderer/src/components/event-list';
import { makeArticle, makeEvent } from '../fixtures';

afterEach(cleanup);

// The article is the second of its file: its text starts at offset 40 of the file body.
const text =
  'Talks <b>in</b> Geneva\nRussia proposed talks on Monday. Ukraine rejected them.\n\nMarkets were calm.';
const article = makeArticle({ id: 'a1', title: 'Talks in Geneva', start: 40, end: 40 + text.length });
const quote = (q: string) => ({
  articleId: 'a1',
  quote: q,
  start: 40 + text.indexOf(q),
  end: 40 + text.indexOf(q) + q.length,
});
const events = [
  makeEvent({
    id: 'e1',
    title: 'Russia proposes talks',
    cameo: '03',
    sources: [quote('Russia proposed talks on Monday.')],
  }),
  makeEvent({ id: 'e2', title: 'Ukraine rejects', cameo: '12', sources: [quote('Ukraine rejected them.')] }),
  makeEvent({ id: 'e3', title: 'Elsewhere', sources: [{ articleId: 'a9', quote: 'x', start: 0, end: 1 }] }),
];
const api = {
  getArticleText: vi.fn(async (): Promise<ArticleText> => ({ article, text })),
  getEvents: vi.fn(async (ids: string[]) => events.filter((e) => ids.includes(e.id))),
};

function renderReader(selectedId: string | null, onSelect = vi.fn(), onOpenArticle = vi.fn()) {
  const view = render(
    <ArticleReader
      api={api}
      article={article}
      events={events}
      visibleIds={new Set(['e1', 'e2', 'e3'])}
      selectedId={selectedId}
      onSelect={onSelect}
      onOpenArticle={onOpenArticle}
    />,
  );
  return { ...view, onSelect, onOpenArticle };
}

describe('article reader', () => {
  it('shows the text as plain paragraphs with the quoted sentences highlighted by kind', async () => {
    renderReader(null);
    const body = await screen.findByTestId('reader-text');
    await within(body).findByText(/Markets were calm/);
    // Paragraphs kept; the markup in the text is shown as text, never as HTML.
    expect([...body.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'Talks <b>in</b> Geneva',
      'Russia proposed talks on Monday.03 (event: Express intent to cooperate) Ukraine rejected them.12 (event: Reject)',
      'Markets were calm.',
    ]);
    expect(body.querySelector('b')).toBeNull();
    const marks = [...body.querySelectorAll('mark.hl')];
    expect(marks.map((m) => [m.getAttribute('data-events'), m.className])).toEqual([
      ['e1', 'hl hl-q1'],
      ['e2', 'hl hl-q3'],
    ]);
    expect(screen.getByRole('list', { name: 'Highlight colours' })).toHaveTextContent('Verbal conflict');
  });

  it('selects the event of a highlight on click or Enter', async () => {
    const { onSelect } = renderReader(null);
    await userEvent.click(await screen.findByRole('button', { name: /Ukraine rejected them/ }));
    expect(onSelect).toHaveBeenLastCalledWith('e2');
    screen.getByRole('button', { name: /Russia proposed talks/ }).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('e1');
  });

  it('scrolls its pane to the selected event and marks it as current', async () => {
    const props = {
      api,
      article,
      events,
      visibleIds: new Set(['e1', 'e2', 'e3']),
      onSelect: () => undefined,
      onOpenArticle: () => undefined,
    };
    const { rerender } = render(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        <ArticleReader {...props} selectedId={null} />
      </div>,
    );
    await screen.findByRole('button', { name: /Ukraine rejected them/ });
    // jsdom has no layout: the pane is 100 px high, its content 1000, and the quote 500 px down.
    const pane = screen.getByTestId('pane');
    Object.defineProperty(pane, 'scrollHeight', { value: 1000 });
    Object.defineProperty(pane, 'clientHeight', { value: 100 });
    pane.getBoundingClientRect = () => new DOMRect(0, 0, 300, 100);
    const mark = screen.getByRole('button', { name: /Ukraine rejected them/ });
    mark.getBoundingClientRect = () => new DOMRect(0, 500, 300, 20);
    expect(pane.scrollTop).toBe(0);
    rerender(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        <ArticleReader {...props} selectedId="e2" />
      </div>,
    );
    expect(mark).toHaveAttribute('aria-current', 'true');
    // Centred: 500 down, less half of (100 - 20).
    expect(pane.scrollTop).toBe(460);
  });

  it('offers the article of a selected event reported elsewhere', async () => {
    const { onOpenArticle } = renderReader('e3');
    await userEvent.click(await screen.findByRole('button', { name: 'Open its article' }));
    expect(onOpenArticle).toHaveBeenCalledWith('a9');
  });
});

describe('sortable tables', () => {
  const rowsOf = (table: HTMLElement) =>
    within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('td button')?.textContent ?? r.querySelector('td')?.textContent);

  it('sorts the list view by date and by title, stating the order on the header', async () => {
    const list = [
      makeEvent({ id: 'b', title: 'Beta', start: '2025-02-01' }),
      makeEvent({ id: 'a', title: 'Alpha', start: '2025-03-01' }),
      makeEvent({ id: 'c', title: 'Gamma', start: '2025-01-01' }),
    ];
    const onSelect = vi.fn();
    render(<EventList api={api} events={list} selectedId={null} onSelect={onSelect} />);
    const table = screen.getByRole('table');
    const dateHeader = screen.getByRole('columnheader', { name: /Date/ });
    expect(dateHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(rowsOf(table)).toEqual(['Gamma', 'Beta', 'Alpha']);
    await userEvent.click(within(dateHeader).getByRole('button'));
    expect(dateHeader).toHaveAttribute('aria-sort', 'descending');
    expect(rowsOf(table)).toEqual(['Alpha', 'Beta', 'Gamma']);
    await userEvent.click(screen.getByRole('button', { name: /^Event/ }));
    expect(screen.getByRole('columnheader', { name: /Event/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(dateHeader).not.toHaveAttribute('aria-sort');
    expect(rowsOf(table)).toEqual(['Alpha', 'Beta', 'Gamma']);
    await userEvent.click(screen.getByRole('button', { name: 'Beta' }));
    expect(onSelect).toHaveBeenCalledWith('b');
  });

  it('brings the selected event’s row into view', () => {
    const list = ['a', 'b', 'c'].map((id, i) =>
      makeEvent({ id, title: `Event ${id}`, start: `2025-01-1${i}` }),
    );
    const { rerender } = render(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        <EventList api={api} events={list} selectedId={null} onSelect={() => undefined} />
      </div>,
    );
    const pane = screen.getByTestId('pane');
    Object.defineProperty(pane, 'scrollHeight', { value: 1000 });
    Object.defineProperty(pane, 'clientHeight', { value: 100 });
    pane.getBoundingClientRect = () => new DOMRect(0, 0, 300, 100);
    const row = screen.getByRole('button', { name: 'Event c' }).closest('tr')!;
    row.getBoundingClientRect = () => new DOMRect(0, 300, 300, 20);
    rerender(
      <div data-testid="pane" style={{ overflowY: 'auto' }}>
        <EventList api={api} events={list} selectedId="c" onSelect={() => undefined} />
      </div>,
    );
    expect(row).toHaveClass('selected');
    expect(pane.scrollTop).toBe(260);
  });

  it('lists the articles with source, date and number of events, and opens one', async () => {
    const onOpen = vi.fn();
    render(
      <ArticleList
        articles={[
          makeArticle({ id: 'a1', title: 'Older', published: '2025-01-14', source: 'AP' }),
          makeArticle({ id: 'a2', title: 'Newer', published: '2025-01-21', source: 'Reuters' }),
        ]}
        counts={
          new Map([
            ['a1', 5],
            ['a2', 2],
          ])
        }
        openId={null}
        onOpen={onOpen}
      />,
    );
    const table = screen.getByRole('table');
    expect(rowsOf(table)).toEqual(['Newer', 'Older']);
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Reuters21 Jan 20252');
    await userEvent.click(screen.getByRole('button', { name: /^Events/ }));
    await userEvent.click(screen.getByRole('button', { name: /^Events/ }));
    expect(rowsOf(table)).toEqual(['Older', 'Newer']);
    await userEvent.click(screen.getByRole('button', { name: 'Older' }));
    expect(onOpen).toHaveBeenCalledWith('a1');
  });
});
