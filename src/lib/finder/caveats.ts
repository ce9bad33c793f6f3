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
      "SAMHSA's mental-health directory does not record IOPs, so these come from its substance-use directory. Many mental-health and eating-disorder clinics run IOPs too: call them to ask.",
    );
  }
  return caveats;
}
