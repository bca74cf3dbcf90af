// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { NewslineApi, Snapshot, ViewState } from '../../electron/shared/contract';
import { lookupStubs, storyStubs } from '../mocks/curation';
import { App } from '../../renderer/src/app';
import { makeArticle, makeEvent } from './fixtures';

const text = 'Talks\nLavrov proposed talks on Monday. Kyiv rejected them.';
const article = makeArticle({ id: 'a1', title: 'Talks in Geneva', start: 0, end: text.length });
const quote = (q: string) => ({
  articleId: 'a1',
  quote: q,
  start: text.indexOf(q),
  end: text.indexOf(q) + q.length,
});
const person = (name: string) => ({ name, kind: 'person' as const, role: 'source' as const });
const snapshot: Snapshot = {
  articles: [article],
  events: [
    makeEvent({
      id: 'e1',
      title: 'Lavrov proposes talks',
      cameo: '03',
      actors: [person('Sergey Lavrov')],
      sources: [quote('Lavrov proposed talks on Monday.')],
    }),
    makeEvent({
      id: 'e2',
      title: 'Kyiv rejects them',
      cameo: '12',
      start: '2025-01-15',
      actors: [person('Zelensky')],
      sources: [quote('Kyiv rejected them.')],
    }),
    makeEvent({
      id: 'e3',
      title: 'Markets fall',
      cameo: null,
      start: '2025-02-01',
      actors: [person('Zelensky')],
    }),
  ],
  actors: [
    { name: 'Sergey Lavrov', kind: 'person', count: 1 },
    { name: 'Zelensky', kind: 'person', count: 2 },
  ],
  problems: [],
} as Snapshot;

function fakeApi(view: ViewState = { hiddenActors: [], mode: 'any' }): NewslineApi {
  return {
    getSnapshot: vi.fn(async () => snapshot),
    getArticleText: vi.fn(async () => ({ article, text })),
    inspectImport: vi.fn(async () => []),
    importArticles: vi.fn(),
    getImportProgress: vi.fn(async () => null),
    cancelImport: vi.fn(async () => undefined),
    getViewState: vi.fn(async () => view),
    saveViewState: vi.fn(async () => undefined),
    ...storyStubs(snapshot),
    ...lookupStubs(snapshot),
    onMenuCommand: () => () => undefined,
  } as unknown as NewslineApi;
}

afterEach(cleanup);

describe('search, facets and chips on the page', () => {
  it('narrows the events by search, shows a chip that removes it, and saves the search', async () => {
    const api = fakeApi();
    render(<App api={api} />);
    await userEvent.type(await screen.findByRole('searchbox', { name: 'Search events' }), 'lavróv');
    await waitFor(() => expect(screen.getByTestId('shown-count')).toHaveTextContent('1 of 3'));
    // The actor counts follow the search.
    expect(screen.getByRole('checkbox', { name: /^Zelensky/ }).closest('label')).toHaveTextContent(
      'Zelensky0',
    );
    expect(screen.getByRole('checkbox', { name: /^Sergey Lavrov/ }).closest('label')).toHaveTextContent(
      'Sergey Lavrov1',
    );
    await waitFor(() =>
      expect(api.saveViewState).toHaveBeenLastCalledWith(expect.objectContaining({ search: 'lavróv' })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: “lavrov”' }));
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    await waitFor(() => expect(screen.getByTestId('shown-count')).toHaveTextContent('3'));
  });

  it('counts kinds under the actor filter and restores saved facets', async () => {
    const api = fakeApi({
      hiddenActors: ['Sergey Lavrov'],
      mode: 'any',
      kinds: ['12'],
      dateFrom: '2025-01-01',
    });
    render(<App api={api} />);
    expect(await screen.findByTestId('shown-count')).toHaveTextContent('1 of 3');
    const kind = (name: RegExp) => screen.getByRole('checkbox', { name }).closest('label');
    expect(screen.getByRole('checkbox', { name: /Reject/ })).toBeChecked();
    expect(kind(/Express intent/)).toHaveTextContent('0');
    expect(kind(/Not classified/)).toHaveTextContent('1');
    expect(screen.getByLabelText('From')).toHaveValue('1 January 2025');
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Without Sergey Lavrov×', 'Kind: Reject×', 'From 1 Jan 2025×', 'Clear all']);
    await userEvent.click(
      within(chips).getByRole('button', { name: 'Remove filter: Without Sergey Lavrov' }),
    );
    expect(kind(/Express intent/)).toHaveTextContent('1');
    expect(screen.getByTestId('shown-count')).toHaveTextContent('1 of 3');
  });

  it('opens an article from the details panel and selects an event from a highlight', async () => {
    const api = fakeApi({ hiddenActors: [], mode: 'any', selectedEventId: 'e1' });
    render(<App api={api} />);
    const details = await screen.findByRole('complementary', { name: 'Event details' });
    await userEvent.click(within(details).getByRole('button', { name: 'Talks in Geneva' }));
    const reader = await screen.findByRole('complementary', { name: 'Article reader' });
    const mark = await within(reader).findByRole('button', { name: /Kyiv rejected them/ });
    await userEvent.click(mark);
    await waitFor(() => expect(mark).toHaveAttribute('aria-current', 'true'));
    await userEvent.click(within(reader).getByRole('button', { name: 'Event' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Kyiv rejects them' })).toBeInTheDocument();
  });
});
