import type { Term } from './term';

/** What a facility treats, from SAMHSA's "type of care" codes. */
export const CARE_FOCUS = [
  {
    id: 'substance-use',
    label: 'Substance use',
    description: 'Treatment for problems with alcohol or drugs.',
    synonyms: ['addiction', 'drug', 'alcohol', 'SUD', 'rehab'],
    samhsa: { su: ['SA'], mh: ['SA'] },
  },
  {
    id: 'mental-health',
    label: 'Mental health',
    description: 'Treatment for conditions such as depression, anxiety, bipolar disorder or psychosis.',
    synonyms: ['behavioral health', 'psychiatric', 'depression', 'anxiety'],
    samhsa: { su: ['MH'], mh: ['MH'] },
  },
  {
    id: 'co-occurring',
    label: 'Co-occurring',
    description: 'Treatment for substance use and a mental health condition together.',
    synonyms: ['dual diagnosis', 'co-occurring disorders', 'integrated treatment'],
    samhsa: { su: ['SUMH'], mh: ['SUMH'] },
  },
] as const satisfies readonly Term[];

export type CareFocusId = (typeof CARE_FOCUS)[number]['id'];
