// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DetailsPanel } from '../../../renderer/src/components/details-panel';
import { makeArticle, makeEvent } from '../fixtures';

const articles = new Map([
  ['a1', makeArticle({ id: 'a1', title: 'Russia Open to Talks with Trump', published: '2025-01-14' })],
  ['a2', makeArticle({ id: 'a2', title: 'Ukraine Fears a Rapid Agreement', published: '2025-01-16' })],
]);

afterEach(cleanup);

describe('details panel', () => {
  it('shows title, date in words, kind, actors with roles and every quote with its article', () => {
    const event = makeEvent({
      id: 'e1',
      title: 'Lavrov praises Trump',
      start: '2025-01',
      precision: 'month',
      basis: 'explicit',
      expression: 'In January',
      cameo: '051',
      actors: [
        { name: 'Sergey Lavrov', kind: 'person', role: 'source' },
        { name: 'Donald Trump', kind: 'person', role: 'target' },
      ],
      sources: [
        { articleId: 'a1', quote: 'Lavrov praised Trump’s stance on NATO.', start: 0, end: 10 },
        { articleId: 'a2', quote: 'Moscow welcomed the remarks.', start: 5, end: 20 },
      ],
    });
    // the page holds the event slim; its quotes and date as written come whole from the services
    render(<DetailsPanel event={event} full={event} articles={articles} onClose={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Lavrov praises Trump' })).toBeInTheDocument();
    expect(screen.getByText('January 2025')).toBeInTheDocument();
    expect(screen.getByText(/month only/)).toHaveTextContent('“In January”');
    expect(screen.getByText('Engage in diplomatic cooperation (CAMEO 05)')).toBeInTheDocument();
    const actors = screen.getAllByRole('listitem').filter((li) => li.querySelector('.role'));
    expect(actors.map((li) => li.textContent)).toEqual(['Sergey Lavrov acts', 'Donald Trump acted upon']);
    expect(screen.getByRole('heading', { name: 'Sources (2)' })).toBeInTheDocument();
    const sources = screen.getAllByText((_, el) => el?.classList.contains('source') ?? false);
    expect(within(sources[0]!).getByText('Lavrov praised Trump’s stance on NATO.')).toBeInTheDocument();
    expect(sources[0]).toHaveTextContent('Russia Open to Talks with Trump, 14 January 2025');
    expect(sources[1]).toHaveTextContent('Ukraine Fears a Rapid Agreement, 16 January 2025');
  });

  it('says an approximate date relative to its anchor and a reported date as such', () => {
    const event = makeEvent({
      id: 'e2',
      start: '2024-12-20',
      end: '2024-12-27',
      precision: 'approximate',
      basis: 'reported',
      approximation: { relation: 'before', anchor: '2025-01-14', amount: '3 weeks' },
    });
    render(<DetailsPanel event={event} articles={articles} onClose={() => undefined} />);
    expect(screen.getByText('about 3 weeks before 14 Jan 2025')).toBeInTheDocument();
    expect(screen.getByText(/publication date of the report/)).toBeInTheDocument();
    expect(screen.getByText('Not classified')).toBeInTheDocument();
    expect(screen.getByText('No named actor')).toBeInTheDocument();
  });

  it('says a date set by hand is set by hand, not the report’s', () => {
    const event = makeEvent({
      id: 'e3',
      start: '2025-01-10',
      precision: 'day',
      basis: 'reported',
      edited: { fields: ['date'] },
    });
    render(<DetailsPanel event={event} articles={articles} onClose={() => undefined} />);
    expect(screen.getByText(/set by hand/)).toBeInTheDocument();
    expect(screen.queryByText(/publication date of the report/)).toBeNull();
  });

  it('closes', async () => {
    const onClose = vi.fn();
    render(<DetailsPanel event={makeEvent({ id: 'e3' })} articles={articles} onClose={onClose} />);
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
