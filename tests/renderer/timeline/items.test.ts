import { describe, expect, it } from 'vitest';
import {
  actorLine,
  itemClassName,
  itemLabel,
  itemText,
  quadClass,
  shortTitle,
} from '../../../renderer/src/timeline/items';
import { makeEvent } from '../fixtures';

describe('timeline items', () => {
  it('escapes article text in the item and its tooltip', () => {
    const event = makeEvent({
      id: 'x',
      title: 'Minister says <img src=x onerror="alert(1)"> & more',
      actors: [{ name: 'A <b>', kind: 'person', role: 'source' }],
    });
    const { content, title } = itemText(event);
    expect(content).not.toContain('<img');
    expect(content).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more');
    expect(title).toBe(
      'Minister says &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more<br>14 January 2025<br>A &lt;b&gt;',
    );
  });

  it('shortens long titles at a word boundary', () => {
    const long =
      'Sergey Lavrov announced that Russia is open to discussions with the incoming administration';
    const short = shortTitle(long);
    expect(short.length).toBeLessThanOrEqual(60);
    expect(short.endsWith('…')).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
    expect(shortTitle('Short one')).toBe('Short one');
  });

  it('names who acts and who is acted upon', () => {
    expect(
      actorLine({
        actors: [
          { name: 'Russia', kind: 'country', role: 'source' },
          { name: 'NATO', kind: 'organization', role: 'target' },
        ],
      }),
    ).toBe('Russia → NATO');
    expect(actorLine({ actors: [] })).toBe('No named actor');
  });

  it('classes items by precision and by the quad class of their kind', () => {
    expect(quadClass('04')).toBe(1);
    expect(quadClass('07')).toBe(2);
    expect(quadClass('12')).toBe(3);
    expect(quadClass('190')).toBe(4);
    expect(quadClass(null)).toBe(0);
    expect(itemClassName({ precision: 'month', cameo: '14' })).toBe('nl-event nl-month nl-q4');
  });

  it('sets planned, negated and reported events apart in their class, tooltip and accessible name', () => {
    const planned = makeEvent({ id: 'p', title: 'Council will vote', modality: 'planned' });
    expect(itemClassName(planned)).toContain('nl-planned');
    expect(itemText(planned).title).toContain('planned, not yet done');
    expect(itemLabel(planned)).toContain('planned, not yet done');
    const plain = makeEvent({ id: 'q', title: 'Council voted' });
    expect(itemClassName(plain)).not.toMatch(/nl-(?:planned|negated|reported)/);
    expect(itemLabel(plain)).not.toContain('planned');
  });
});
