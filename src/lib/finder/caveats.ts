import type { FinderState } from './url-state';

/**
 * Limits of the SAMHSA data that change what a search can find, said in
 * plain words next to the results so that "no results" is never mistaken
 * for "no such program".
 */
export function dataCaveats(state: Pick<FinderState, 'levels'>): string[] {
  const caveats: string[] = [];
  if (state.levels.includes('intensive-outpatient')) {
    caveats.push(
      "SAMHSA's mental-health directory does not record intensive outpatient programs, so the IOPs listed here come from its substance-use directory. Many mental-health clinics, including eating-disorder programs, also run IOPs: look at their outpatient and partial hospitalization listings and call to ask.",
    );
  }
  return caveats;
}
