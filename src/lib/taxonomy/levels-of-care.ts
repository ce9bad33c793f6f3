import type { Term } from './term';

/** A level of care adds what a clinician or payer uses to place a person. */
export interface LevelOfCare extends Term {
  /** ASAM Criteria level(s); a shorthand that insurers and clinicians use. */
  readonly asam: string;
  /** Typical time in treatment, in plain words. */
  readonly hoursPerWeek: string;
  /** Short plural heading for directory pages, e.g. "Intensive outpatient programs". */
  readonly plural: string;
}

/**
 * Ordered from least to most intensive, except detox, which can happen in any
 * setting and is listed last. IOP sits near the top of every list because it
 * is what most visitors look for.
 */
export const LEVELS_OF_CARE = [
  {
    id: 'outpatient',
    label: 'Outpatient',
    plural: 'Outpatient programs',
    description:
      'Regular appointments, usually once or twice a week, while you live at home and keep up work or school.',
    asam: '1',
    hoursPerWeek: 'Fewer than 9 hours a week',
    synonyms: ['OP', 'regular outpatient', 'outpatient therapy', 'outpatient counseling', 'weekly therapy'],
    weakSynonyms: [
      'therapy',
      'therapist',
      'counseling',
      'counselor',
      'counselling',
      'psychotherapist',
      'terapia',
      'terapeuta',
      'consejero',
    ],
    misspellings: ['out patient', 'outpatiant', 'outpateint'],
    es: { synonyms: ['ambulatorio', 'tratamiento ambulatorio', 'consulta externa', 'paciente externo'] },
    samhsa: { su: ['ORT', 'OMB'], mh: ['OP'] },
  },
  {
    id: 'intensive-outpatient',
    label: 'Intensive outpatient (IOP)',
    plural: 'Intensive outpatient programs',
    description:
      'Structured treatment for several hours a day, 3 to 5 days a week, while you live at home. Many programs offer day or evening tracks.',
    asam: '2.1',
    hoursPerWeek: '9 to 19 hours a week (6 or more for teens)',
    synonyms: [
      'IOP',
      'intensive outpatient',
      'intensive outpatient program',
      'intensive',
      'evening program',
      'evening',
      'evenings',
      'night program',
      'evening track',
      'asam 2.1',
      'level 2.1',
      '2.1',
    ],
    misspellings: ['intensive out patient', 'intesive outpatient', 'intensive outpatiant', 'i o p'],
    es: { synonyms: ['ambulatorio intensivo', 'programa ambulatorio intensivo', 'programa intensivo'] },
    samhsa: { su: ['OIT'] },
  },
  {
    id: 'partial-hospitalization',
    label: 'Partial hospitalization (PHP)',
    plural: 'Partial hospitalization and day treatment programs',
    description:
      'Full-day treatment on most weekdays, with medical and psychiatric care on site, while you sleep at home.',
    asam: '2.5',
    hoursPerWeek: '20 or more hours a week',
    synonyms: [
      'PHP',
      'partial hospitalization',
      'partial hospital',
      'partial',
      'day treatment',
      'day program',
      'asam 2.5',
      'level 2.5',
      '2.5',
    ],
    misspellings: ['partial hospitilization', 'partial hospitalisation', 'partial hospitalizaton', 'partial hosp'],
    es: { synonyms: ['hospitalizacion parcial', 'tratamiento de dia', 'programa de dia'] },
    samhsa: { su: ['ODT'], mh: ['PHDT', 'PH'] },
  },
  {
    id: 'residential',
    label: 'Residential',
    plural: 'Residential treatment programs',
    description:
      'You live at the facility and take part in treatment and recovery activities around the clock, for weeks or months.',
    asam: '3.1–3.7',
    hoursPerWeek: '24 hours a day, 7 days a week',
    synonyms: [
      'residential rehab',
      'inpatient rehab',
      'inpatient',
      'RTC',
      'residential treatment center',
      'live-in',
      'long term rehab',
      '30 day rehab',
      'asam 3.1',
      'asam 3.3',
      'asam 3.5',
      'asam 3.7',
      'level 3.1',
      'level 3.3',
      'level 3.5',
      'level 3.7',
      '3.5',
      '3.7',
    ],
    misspellings: ['residental', 'residencial', 'resedential'],
    es: {
      synonyms: ['residencial', 'tratamiento residencial', 'internamiento', 'centro de rehabilitacion residencial'],
    },
    samhsa: { su: ['RES', 'RS', 'RL', 'RD'], mh: ['RES', 'RTCA', 'RTCC'] },
  },
  {
    id: 'inpatient',
    label: 'Hospital inpatient',
    plural: 'Hospital inpatient programs',
    description:
      'Care in a hospital with doctors and nurses available at all times, for people who need medical or psychiatric stabilization.',
    asam: '4',
    hoursPerWeek: '24 hours a day, 7 days a week',
    synonyms: [
      'hospital',
      'inpatient',
      'psychiatric hospital',
      'psych hospital',
      'inpatient psychiatric',
      'inpatient psych',
      'psych ward',
      'psych inpatient',
      'mental hospital',
      'acute care',
      'asam 4',
      'level 4',
    ],
    misspellings: ['hospitol', 'hosptial'],
    es: { synonyms: ['hospital', 'hospitalizacion', 'hospital psiquiatrico', 'internado'] },
    samhsa: { su: ['HI', 'HID', 'HIT'], mh: ['HI'] },
  },
  {
    id: 'detox',
    label: 'Detox / withdrawal management',
    plural: 'Detox and withdrawal management programs',
    description:
      'Medical help to stop using alcohol or drugs safely, managing withdrawal symptoms, usually for a few days before further treatment.',
    asam: '1-WM to 4-WM',
    hoursPerWeek: 'Varies: daily visits to 24-hour care',
    synonyms: [
      'detoxification',
      'withdrawal management',
      'withdrawal',
      'medical detox',
      'detox center',
      'social detox',
      'social model detox',
      'WM',
      '3.2 wm',
      '3.7 wm',
      '4 wm',
    ],
    misspellings: ['detoxx', 'detoks', 'dtox', 'detocs'],
    es: { synonyms: ['desintoxicacion', 'desintoxicarse', 'detox medico', 'abstinencia'] },
    samhsa: { su: ['DT', 'OD', 'HID', 'RD'] },
  },
] as const satisfies readonly LevelOfCare[];

export type LevelOfCareId = (typeof LEVELS_OF_CARE)[number]['id'];
