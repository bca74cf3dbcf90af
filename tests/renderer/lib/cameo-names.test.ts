import { describe, expect, it } from 'vitest';
import { cameoRootName } from '../../../renderer/src/lib/cameo-names';

describe('kinds of events', () => {
  it('names the CAMEO root of a code', () => {
    expect(cameoRootName('01')).toBe('Make public statement');
    expect(cameoRootName('0421')).toBe('Consult');
    expect(cameoRootName('19')).toBe('Fight');
    expect(cameoRootName(null)).toBeNull();
    expect(cameoRootName('99')).toBeNull();
  });
});
