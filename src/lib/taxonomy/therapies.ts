import type { Term } from './term';

/** Treatment approaches, in the order the guidance pages explain them. */
export const THERAPIES = [
  {
    id: 'cbt',
    label: 'Cognitive behavioral therapy (CBT)',
    description: 'Learning to notice and change thoughts and habits that keep problems going.',
    synonyms: ['CBT', 'cognitive behavioral', 'cognitive behavioural'],
    es: {
      label: 'Terapia cognitivo-conductual (TCC)',
      description: 'Aprender a notar y cambiar los pensamientos y hábitos que mantienen los problemas.',
      synonyms: ['terapia cognitivo conductual', 'terapia cognitiva conductual', 'cognitivo conductual', 'tcc'],
    },
    samhsa: { su: ['CBT'], mh: ['CBT'] },
  },
  {
    id: 'dbt',
    label: 'Dialectical behavior therapy (DBT)',
    description: 'Skills for handling strong emotions, distress and relationships.',
    synonyms: ['DBT', 'dialectical', 'dialectical behavioral therapy'],
    es: {
      label: 'Terapia dialéctica conductual (DBT)',
      description:
        'Habilidades para manejar emociones fuertes, momentos de angustia y las relaciones con otras personas.',
      synonyms: ['terapia dialectica conductual', 'terapia dialectico conductual', 'dialectica conductual'],
    },
    samhsa: { mh: ['DBT'] },
  },
  {
    id: 'motivational-interviewing',
    label: 'Motivational interviewing',
    description: 'Conversations that help you find your own reasons to change.',
    synonyms: ['MI', 'motivational enhancement'],
    es: {
      label: 'Entrevista motivacional',
      description: 'Conversaciones que le ayudan a encontrar sus propias razones para cambiar.',
      synonyms: ['entrevista motivacional', 'entrevistas motivacionales'],
    },
    samhsa: { su: ['MOTI'] },
  },
  {
    id: 'twelve-step',
    label: '12-step facilitation',
    description: 'Helps you connect with mutual-help groups such as Alcoholics Anonymous or Narcotics Anonymous.',
    synonyms: ['12 step', 'AA', 'NA', 'twelve step'],
    es: {
      label: 'Programa de 12 pasos',
      description: 'Le ayuda a conectarse con grupos de ayuda mutua como Alcohólicos Anónimos o Narcóticos Anónimos.',
      synonyms: [
        '12 pasos',
        'doce pasos',
        'alcoholicos anonimos',
        'narcoticos anonimos',
        'grupo de aa',
        'grupos de aa',
      ],
    },
    samhsa: { su: ['TWFA'] },
  },
  {
    id: 'contingency-management',
    label: 'Contingency management',
    description: 'Small rewards for meeting goals, such as negative drug tests.',
    synonyms: ['motivational incentives', 'CM', 'vouchers'],
    es: {
      label: 'Manejo de contingencias',
      description: 'Pequeñas recompensas por cumplir metas, como salir negativo en las pruebas de drogas.',
      synonyms: ['manejo de contingencias', 'incentivos motivacionales', 'premios por pruebas negativas'],
    },
    samhsa: { su: ['CMI', 'CRV'] },
  },
  {
    id: 'trauma-focused',
    label: 'Trauma-focused therapy',
    description: 'Therapy that helps you heal from trauma safely, such as trauma counseling or EMDR.',
    synonyms: ['EMDR', 'trauma therapy', 'trauma focused'],
    es: {
      label: 'Terapia enfocada en el trauma',
      description:
        'Terapia que le ayuda a sanar del trauma de forma segura, como la consejería para el trauma o la terapia EMDR.',
      synonyms: ['terapia de trauma', 'terapia para el trauma', 'terapia enfocada en el trauma'],
    },
    samhsa: { su: ['TRC'], mh: ['EMDR'] },
  },
  {
    id: 'family-therapy',
    label: 'Family and couples therapy',
    description: 'Sessions that include family members or partners.',
    synonyms: [
      'family therapy',
      'family counseling',
      'couples',
      'couples therapy',
      'couples counseling',
      'marriage counseling',
      'MST',
      'multisystemic therapy',
    ],
    es: {
      label: 'Terapia familiar y de pareja',
      description: 'Sesiones en las que participan familiares o la pareja.',
      synonyms: [
        'terapia familiar',
        'terapia de familia',
        'terapia de pareja',
        'terapia para parejas',
        'consejeria de pareja',
        'consejeria para parejas',
        'consejeria familiar',
        'consejeria matrimonial',
      ],
    },
    samhsa: { su: ['FCO', 'MCO'], mh: ['CFT'] },
  },
  {
    id: 'group-therapy',
    label: 'Group therapy',
    description: 'Therapy with a small group of people working on similar problems.',
    synonyms: ['group counseling', 'group sessions'],
    es: {
      label: 'Terapia de grupo',
      description: 'Terapia con un grupo pequeño de personas que trabajan en problemas parecidos.',
      synonyms: ['terapia de grupo', 'terapia grupal', 'grupos de terapia', 'consejeria de grupo'],
    },
    samhsa: { su: ['GCO'], mh: ['GT'] },
  },
  {
    id: 'individual-therapy',
    label: 'Individual therapy',
    description: 'One-on-one sessions with a counselor or therapist.',
    synonyms: ['individual counseling', 'one on one', 'psychotherapy', 'talk therapy'],
    es: {
      label: 'Terapia individual',
      description: 'Sesiones a solas con un consejero o terapeuta.',
      synonyms: ['terapia individual', 'consejeria individual', 'psicoterapia', 'terapia uno a uno'],
    },
    samhsa: { su: ['ICO'], mh: ['IPT'] },
  },
  {
    id: 'relapse-prevention',
    label: 'Relapse prevention',
    description: 'Planning for and handling triggers so that recovery lasts.',
    es: {
      label: 'Prevención de recaídas',
      description: 'Un plan para manejar lo que le da ganas de volver a consumir, para que la recuperación dure.',
      synonyms: ['prevencion de recaidas', 'prevencion de recaida', 'recaidas', 'recaida'],
    },
    samhsa: { su: ['RELP'] },
  },
  {
    id: 'matrix-model',
    label: 'Matrix Model',
    description: 'A structured outpatient approach for stimulant use that combines several therapies.',
    es: {
      label: 'Modelo Matrix',
      description:
        'Un tratamiento ambulatorio para el consumo de estimulantes, como la metanfetamina o la cocaína, que combina varias terapias.',
      synonyms: ['modelo matrix', 'modelo matriz'],
    },
    samhsa: { su: ['MXM'] },
  },
] as const satisfies readonly Term[];

export type TherapyId = (typeof THERAPIES)[number]['id'];
