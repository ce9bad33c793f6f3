import type { Term } from './term';

/** Age groups a facility accepts, from SAMHSA's "age groups accepted" codes. */
export const AGES = [
  {
    id: 'children',
    label: 'Children and adolescents',
    description: 'Accepts people under 18.',
    synonyms: ['kids', 'kid', 'child', 'children', 'minors', 'under 18', 'pediatric'],
    es: {
      label: 'Niños y adolescentes',
      description: 'Atiende a menores de 18 años.',
      synonyms: [
        'ninos',
        'nino',
        'ninas',
        'nina',
        'menores',
        'menores de edad',
        'menores de 18',
        'infantil',
        'pediatrico',
        'chamacos',
      ],
    },
    samhsa: { su: ['CHLD'], mh: ['CHLD'] },
  },
  {
    id: 'young-adults',
    label: 'Young adults',
    description: 'Accepts young adults, usually 18 to 25.',
    synonyms: ['18-25', '18 to 25', 'college age'],
    es: {
      label: 'Adultos jóvenes',
      description: 'Atiende a adultos jóvenes, por lo general de 18 a 25 años.',
      synonyms: ['18 a 25', 'de 18 a 25', 'edad universitaria'],
    },
    samhsa: { su: ['YAD'], mh: ['YAD'] },
  },
  {
    id: 'adults',
    label: 'Adults',
    description: 'Accepts adults.',
    synonyms: ['adult', 'over 18', 'grown ups'],
    es: {
      label: 'Adultos',
      description: 'Atiende a personas adultas.',
      synonyms: ['adultos', 'adulto', 'adulta', 'adultas', 'mayores de 18'],
    },
    samhsa: { su: ['ADLT'], mh: ['ADLT'] },
  },
  {
    id: 'seniors',
    label: 'Seniors',
    description: 'Accepts older adults, usually 65 and over.',
    synonyms: ['65+', 'over 65', '65 and older'],
    es: {
      label: 'Mayores de 65 años',
      description: 'Atiende a personas mayores, por lo general de 65 años o más.',
      synonyms: ['mayores de 65', 'mas de 65', '65 o mas'],
    },
    samhsa: { su: ['SNR'], mh: ['SNR'] },
  },
] as const satisfies readonly Term[];

export type AgeGroupId = (typeof AGES)[number]['id'];
