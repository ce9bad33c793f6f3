import type { Term } from './term';

/** Age groups a facility accepts, from SAMHSA's "age groups accepted" codes. */
export const AGES = [
  {
    id: 'children',
    label: 'Children and adolescents',
    description: 'Accepts people under 18.',
    synonyms: ['kids', 'teens', 'youth', 'minors', 'adolescents'],
    samhsa: { su: ['CHLD'], mh: ['CHLD'] },
  },
  {
    id: 'young-adults',
    label: 'Young adults',
    description: 'Accepts young adults, usually 18 to 25.',
    synonyms: ['18-25', 'college age'],
    samhsa: { su: ['YAD'], mh: ['YAD'] },
  },
  {
    id: 'adults',
    label: 'Adults',
    description: 'Accepts adults.',
    samhsa: { su: ['ADLT'], mh: ['ADLT'] },
  },
  {
    id: 'seniors',
    label: 'Seniors',
    description: 'Accepts older adults, usually 65 and over.',
    synonyms: ['older adults', 'elderly', '65+'],
    samhsa: { su: ['SNR'], mh: ['SNR'] },
  },
] as const satisfies readonly Term[];

export type AgeGroupId = (typeof AGES)[number]['id'];
