import type { Term, TermSpanish } from './term';

/** A level of care adds what a clinician or payer uses to place a person. */
export interface LevelOfCare extends Term {
  /** ASAM Criteria level(s); a shorthand that insurers and clinicians use. */
  readonly asam: string;
  /** Typical time in treatment, in plain words. */
  readonly hoursPerWeek: string;
  /** Short plural heading for directory pages, e.g. "Intensive outpatient programs". */
  readonly plural: string;
  readonly es: LevelOfCareSpanish;
}

/** A level of care's Spanish words: the term's, plus its heading and time in Spanish. The ASAM level needs none. */
export interface LevelOfCareSpanish extends TermSpanish {
  /** Short plural heading for directory pages, e.g. "Programas ambulatorios intensivos". */
  readonly plural: string;
  /** Typical time in treatment, in plain Spanish words, e.g. "De 9 a 19 horas por semana". */
  readonly hoursPerWeek: string;
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
    weakSynonyms: ['therapy', 'therapist', 'counseling', 'counselor', 'counselling', 'psychotherapist'],
    misspellings: ['out patient', 'outpatiant', 'outpateint'],
    es: {
      label: 'Tratamiento ambulatorio',
      plural: 'Programas de tratamiento ambulatorio',
      description:
        'Citas regulares, casi siempre una o dos veces por semana, mientras usted sigue viviendo en casa y con su trabajo o sus estudios.',
      hoursPerWeek: 'Menos de 9 horas por semana',
      synonyms: [
        'ambulatorio',
        'ambulatoria',
        'tratamiento ambulatorio',
        'terapia ambulatoria',
        'paciente ambulatorio',
        'consulta externa',
        'paciente externo',
        'terapia semanal',
        'consejeria ambulatoria',
      ],
      // "Terapia" alone is outpatient care, unless the query names another level ("terapia intensiva").
      weakSynonyms: [
        'terapia',
        'terapias',
        'terapeuta',
        'consejero',
        'consejera',
        'consejeria',
        'psicologo',
        'psicologa',
        'sicologo',
        'sicologa',
      ],
    },
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
    es: {
      label: 'Programa ambulatorio intensivo (IOP)',
      plural: 'Programas ambulatorios intensivos',
      description:
        'Tratamiento de varias horas al día, de 3 a 5 días por semana, mientras usted vive en casa; muchos programas tienen horario de día o de noche.',
      hoursPerWeek: 'De 9 a 19 horas por semana (6 o más para adolescentes)',
      synonyms: [
        'ambulatorio intensivo',
        'intensivo ambulatorio',
        'programa ambulatorio intensivo',
        'programa intensivo ambulatorio',
        'tratamiento ambulatorio intensivo',
        'tratamiento intensivo ambulatorio',
        'programa intensivo',
        'intensivo',
        'programa de noche',
        'programa nocturno',
        'horario de noche',
        'de noche',
        'por la noche',
        'en la noche',
        'nivel 2.1',
      ],
    },
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
    es: {
      label: 'Hospitalización parcial (PHP)',
      plural: 'Programas de hospitalización parcial y de tratamiento de día',
      description:
        'Tratamiento de día completo casi todos los días entre semana, con atención médica y psiquiátrica en el mismo lugar, y usted duerme en su casa.',
      hoursPerWeek: '20 horas o más por semana',
      synonyms: [
        'hospitalizacion parcial',
        'hospital parcial',
        'parcial',
        'hospital de dia',
        'hospitalizacion de dia',
        'tratamiento de dia',
        'tratamiento diurno',
        'programa de dia',
        'programa diurno',
        'nivel 2.5',
      ],
    },
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
      label: 'Tratamiento residencial',
      plural: 'Programas de tratamiento residencial',
      description:
        'Usted vive en el centro por semanas o meses, con tratamiento, actividades de recuperación y apoyo las 24 horas.',
      hoursPerWeek: '24 horas al día, 7 días a la semana',
      synonyms: [
        'residencial',
        'tratamiento residencial',
        'programa residencial',
        'centro residencial',
        'rehab residencial',
        'rehabilitacion residencial',
        'centro de rehabilitacion residencial',
        'internamiento',
        'internarse',
        'internarlo',
        'internarla',
        'rehab de 30 dias',
        'rehabilitacion a largo plazo',
        'largo plazo',
        // What many Mexican and Central American families call a live-in rehab
        // (often unlicensed there): searched, never used in our own text.
        'anexo',
      ],
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
    es: {
      label: 'Hospitalización',
      plural: 'Programas de hospitalización',
      description:
        'Atención dentro de un hospital, con médicos y enfermeras a toda hora, para quien necesita estabilizarse por un problema médico o psiquiátrico.',
      hoursPerWeek: '24 horas al día, 7 días a la semana',
      synonyms: [
        'hospital',
        'hospitalizacion',
        'hospitalizacion psiquiatrica',
        'hospital psiquiatrico',
        'unidad psiquiatrica',
        'sala psiquiatrica',
        'internado',
        'internacion',
        'internacion psiquiatrica',
        'ingreso hospitalario',
      ],
    },
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
    es: {
      label: 'Desintoxicación (detox)',
      plural: 'Programas de desintoxicación',
      description:
        'Ayuda médica para dejar el alcohol o las drogas sin peligro y aliviar los síntomas de abstinencia, casi siempre por unos días antes de seguir con otro tratamiento.',
      hoursPerWeek: 'Varía: desde visitas diarias hasta atención las 24 horas',
      synonyms: [
        'desintoxicacion',
        'desintox',
        'desintoxicarse',
        'desintoxicarme',
        'desintoxicar',
        'desintoxicacion medica',
        'centro de desintoxicacion',
        'detox medico',
        'abstinencia',
        'sindrome de abstinencia',
        'manejo de abstinencia',
        'manejo de la abstinencia',
      ],
    },
    samhsa: { su: ['DT', 'OD', 'HID', 'RD'] },
  },
] as const satisfies readonly LevelOfCare[];

export type LevelOfCareId = (typeof LEVELS_OF_CARE)[number]['id'];
