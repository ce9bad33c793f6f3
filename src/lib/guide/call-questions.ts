import type { Locale } from '../i18n/locales';

/**
 * "Questions to ask when you call": the guide "Choosing a program" shows
 * them, and the printed referral packet carries them, so the person holding
 * the list has them at hand when they phone. English and Spanish have the
 * same groups, with the same ids, in the same order (call-questions.test.ts).
 */
export interface QuestionGroup {
  /** Anchor of the group's heading on the guide page. */
  id: string;
  title: string;
  questions: readonly string[];
}

const EN: readonly QuestionGroup[] = [
  {
    id: 'cost',
    title: 'Insurance and cost',
    questions: [
      'Do you take my insurance? Are you "in network" with my plan?',
      'Will my plan need to approve treatment first (prior authorization)? Will you handle that?',
      'What will I pay out of pocket? Do you have a sliding scale, a payment plan or free care?',
      'Do you accept Medicaid or Medicare, if I have it?',
    ],
  },
  {
    id: 'schedule',
    title: 'Schedule',
    questions: [
      'What days and times does the program meet? Is there an evening or weekend track?',
      'How many hours a week, and for how many weeks?',
      'What happens if I miss a session because of work or family?',
    ],
  },
  {
    id: 'wait',
    title: 'Getting started',
    questions: [
      'How soon could I start? Is there a waiting list?',
      'What is the first step: a phone screening, an assessment, a visit?',
      'What can I do while I wait?',
    ],
  },
  {
    id: 'fit',
    title: 'Is it a good fit?',
    questions: [
      'Do you treat what I am dealing with (for example, both substance use and depression)?',
      'Do you have a program for people like me: teens, veterans, LGBTQ+ people, pregnant women, older adults?',
      'Which therapies do you use? Can I see a psychiatrist or get medication?',
      'Can my family take part?',
      'Do you offer sessions in my language?',
    ],
  },
  {
    id: 'telehealth',
    title: 'Telehealth',
    questions: ['Can I join some or all sessions by video or phone?', 'Do I need a computer, or will a phone work?'],
  },
  {
    id: 'after',
    title: 'After the program',
    questions: [
      'What happens when I finish? Will you help me find ongoing therapy or a support group?',
      'If I need more support partway through, can you move me to a more intensive level?',
    ],
  },
];

/**
 * The same questions in Spanish, as a caller would ask them (first person,
 * usted for the program), in the glossary's words (docs/glossary-es.md).
 */
const ES: readonly QuestionGroup[] = [
  {
    id: 'cost',
    title: 'Seguro médico y costo',
    questions: [
      '¿Aceptan mi seguro médico? ¿Están "dentro de la red" (in network) de mi plan?',
      '¿Mi plan tiene que aprobar el tratamiento antes (autorización previa)? ¿Ustedes se encargan de eso?',
      '¿Cuánto voy a pagar de mi bolsillo? ¿Tienen tarifa según ingresos (escala móvil), plan de pagos o atención gratis?',
      '¿Aceptan Medicaid o Medicare, si lo tengo?',
    ],
  },
  {
    id: 'schedule',
    title: 'Horario',
    questions: [
      '¿Qué días y a qué horas se reúne el programa? ¿Hay horario de noche o de fin de semana?',
      '¿Cuántas horas por semana, y por cuántas semanas?',
      '¿Qué pasa si falto a una sesión por el trabajo o por la familia?',
    ],
  },
  {
    id: 'wait',
    title: 'Cómo empezar',
    questions: [
      '¿Qué tan pronto podría empezar? ¿Hay lista de espera?',
      '¿Cuál es el primer paso: una entrevista por teléfono, una evaluación, una visita?',
      '¿Qué puedo hacer mientras espero?',
    ],
  },
  {
    id: 'fit',
    title: '¿Es el programa adecuado?',
    questions: [
      '¿Tratan lo que estoy viviendo (por ejemplo, el consumo de alcohol o drogas y también la depresión)?',
      '¿Tienen un programa para personas como yo: adolescentes, veteranos, personas LGBTQ+, mujeres embarazadas, adultos mayores?',
      '¿Qué terapias usan? ¿Puedo ver a un psiquiatra o recibir medicamentos?',
      '¿Puede participar mi familia?',
      '¿Tienen sesiones en español o en mi idioma?',
    ],
  },
  {
    id: 'telehealth',
    title: 'Telesalud',
    questions: [
      '¿Puedo tomar algunas sesiones, o todas, por video o por teléfono?',
      '¿Necesito una computadora, o me sirve el celular?',
    ],
  },
  {
    id: 'after',
    title: 'Después del programa',
    questions: [
      '¿Qué pasa cuando termine? ¿Me ayudan a encontrar terapia para seguir o un grupo de apoyo?',
      'Si a mitad del programa necesito más apoyo, ¿me pueden pasar a un nivel más intensivo?',
    ],
  },
];

const BY_LOCALE: Record<Locale, readonly QuestionGroup[]> = { en: EN, es: ES };

/** The questions in a language. */
export function callQuestions(locale: Locale): readonly QuestionGroup[] {
  return BY_LOCALE[locale];
}
