import type { Term } from './term';

/**
 * Medications for opioid and alcohol use disorder. A facility is listed for a
 * medication when it uses or prescribes it, not when it merely accepts people
 * who get it elsewhere (SAMHSA's MOA code), which would mislead someone who
 * needs a prescriber.
 */
export const MEDICATIONS = [
  {
    id: 'buprenorphine',
    label: 'Buprenorphine',
    description:
      'A medication for opioid use disorder, often known as Suboxone or Sublocade, that eases cravings and withdrawal.',
    synonyms: [
      'Suboxone',
      'Subutex',
      'Sublocade',
      'Zubsolv',
      'Brixadi',
      'bupe',
      'bup',
      'subs',
      'OBOT',
      'MAT',
      'MOUD',
      'medication assisted treatment',
    ],
    misspellings: [
      'suboxen',
      'suboxin',
      'saboxone',
      'suboxon',
      'buprenorphin',
      'buprenorphene',
      'bupenorphine',
      'buprenorpine',
    ],
    es: {
      label: 'Buprenorfina',
      description:
        'Un medicamento para el trastorno por consumo de opioides, conocido como Suboxone o Sublocade, que calma las ansias de consumir y los síntomas de abstinencia.',
      synonyms: [
        'buprenorfina',
        'tratamiento asistido con medicamentos',
        'tratamiento asistido por medicamentos',
        'tratamiento con ayuda de medicamentos',
      ],
    },
    samhsa: { su: ['BU', 'BUM', 'DB', 'UB', 'BWN', 'BWON', 'BERI', 'BSDM'] },
  },
  {
    id: 'methadone',
    label: 'Methadone',
    description: 'A daily medication for opioid use disorder, given at a certified opioid treatment program.',
    synonyms: ['methadone clinic', 'methadone maintenance', 'MAT', 'MOUD', 'medication assisted treatment'],
    misspellings: ['methodone', 'methadon', 'methedone'],
    es: {
      label: 'Metadona',
      description:
        'Un medicamento diario para el trastorno por consumo de opioides, que se da en un programa certificado.',
      synonyms: [
        'metadona',
        'clinica de metadona',
        'programa de metadona',
        'tratamiento asistido con medicamentos',
        'tratamiento asistido por medicamentos',
        'tratamiento con ayuda de medicamentos',
      ],
    },
    samhsa: { su: ['MU', 'METH', 'MM', 'DM'] },
  },
  {
    id: 'naltrexone',
    label: 'Naltrexone',
    description:
      'A medication, as a pill or monthly shot (Vivitrol), that blocks the effects of opioids and reduces alcohol cravings.',
    synonyms: ['Vivitrol', 'Revia', 'XR-NTX', 'NTX', 'MAT', 'MOUD', 'medication assisted treatment'],
    misspellings: ['vivitral', 'vivitrole', 'naltraxone', 'naltrexon'],
    es: {
      label: 'Naltrexona',
      description:
        'Un medicamento, en pastilla o en inyección mensual (Vivitrol), que bloquea el efecto de los opioides y reduce las ganas de beber.',
      synonyms: [
        'naltrexona',
        'tratamiento asistido con medicamentos',
        'tratamiento asistido por medicamentos',
        'tratamiento con ayuda de medicamentos',
      ],
    },
    samhsa: { su: ['NU', 'UN', 'RPN', 'NXN', 'VTRL'] },
  },
  {
    id: 'opioid-treatment-program',
    label: 'Certified opioid treatment program (OTP)',
    description:
      'A federally certified program that can dispense methadone and other medications for opioid use disorder.',
    synonyms: ['OTP', 'opioid treatment program', 'methadone clinic'],
    es: {
      label: 'Programa certificado de tratamiento de opioides (OTP)',
      description:
        'Un programa con certificación federal que puede dar metadona y otros medicamentos para el trastorno por consumo de opioides.',
      synonyms: ['clinica de metadona', 'programa de metadona', 'programa de tratamiento de opioides'],
    },
    samhsa: { su: ['OTP', 'SOTP'] },
  },
  {
    id: 'alcohol-use-disorder',
    label: 'Medication for alcohol use disorder',
    description: 'Prescribes medications such as acamprosate or disulfiram that help people stop drinking.',
    synonyms: ['acamprosate', 'Campral', 'disulfiram', 'Antabuse', 'alcohol MAT', 'medication for alcohol'],
    misspellings: ['antibuse', 'antabus'],
    es: {
      label: 'Medicamentos para el consumo de alcohol',
      description: 'Receta medicamentos, como el acamprosato o el disulfiram, que ayudan a dejar de beber.',
      synonyms: [
        'acamprosato',
        'disulfiram',
        'medicamento para dejar de beber',
        'medicamento para el alcohol',
        'pastilla para dejar de tomar',
      ],
    },
    samhsa: { su: ['PMAT', 'ACM', 'DSF'] },
  },
] as const satisfies readonly Term[];

export type MedicationId = (typeof MEDICATIONS)[number]['id'];
