import { describe, expect, it } from 'vitest';
import { parseRequest } from '../../electron/shared/schemas';

describe('contract argument validation', () => {
  it('rejects a view state with an unknown filter mode', () => {
    expect(() => parseRequest('saveViewState', [{ hiddenActors: [], mode: 'some' }])).toThrow(
      /saveViewState/,
    );
  });
  it('accepts a valid view state', () => {
    expect(parseRequest('saveViewState', [{ hiddenActors: ['NATO'], mode: 'all' }])[0].mode).toBe('all');
  });
});
