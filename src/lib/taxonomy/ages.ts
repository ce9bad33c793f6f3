import type { Term } from './term';

/** Age groups a facility accepts, from SAMHSA's "age groups accepted" codes. */
export const AGES = [
  {
    id: 'children',
    label: 'Children and adolescents',
    description: 'Accepts people under 18.',
    synonyms: ['kids', 'kid', 'child', 'children', 'minors', 'under 18', 'pediatric'],
    es: { synonyms: ['ninos', 'nino', 'menores', 'infantil'] },
    samhsa: { su: ['CHLD'], mh: ['CHLD'] },
  },
  {
    id: 'young-adults',
    label: 'Young adults',
    description: 'Accepts young adults, usually 18 to 25.',
    synonyms: ['18-25', '18 to 25', 'college age'],
    samhsa: { su: ['YAD'], mh: ['YAD'] },
  },
  {
    id: 'adults',
    label: 'Adults',
    description: 'Accepts adults.',
    synonyms: ['adult', 'over 18', 'grown ups'],
    es: { synonyms: ['adultos'] },
    samhsa: { su: ['ADLT'], mh: ['ADLT'] },
  },
  {
    id: 'seniors',
    label: 'Seniors',
    description: 'Accepts older adults, usually 65 and over.',
    synonyms: ['65+', 'over 65', '65 and older'],
    es: { synonyms: ['mayores de 65'] },
    samhsa: { su: ['SNR'], mh: ['SNR'] },
  },
] as const satisfies readonly Term[];

export type AgeGroupId = (typeof AGES)[number]['id'];
