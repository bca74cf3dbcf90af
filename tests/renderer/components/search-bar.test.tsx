// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchBar } from '../../../renderer/src/components/search-bar';
import { FacetPanel } from '../../../renderer/src/components/facet-panel';
import type { Chip } from '../../../renderer/src/lib/chips';
import { makeEvent } from '../fixtures';

afterEach(cleanup);

const shown = [
  makeEvent({ id: 'e1', title: 'Sergey Lavrov announced talks' }),
  makeEvent({ id: 'e2', title: 'Lavrov criticised NATO' }),
];

function Harness({ onSelect = () => undefined, chips = [] as Chip[], onRemoveChip = () => undefined }) {
  const [query, setQuery] = useState('');
  return (
    <SearchBar
      query={query}
      onQueryChange={setQuery}
      shown={query ? shown : []}
      chips={chips}
      onRemoveChip={onRemoveChip}
      onClearAll={() => undefined}
      selectedId={null}
      onSelect={onSelect}
    />
  );
}

describe('search box', () => {
  it('is labelled, counts and lists the matches with the words marked; Escape clears it', async () => {
    const onSelect = vi.fn();
    render(<Harness onSelect={onSelect} />);
    const box = screen.getByRole('searchbox', { name: 'Search events' });
    await userEvent.type(box, 'LAVRÓV');
    expect(screen.getByTestId('match-count')).toHaveTextContent('2 matches');
    const list = screen.getByRole('list', { name: 'Matching events' });
    const marks = list.querySelectorAll('mark.found');
    expect([...marks].map((m) => m.textContent)).toEqual(['Lavrov', 'Lavrov']);
    await userEvent.click(within(list).getByRole('button', { name: 'Lavrov criticised NATO' }));
    expect(onSelect).toHaveBeenCalledWith('e2');
    await userEvent.type(box, '{Escape}');
    expect(box).toHaveValue('');
    expect(screen.queryByTestId('match-count')).toBeNull();
  });

  it('shows one chip per active filter, each removed with one click', async () => {
    const onRemoveChip = vi.fn();
    const chips: Chip[] = [
      { key: 'word:lavrov', label: '“lavrov”', action: { type: 'word', word: 'lavrov' } },
      { key: 'kind:03', label: 'Kind: Consult', action: { type: 'kind', kind: '03' } },
    ];
    render(<Harness chips={chips} onRemoveChip={onRemoveChip} />);
    const list = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label') ?? b.textContent),
    ).toEqual(['Remove filter: “lavrov”', 'Remove filter: Kind: Consult', 'Clear all']);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Kind: Consult' }));
    expect(onRemoveChip).toHaveBeenCalledWith(chips[1]);
  });
});

describe('facet panel', () => {
  it('lists kinds and articles with counts, toggles them and sets dates typed in words', async () => {
    const onToggleKind = vi.fn();
    const onToggleArticle = vi.fn();
    const onDatesChange = vi.fn();
    render(
      <FacetPanel
        kinds={[
          { key: '03', label: '03 Express intent to cooperate', count: 4, checked: true },
          { key: '11', label: '11 Disapprove', count: 0, checked: false },
        ]}
        articles={[
          { key: 'a1', label: 'Russia open to talks', detail: 'AP · 14 Jan 2025', count: 7, checked: false },
        ]}
        from="2025-01-14"
        onToggleKind={onToggleKind}
        onToggleArticle={onToggleArticle}
        onDatesChange={onDatesChange}
      />,
    );
    const consult = screen.getByRole('checkbox', { name: /Express intent to cooperate/ });
    expect(consult).toBeChecked();
    expect(consult.closest('label')).toHaveTextContent('4');
    expect(screen.getByRole('checkbox', { name: /Disapprove/ }).closest('label')).toHaveTextContent('0');
    await userEvent.click(screen.getByRole('checkbox', { name: /Disapprove/ }));
    expect(onToggleKind).toHaveBeenCalledWith('11');
    await userEvent.click(screen.getByRole('checkbox', { name: /Russia open to talks/ }));
    expect(onToggleArticle).toHaveBeenCalledWith('a1');
    // dates are shown and typed the way the app writes them, applied on Enter
    expect(screen.getByLabelText('From')).toHaveValue('14 January 2025');
    await userEvent.type(screen.getByLabelText('Until'), '20 Jan 2025');
    expect(onDatesChange).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Until'), '{Enter}');
    expect(onDatesChange).toHaveBeenLastCalledWith('2025-01-14', '2025-01-20');
    // text that is not a date: a message, and nothing applied
    await userEvent.clear(screen.getByLabelText('From'));
    await userEvent.type(screen.getByLabelText('From'), 'soon{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“soon” is not a date');
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
    expect(onDatesChange).toHaveBeenCalledTimes(1);
  });
});
