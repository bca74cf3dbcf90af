import { describe, expect, it } from 'vitest';
import { channelOf, isRequestName, REQUEST_NAMES, REQUESTS } from '../../electron/shared/contract';
import { requestSchemas } from '../../electron/shared/schemas';

describe('the contract', () => {
  it('lists every request once, and the schemas validate exactly those', () => {
    expect(new Set(REQUEST_NAMES).size).toBe(REQUEST_NAMES.length);
    expect(Object.keys(requestSchemas).sort()).toEqual([...REQUEST_NAMES].sort());
    expect(new Set(REQUEST_NAMES.map(channelOf)).size).toBe(REQUEST_NAMES.length);
  });

  it('knows its request names, and nothing an object inherits', () => {
    expect(isRequestName('getSnapshot')).toBe(true);
    expect(isRequestName('printPdf')).toBe(true);
    for (const name of ['toString', 'constructor', '__proto__', 'getsnapshot', '', 42, null])
      expect(isRequestName(name)).toBe(false);
  });

  it('says which answers hold a snapshot', () => {
    expect(REQUESTS.getSnapshot).toBe('snapshot');
    expect(REQUESTS.importArticles).toBe('import');
    expect(REQUESTS.getViewState).toBe('json');
  });
});
