import type { Term } from './term';

/** Ways to pay. Medicaid comes first: it is the filter most visitors need. */
export const PAYMENT = [
  {
    id: 'medicaid',
    label: 'Medicaid',
    description: 'Accepts Medicaid, the public health insurance for people with low incomes.',
    synonyms: ['Medi-Cal', 'MassHealth', 'Apple Health', 'state insurance'],
    samhsa: { su: ['MD'], mh: ['MD'] },
  },
  {
    id: 'medicare',
    label: 'Medicare',
    description:
      'Accepts Medicare, the federal health insurance for people 65 and older and some people with disabilities.',
    samhsa: { su: ['MC'], mh: ['MC'] },
  },
  {
    id: 'private-insurance',
    label: 'Private insurance',
    description: 'Accepts private health insurance, such as a plan from an employer or the marketplace.',
    synonyms: ['commercial insurance', 'insurance', 'Blue Cross', 'Aetna', 'Cigna', 'United'],
    samhsa: { su: ['PI'], mh: ['PI'] },
  },
  {
    id: 'self-pay',
    label: 'Self-pay',
    description: 'You can pay with cash or card yourself.',
    synonyms: ['cash', 'out of pocket', 'private pay'],
    samhsa: { su: ['SF'], mh: ['SF'] },
  },
  {
    id: 'sliding-scale',
    label: 'Sliding fee scale',
    description: 'The fee is based on your income, so it can cost less if you earn less.',
    synonyms: ['sliding scale', 'low cost', 'income based', 'affordable'],
    samhsa: { su: ['SS'], mh: ['SS'] },
  },
  {
    id: 'payment-assistance',
    label: 'Payment assistance',
    description: 'The facility can help you pay; ask them for details.',
    synonyms: ['financial assistance', 'scholarship'],
    samhsa: { su: ['PA'], mh: ['PA'] },
  },
  {
    id: 'military-insurance',
    label: 'Military insurance (TRICARE)',
    description: 'Accepts TRICARE and other federal military insurance.',
    synonyms: ['TRICARE', 'military'],
    samhsa: { su: ['MI'], mh: ['MI'] },
  },
  {
    id: 'ihs-tribal',
    label: 'IHS / tribal / urban Indian health',
    description: 'Accepts Indian Health Service, tribal or urban Indian health program funds.',
    synonyms: ['IHS', 'tribal', 'Native American', 'ITU'],
    samhsa: { su: ['ITU'], mh: ['ITU'] },
  },
  {
    id: 'state-funded',
    label: 'State or public funding',
    description: 'Accepts state-financed insurance or public funding, which often covers people who have no insurance.',
    synonyms: ['state funded', 'block grant', 'uninsured', 'no insurance', 'public funding'],
    samhsa: { su: ['SI', 'FSA', 'SAMF'], mh: ['SI', 'SMHA', 'OSF', 'CMHG'] },
  },
  {
    id: 'free',
    label: 'Free of charge',
    description: 'Treatment is free: the facility does not charge for it.',
    synonyms: ['free', 'no cost', 'no charge'],
    samhsa: { su: ['NP'] },
  },
] as const satisfies readonly Term[];

export type PaymentId = (typeof PAYMENT)[number]['id'];
