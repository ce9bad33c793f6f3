import type { Term } from './term';

/** Treatment approaches, in the order the guidance pages explain them. */
export const THERAPIES = [
  {
    id: 'cbt',
    label: 'Cognitive behavioral therapy (CBT)',
    description: 'Learning to notice and change thoughts and habits that keep problems going.',
    synonyms: ['CBT', 'cognitive behavioral', 'cognitive behavioural'],
    samhsa: { su: ['CBT'], mh: ['CBT'] },
  },
  {
    id: 'dbt',
    label: 'Dialectical behavior therapy (DBT)',
    description: 'Skills for handling strong emotions, distress and relationships.',
    synonyms: ['DBT', 'dialectical', 'dialectical behavioral therapy'],
    samhsa: { mh: ['DBT'] },
  },
  {
    id: 'motivational-interviewing',
    label: 'Motivational interviewing',
    description: 'Conversations that help you find your own reasons to change.',
    synonyms: ['MI', 'motivational enhancement'],
    samhsa: { su: ['MOTI'] },
  },
  {
    id: 'twelve-step',
    label: '12-step facilitation',
    description: 'Helps you connect with mutual-help groups such as Alcoholics Anonymous or Narcotics Anonymous.',
    synonyms: ['12 step', 'AA', 'NA', 'twelve step'],
    samhsa: { su: ['TWFA'] },
  },
  {
    id: 'contingency-management',
    label: 'Contingency management',
    description: 'Small rewards for meeting goals, such as negative drug tests.',
    synonyms: ['motivational incentives', 'CM', 'vouchers'],
    samhsa: { su: ['CMI', 'CRV'] },
  },
  {
    id: 'trauma-focused',
    label: 'Trauma-focused therapy',
    description: 'Therapy that helps you heal from trauma safely, such as trauma counseling or EMDR.',
    synonyms: ['EMDR', 'trauma therapy', 'trauma focused'],
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
    es: { synonyms: ['terapia familiar', 'terapia de pareja'] },
    samhsa: { su: ['FCO', 'MCO'], mh: ['CFT'] },
  },
  {
    id: 'group-therapy',
    label: 'Group therapy',
    description: 'Therapy with a small group of people working on similar problems.',
    synonyms: ['group counseling', 'group sessions'],
    es: { synonyms: ['terapia de grupo', 'terapia grupal'] },
    samhsa: { su: ['GCO'], mh: ['GT'] },
  },
  {
    id: 'individual-therapy',
    label: 'Individual therapy',
    description: 'One-on-one sessions with a counselor or therapist.',
    synonyms: ['individual counseling', 'one on one', 'psychotherapy', 'talk therapy'],
    es: { synonyms: ['terapia individual'] },
    samhsa: { su: ['ICO'], mh: ['IPT'] },
  },
  {
    id: 'relapse-prevention',
    label: 'Relapse prevention',
    description: 'Planning for and handling triggers so that recovery lasts.',
    samhsa: { su: ['RELP'] },
  },
  {
    id: 'matrix-model',
    label: 'Matrix Model',
    description: 'A structured outpatient approach for stimulant use that combines several therapies.',
    samhsa: { su: ['MXM'] },
  },
] as const satisfies readonly Term[];

export type TherapyId = (typeof THERAPIES)[number]['id'];
