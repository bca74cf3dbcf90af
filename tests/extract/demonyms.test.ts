/**
 * The demonyms the extractor reads (assets/demonyms.json) are the ones the world-countries data
 * set gives; regenerate with `npm run build:demonyms` after upgrading it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countryOfDemonym } from '../../electron/extract/gazetteer';
import { DEMONYMS_PATH, demonymTable } from '../../scripts/build-demonyms';

describe('demonyms', () => {
  it('match the world-countries data set', () => {
    expect(JSON.parse(readFileSync(DEMONYMS_PATH, 'utf8'))).toEqual(demonymTable());
  });

  it('name the country for countries the curated list lacks, and keep the curated ones', () => {
    expect(countryOfDemonym('chilean')?.name).toBe('Chile');
    expect(countryOfDemonym('croatian')?.name).toBe('Croatia');
    expect(countryOfDemonym('russian')?.name).toBe('Russia');
  });
});
