// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FilterMode } from '../../../electron/shared/contract';
import { ActorList } from '../../../renderer/src/components/actor-list';
import { ACTORS } from '../fixtures';

/** The list with its state held the way the page holds it. */
function Harness({ onState }: { onState?: (hidden: Set<string>, mode: FilterMode) => void }) {
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [mode, setMode] = useState<FilterMode>('any');
  return (
    <ActorList
      actors={ACTORS}
      hidden={hidden}
      mode={mode}
      onHiddenChange={(h) => {
        setHidden(h);
        onState?.(h, mode);
      }}
      onModeChange={(m) => {
        setMode(m);
        onState?.(hidden, m);
      }}
    />
  );
}

const checkbox = (name: string) => screen.getByRole('checkbox', { name: new RegExp(`^${name}`) });

afterEach(cleanup);

describe('actor list', () => {
  it('groups actors by kind with their event counts', () => {
    render(<Harness />);
    const people = screen.getByRole('region', { name: 'People' });
    expect(
      within(people)
        .getAllByRole('checkbox')
        .map((c) => c.closest('label')?.textContent),
    ).toEqual(['Donald Trump7', 'Sergey Lavrov4']);
    expect(screen.getByRole('region', { name: 'Countries' })).toHaveTextContent('Russia9');
    expect(screen.getByRole('region', { name: 'Organisations' })).toHaveTextContent('NATO5');
    expect(screen.getByRole('region', { name: 'Groups' })).toHaveTextContent('Protesters2');
    expect(screen.getByText('7 of 7 selected')).toBeInTheDocument();
  });

  it('search narrows the list to matching actors', async () => {
    render(<Harness />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search actors' }), 'cote');
    expect(screen.getAllByRole('checkbox')).toHaveLength(1);
    expect(checkbox('Côte')).toBeInTheDocument();
    await userEvent.clear(screen.getByRole('searchbox'));
    await userEvent.type(screen.getByRole('searchbox'), 'nobody here');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('No actor matches the search.')).toBeInTheDocument();
  });

  it('a checkbox switches one actor off and on', async () => {
    const states: string[][] = [];
    render(<Harness onState={(h) => states.push([...h])} />);
    await userEvent.click(checkbox('NATO'));
    expect(checkbox('NATO')).not.toBeChecked();
    expect(checkbox('Russia')).toBeChecked();
    expect(states.at(-1)).toEqual(['NATO']);
    await userEvent.click(checkbox('NATO'));
    expect(checkbox('NATO')).toBeChecked();
    expect(states.at(-1)).toEqual([]);
  });

  it('"only" keeps one actor, "None" clears all, "All" selects all', async () => {
    render(<Harness />);
    await userEvent.click(screen.getByRole('button', { name: 'Only Ukraine' }));
    expect(screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toEqual([
      checkbox('Ukraine'),
    ]);
    expect(screen.getByText('1 of 7 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(screen.getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
  });

  it('switches between any and all', async () => {
    const modes: FilterMode[] = [];
    render(<Harness onState={(_h, m) => modes.push(m)} />);
    const any = screen.getByRole('radio', { name: 'any selected actor' });
    const all = screen.getByRole('radio', { name: 'all selected actors' });
    expect(any).toBeChecked();
    await userEvent.click(all);
    expect(all).toBeChecked();
    expect(any).not.toBeChecked();
    expect(modes).toEqual(['all']);
  });

  it('is one Tab stop: arrows move between actors and to the row’s "only", Tab leaves', async () => {
    let last: Set<string> = new Set();
    render(<Harness onState={(h) => (last = h)} />);
    const boxes = screen.getAllByRole('checkbox');
    // one control of all the rows takes Tab: the first actor's checkbox
    const stops = [
      ...document.querySelectorAll<HTMLElement>('.actor-groups input, .actor-groups button'),
    ].filter((e) => e.tabIndex === 0);
    expect(stops).toEqual([boxes[0]]);
    boxes[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(boxes[1]);
    await userEvent.keyboard('{ArrowRight}');
    const only = document.activeElement as HTMLElement;
    expect(only.getAttribute('aria-label')).toBe(`Only ${boxes[1]!.dataset.actor}`);
    // the control last focused is the one Tab comes back to
    expect(only.tabIndex).toBe(0);
    expect(boxes[0]!.tabIndex).toBe(-1);
    await userEvent.keyboard('{Enter}');
    expect(last.has(boxes[1]!.dataset.actor!)).toBe(false);
    expect(last.size).toBe(ACTORS.length - 1);
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(boxes[1]);
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(boxes.at(-1));
    await userEvent.tab();
    expect(document.activeElement?.closest('.actor-groups')).toBeNull();
  });
});
