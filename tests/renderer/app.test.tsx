// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, NewslineApi, Snapshot, ViewState } from '../../electron/shared/contract';
import { App } from '../../renderer/src/app';
import { makeArticle, makeEvent } from './fixtures';
import { curationStubs, lookupStubs, storyStubs, windowStubs } from '../mocks/curation';

const actor = (name: string, kind: 'person' | 'country' = 'country') => ({
  name,
  kind,
  role: 'source' as const,
});
const snapshot: Snapshot = {
  articles: [makeArticle({ id: 'a1', title: 'Talks in Geneva' })],
  events: [
    makeEvent({ id: 'e1', title: 'Russia proposes talks', start: '2025-01-14', actors: [actor('Russia')] }),
    makeEvent({
      id: 'e2',
      title: 'Ukraine rejects the proposal',
      start: '2025-01-15',
      actors: [actor('Ukraine')],
    }),
    makeEvent({ id: 'e3', title: 'NATO meets in January', start: '2025-01', precision: 'month', actors: [] }),
  ],
  actors: [
    { name: 'Russia', kind: 'country', count: 1 },
    { name: 'Ukraine', kind: 'country', count: 1 },
  ],
  problems: [{ file: 'broken.md', message: 'No article was found in the file.' }],
};

/** An in-memory API, with the menu under the test's control. */
function fakeApi(view: ViewState = { hiddenActors: [], mode: 'any' }) {
  let menu: ((c: MenuCommand) => void) | null = null;
  const api = {
    getSnapshot: vi.fn(async () => snapshot),
    getArticleText: vi.fn(),
    inspectImport: vi.fn(async () => []),
    importArticles: vi.fn(),
    getImportProgress: vi.fn(async () => null),
    cancelImport: vi.fn(async () => undefined),
    getViewState: vi.fn(async () => view),
    saveViewState: vi.fn(async () => undefined),
    ...curationStubs(snapshot),
    ...lookupStubs(snapshot),
    ...storyStubs(snapshot),
    ...windowStubs(),
    onMenuCommand: (listener: (c: MenuCommand) => void) => {
      menu = listener;
      return () => {
        menu = null;
      };
    },
  } as unknown as NewslineApi; // the stubs answer edits with whole snapshots, which the page takes too
  return { api, sendMenu: (c: MenuCommand) => menu?.(c) };
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('explorer page', () => {
  it('loads the snapshot and the saved filter, and shows counts and problems', async () => {
    const { api } = fakeApi({ hiddenActors: ['Ukraine'], mode: 'any' });
    render(<App api={api} />);
    expect(await screen.findByTestId('shown-count')).toHaveTextContent('2 of 3');
    expect(screen.getByRole('checkbox', { name: /^Ukraine/ })).not.toBeChecked();
    expect(screen.getByText('1 problem')).toBeInTheDocument();
  });

  it('saves the filter a moment after it changes', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /^Russia/ }));
    await waitFor(() =>
      expect(api.saveViewState).toHaveBeenLastCalledWith(
        expect.objectContaining({ hiddenActors: ['Russia'] }),
      ),
    );
  });

  it('with no events left, offers to clear the filters', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'None' }));
    expect(screen.getByText('No events match the actor filter.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByTestId('shown-count')).toHaveTextContent('3');
    expect(screen.queryByText('No events match the actor filter.')).toBeNull();
  });

  it('opens on the list after a reload when the list was last shown', async () => {
    const { api } = fakeApi();
    const first = render(<App api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'List' }));
    first.unmount();
    render(<App api={api} />);
    expect(await screen.findByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('lists the shown events in time order and opens the details of one', async () => {
    const { api } = fakeApi();
    render(<App api={api} />);
    await userEvent.click(await screen.findByRole('button', { name: 'List' }));
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.querySelector('button')?.textContent)).toEqual([
      'NATO meets in January',
      'Russia proposes talks',
      'Ukraine rejects the proposal',
    ]);
    await userEvent.click(within(table).getByRole('button', { name: 'Ukraine rejects the proposal' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Ukraine rejects the proposal' }),
    ).toBeInTheDocument();
    expect(screen.getByText('15 January 2025', { selector: '.details-date' })).toBeInTheDocument();
  });

  it('"Open articles" from the menu opens the file chooser', async () => {
    const { api, sendMenu } = fakeApi();
    render(<App api={api} />);
    const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    act(() => sendMenu('open-articles'));
    expect(click).toHaveBeenCalledOnce();
    expect(input.accept).toBe('.md,.markdown,.txt,.html,.htm');
    expect(input.multiple).toBe(true);
  });

  it('shows a load error in one line', async () => {
    const { api } = fakeApi();
    api.getSnapshot = vi.fn(async () => {
      throw new Error('The library folder cannot be read\nat stack');
    });
    render(<App api={api} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the events: The library folder cannot be read',
    );
  });
});

describe('opening articles from the native menu without a user gesture', () => {
  it('asks for a click first, then opens the file chooser', async () => {
    Object.defineProperty(navigator, 'userActivation', { value: { isActive: false }, configurable: true });
    try {
      const { api, sendMenu } = fakeApi();
      render(<App api={api} />);
      const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
      const click = vi.spyOn(input, 'click');
      act(() => sendMenu('open-articles'));
      expect(click).not.toHaveBeenCalled();
      const prompt = await screen.findByRole('dialog', { name: 'Open articles' });
      await userEvent.click(within(prompt).getByRole('button', { name: 'Choose files…' }));
      expect(click).toHaveBeenCalledOnce();
      expect(screen.queryByRole('dialog')).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'userActivation');
    }
  });
});

describe('importing a large file beside good ones', () => {
  it('refuses the large file by name and imports the others', async () => {
    const { api } = fakeApi();
    api.inspectImport = vi.fn<NewslineApi['inspectImport']>(async (files) =>
      files.map((f) => ({ name: f.name, articles: 1, needsDate: false, suggestedDate: '2025-01-20' })),
    );
    api.importArticles = vi.fn<NewslineApi['importArticles']>(async (files) => ({
      imported: files.map((f, i) => makeArticle({ id: `n${i}`, title: f.name })),
      failed: [],
      alreadyInLibrary: 0,
      cancelled: false,
      snapshot,
    }));
    render(<App api={api} />);
    const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
    const good = new File(['---\npublished: 2025-01-20\n---\nRussia proposed talks.\n'], 'good.md');
    const huge = new File(['x'], 'huge.md');
    Object.defineProperty(huge, 'size', { value: 12 * 1024 * 1024 });
    await userEvent.upload(input, [huge, good]);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog).toHaveTextContent('1 article imported: no new events.'));
    expect(dialog).toHaveTextContent('huge.md');
    expect(dialog).toHaveTextContent('Too large (12.0 MB); the limit is 10 MB per file.');
    expect(api.importArticles).toHaveBeenCalledOnce();
    expect(vi.mocked(api.importArticles).mock.calls[0]?.[0].map((f) => f.name)).toEqual(['good.md']);
  });
});

describe('importing files with and without a publication date', () => {
  const dated = () => new File(['---\npublished: 2025-01-20\n---\nRussia proposed talks.\n'], 'dated.md');
  const undated = () => new File(['Harbour strike ends\n\nThe union said on Monday.\n'], 'undated.txt');
  const importingApi = () => {
    const { api } = fakeApi();
    api.inspectImport = vi.fn<NewslineApi['inspectImport']>(async (files) =>
      files.map((f) => ({
        name: f.name,
        articles: 1,
        needsDate: f.name.endsWith('.txt'),
        suggestedDate: '2025-03-01',
      })),
    );
    api.importArticles = vi.fn<NewslineApi['importArticles']>(async (files) => ({
      imported: files.map((f) => makeArticle({ id: f.name, title: f.name, file: f.name })),
      failed: [],
      alreadyInLibrary: 0,
      cancelled: false,
      snapshot,
    }));
    return api;
  };

  it('imports the dated files at once, then asks for the dates missing and imports those files', async () => {
    const api = importingApi();
    render(<App api={api} />);
    const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
    await userEvent.upload(input, [undated(), dated()]);
    const ask = await screen.findByRole('dialog', { name: 'When were these published?' });
    expect(vi.mocked(api.importArticles).mock.calls.map((c) => c[0].map((f) => f.name))).toEqual([
      ['dated.md'],
    ]);
    expect(within(ask).getByTestId('imported-before-dates')).toHaveTextContent(
      'The other files are imported already (1 article); this one waits for its date.',
    );
    expect(within(ask).getByLabelText('undated.txt')).toHaveValue('2025-03-01');
    await userEvent.click(within(ask).getByRole('button', { name: 'Import' }));
    const done = await screen.findByRole('dialog', { name: 'Import finished' });
    expect(done).toHaveTextContent('2 articles imported');
    const second = vi.mocked(api.importArticles).mock.calls[1]?.[0];
    expect(second?.map((f) => [f.name, f.published])).toEqual([['undated.txt', '2025-03-01']]);
  });

  it('says what was imported when the dates are not given', async () => {
    const api = importingApi();
    render(<App api={api} />);
    const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
    await userEvent.upload(input, [dated(), undated()]);
    const ask = await screen.findByRole('dialog', { name: 'When were these published?' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    const done = await screen.findByRole('dialog', { name: 'Import cancelled' });
    expect(done).toHaveTextContent('1 article imported');
    expect(api.importArticles).toHaveBeenCalledOnce();
  });

  it('asks first, importing nothing, when no file gives a date', async () => {
    const api = importingApi();
    render(<App api={api} />);
    const input = (await screen.findByTestId('file-input')) as HTMLInputElement;
    await userEvent.upload(input, [undated()]);
    const ask = await screen.findByRole('dialog', { name: 'When were these published?' });
    expect(within(ask).queryByTestId('imported-before-dates')).toBeNull();
    await userEvent.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.importArticles).not.toHaveBeenCalled();
  });
});
