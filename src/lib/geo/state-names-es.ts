import type { StateCode } from './states';

/**
 * State and territory names in US Spanish, where Spanish writes them
 * differently; the rest (Texas, Colorado, Rhode Island…) are the same in
 * both. The forms are those US agencies and newsrooms write in Spanish
 * (docs/glossary-es.md, "Directory pages and places"). Only names: URLs and filters keep the
 * USPS code.
 */
export const SPANISH_STATE_NAMES: Partial<Record<StateCode, string>> = {
  DC: 'Distrito de Columbia',
  HI: 'Hawái',
  LA: 'Luisiana',
  MS: 'Misisipi',
  MO: 'Misuri',
  NH: 'Nuevo Hampshire',
  NJ: 'Nueva Jersey',
  NM: 'Nuevo México',
  NY: 'Nueva York',
  NC: 'Carolina del Norte',
  ND: 'Dakota del Norte',
  OR: 'Oregón',
  PA: 'Pensilvania',
  SC: 'Carolina del Sur',
  SD: 'Dakota del Sur',
  WV: 'Virginia Occidental',
  AS: 'Samoa Americana',
  MP: 'Islas Marianas del Norte',
  VI: 'Islas Vírgenes de los EE. UU.',
};
