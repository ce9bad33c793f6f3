import type { GuideSlug } from '../../guides';
import type { LevelOfCareId } from '../../taxonomy';
import type { Locale } from '../locales';

/**
 * The guides' short words: titles, summaries, the guide list, and the
 * levels-of-care table. Each guide's running text is a component per
 * language (src/components/guide/); facts in it (counts, editions, links)
 * are passed in, never written out here. The Spanish follows
 * docs/glossary-es.md.
 */

/** One guide's names. */
export interface GuideNames {
  /** Browser tab and search engines (the site name is appended). */
  title: string;
  /** Meta description. */
  description: string;
  /** The page's heading, and the link text in guide lists. */
  heading: string;
  /** Short name in the breadcrumb trail. */
  crumb: string;
  /** One line under the link in guide lists. */
  summary: string;
}

/** What the levels-of-care table adds to the taxonomy: the everyday details people compare. */
export interface LevelDetails {
  days: string;
  length: string;
  sleep: string;
  suits: string;
}

const en = {
  /** Breadcrumb of the guide index. */
  guidesCrumb: 'Guides',
  /** Heading of the list of the other guides, under each guide. */
  moreGuides: 'More guides',
  index: {
    title: 'Guides to treatment',
    description:
      'Plain-language guides to mental health and substance use treatment: levels of care, intensive outpatient programs, choosing a program and common questions.',
    heading: 'Guides to treatment',
    intro:
      'Short, plain guides for people looking for care, and for the family, friends and professionals helping them. When you are ready,',
    introLink: 'search for a program near you',
  },
  guides: {
    'levels-of-care': {
      title: 'Levels of care, side by side',
      description:
        'Outpatient, intensive outpatient (IOP), partial hospitalization (PHP), residential, hospital inpatient and detox compared: hours a week, how long, who each suits.',
      heading: 'Levels of care, side by side',
      crumb: 'Levels of care',
      summary: 'Outpatient, IOP, PHP, residential, hospital and detox compared.',
    },
    'what-is-iop': {
      title: 'What is an intensive outpatient program (IOP)?',
      description:
        'What happens in an IOP: group, individual and family therapy, skills and medication. How often it meets, how long it lasts, and day or evening tracks.',
      heading: 'What is an intensive outpatient program (IOP)?',
      crumb: 'What is an IOP?',
      summary: 'What happens in an IOP, how often it meets and how long it lasts.',
    },
    'choosing-a-program': {
      title: 'Choosing a program: questions to ask',
      description:
        'What to ask a treatment program when you call: insurance and cost, schedule, wait time, specialties, telehealth and what happens after. What to have ready.',
      heading: 'Choosing a program',
      crumb: 'Choosing a program',
      summary: 'Questions to ask when you call, what to have ready, and how insurance works.',
    },
    faq: {
      title: 'Questions and answers',
      description:
        'Answers to common questions about finding mental health and substance use treatment: crisis help, cost, waiting lists, privacy, telehealth and this directory.',
      heading: 'Questions and answers',
      crumb: 'Questions and answers',
      summary: 'Cost, waiting lists, privacy, telehealth and more.',
    },
  } satisfies Record<GuideSlug, GuideNames>,
  /** Listed after the therapies an IOP uses: a way of working, not a therapy, so not in the taxonomy. */
  traumaInformed: {
    label: 'Trauma-informed care',
    description:
      'A way of working, not a single therapy: staff keep in mind that many people have lived through trauma, and make treatment feel safe and respectful.',
  },
  levels: {
    compareHeading: 'Compare the levels',
    caption: 'Levels of care compared',
    columns: {
      level: 'Level',
      hours: 'Time in treatment',
      days: 'How often',
      length: 'Typical length',
      sleep: 'Where you sleep',
      asam: 'ASAM level',
    },
    eachHeading: 'Each level in more detail',
    suits: 'Who it suits:',
    /** Link to the finder with one level chosen; `plural` is the taxonomy's heading. */
    find: (plural: string) => `Find ${plural.toLowerCase()}`,
    findHidden: ' near you',
    /** The taxonomy's ASAM level ("2.1", "1-WM to 4-WM") as the page writes it. */
    asam: (asam: string) => asam,
    details: {
      outpatient: {
        days: '1 or 2 visits a week',
        length: 'Weeks to months, or longer',
        sleep: 'At home',
        suits:
          'People who are stable day to day, are safe at home and want support while they keep up work, school or family life. Also the usual next step after a more intensive program.',
      },
      'intensive-outpatient': {
        days: '3 to 5 days a week, about 3 hours a day',
        length: 'Often 6 to 12 weeks',
        sleep: 'At home',
        suits:
          'People who need more than a weekly session but have a safe place to live. Many programs have day or evening tracks so you can keep working or studying.',
      },
      'partial-hospitalization': {
        days: '5 or more days a week, most of the day',
        length: 'Often 2 to 4 weeks',
        sleep: 'At home',
        suits:
          'People who need daily, hospital-level treatment but can be safe at home overnight, or who are leaving a hospital stay.',
      },
      residential: {
        days: 'Every day',
        length: 'Often 2 weeks to 3 months',
        sleep: 'At the facility',
        suits:
          'People whose home is not a safe or stable place to recover, or who have not been helped by outpatient care and need structure around the clock.',
      },
      inpatient: {
        days: 'Every day',
        length: 'Usually days to a few weeks',
        sleep: 'In a hospital',
        suits:
          'People who need medical or psychiatric care at all hours to be safe: for example after a suicide attempt, with severe withdrawal or with serious medical problems.',
      },
      detox: {
        days: 'Daily visits, or 24-hour care',
        length: 'Usually 3 to 7 days',
        sleep: 'At home or at the facility, depending on the program',
        suits:
          'People who may have dangerous or very uncomfortable withdrawal when they stop drinking or using drugs. Detox is a first step, not treatment on its own.',
      },
    } satisfies Record<LevelOfCareId, LevelDetails>,
  },
};

export type GuideMessages = typeof en;

const es: GuideMessages = {
  guidesCrumb: 'Guías',
  moreGuides: 'Más guías',
  index: {
    title: 'Guías sobre el tratamiento',
    description:
      'Guías en palabras sencillas sobre el tratamiento de salud mental y del consumo de alcohol o drogas: niveles de atención, programas ambulatorios intensivos (IOP), cómo elegir un programa y preguntas frecuentes.',
    heading: 'Guías sobre el tratamiento',
    intro:
      'Guías cortas y claras para quien busca ayuda, y para la familia, los amigos y los profesionales que le acompañan. Cuando llegue el momento,',
    introLink: 'busque un programa cerca de usted',
  },
  guides: {
    'levels-of-care': {
      title: 'Niveles de atención: cómo se comparan',
      description:
        'Tratamiento ambulatorio, programa ambulatorio intensivo (IOP), hospitalización parcial (PHP), tratamiento residencial, hospitalización y desintoxicación, lado a lado: horas por semana, duración y para quién es cada uno.',
      heading: 'Niveles de atención: cómo se comparan',
      crumb: 'Tipos de tratamiento',
      summary: 'Ambulatorio, IOP, PHP, residencial, hospital y desintoxicación, lado a lado.',
    },
    'what-is-iop': {
      title: '¿Qué es un programa ambulatorio intensivo (IOP)?',
      description:
        'Qué pasa en un IOP: terapia en grupo, individual y familiar, habilidades y medicamentos. Cuántos días por semana, cuántas semanas, y horarios de día o de noche.',
      heading: '¿Qué es un programa ambulatorio intensivo (IOP)?',
      crumb: '¿Qué es un IOP?',
      summary: 'Qué pasa en un IOP, cuántas veces por semana se reúne y cuánto dura.',
    },
    'choosing-a-program': {
      title: 'Cómo elegir un programa: qué preguntar',
      description:
        'Qué preguntar cuando llame a un programa de tratamiento: seguro médico y costo, horarios, lista de espera, especialidades, telesalud y qué pasa después. Qué tener a la mano.',
      heading: 'Cómo elegir un programa',
      crumb: 'Cómo elegir un programa',
      summary: 'Qué preguntar cuando llame, qué tener a la mano y cómo funciona el seguro médico.',
    },
    faq: {
      title: 'Preguntas y respuestas',
      description:
        'Respuestas a preguntas comunes sobre cómo encontrar tratamiento de salud mental o para el consumo de alcohol o drogas: ayuda en crisis, costo, listas de espera, privacidad, telesalud y este directorio.',
      heading: 'Preguntas y respuestas',
      crumb: 'Preguntas y respuestas',
      summary: 'Costo, listas de espera, privacidad, telesalud y más.',
    },
  },
  traumaInformed: {
    label: 'Atención informada sobre el trauma',
    description:
      'Una forma de trabajar, no una terapia en particular: el personal tiene presente que muchas personas han vivido un trauma, y procura que el tratamiento se sienta seguro y respetuoso.',
  },
  levels: {
    compareHeading: 'Compare los niveles',
    caption: 'Comparación de los niveles de atención',
    columns: {
      level: 'Nivel',
      hours: 'Tiempo en tratamiento',
      days: 'Con qué frecuencia',
      length: 'Duración habitual',
      sleep: 'Dónde duerme',
      asam: 'Nivel ASAM',
    },
    eachHeading: 'Cada nivel, en detalle',
    suits: 'Para quién es:',
    find: (plural) => `Buscar ${plural.toLowerCase()}`,
    findHidden: ' cerca de usted',
    asam: (asam) => asam.replace(' to ', ' a '),
    details: {
      outpatient: {
        days: '1 o 2 citas por semana',
        length: 'De semanas a meses, o más',
        sleep: 'En su casa',
        suits:
          'Personas que están estables en el día a día, están seguras en casa y quieren apoyo sin dejar el trabajo, los estudios o la familia. También es el paso habitual después de un programa más intensivo.',
      },
      'intensive-outpatient': {
        days: 'De 3 a 5 días por semana, unas 3 horas al día',
        length: 'Muchas veces de 6 a 12 semanas',
        sleep: 'En su casa',
        suits:
          'Personas que necesitan más que una sesión por semana, pero tienen un lugar seguro donde vivir. Muchos programas tienen horario de día o de noche para que usted pueda seguir trabajando o estudiando.',
      },
      'partial-hospitalization': {
        days: '5 días o más por semana, casi todo el día',
        length: 'Muchas veces de 2 a 4 semanas',
        sleep: 'En su casa',
        suits:
          'Personas que necesitan tratamiento diario, con la atención que daría un hospital, pero pueden estar seguras en casa por la noche, o que acaban de salir del hospital.',
      },
      residential: {
        days: 'Todos los días',
        length: 'Muchas veces de 2 semanas a 3 meses',
        sleep: 'En el centro',
        suits:
          'Personas cuyo hogar no es un lugar seguro o estable para recuperarse, o a quienes el tratamiento ambulatorio no les ha ayudado y necesitan apoyo y estructura a toda hora.',
      },
      inpatient: {
        days: 'Todos los días',
        length: 'Por lo general, de unos días a unas semanas',
        sleep: 'En el hospital',
        suits:
          'Personas que necesitan atención médica o psiquiátrica a toda hora para estar a salvo: por ejemplo, después de un intento de suicidio, con síntomas de abstinencia graves o con problemas médicos serios.',
      },
      detox: {
        days: 'Visitas diarias o atención las 24 horas',
        length: 'Por lo general, de 3 a 7 días',
        sleep: 'En su casa o en el centro, según el programa',
        suits:
          'Personas que pueden tener síntomas de abstinencia peligrosos o muy difíciles al dejar el alcohol o las drogas. La desintoxicación es un primer paso; por sí sola no es el tratamiento.',
      },
    },
  },
};

const GUIDE: Record<Locale, GuideMessages> = { en, es };

export function guideMessages(locale: Locale): GuideMessages {
  return GUIDE[locale];
}
