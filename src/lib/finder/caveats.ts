import type { Locale } from '../i18n/locales';
import { finderMessages } from '../i18n/messages/finder';
import type { FinderState } from './url-state';

/**
 * Limits of the SAMHSA data that change what a search can find, said in
 * plain words next to the results so that "no results" is never mistaken
 * for "no such program".
 */
export function dataCaveats(state: Pick<FinderState, 'levels'>, locale: Locale = 'en'): string[] {
  const caveats: string[] = [];
  if (state.levels.includes('intensive-outpatient')) caveats.push(finderMessages(locale).results.iopCaveat);
  return caveats;
}
