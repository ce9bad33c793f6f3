import type { Term } from './term';

/** Words for "cheap": a sliding fee, payment help and free care all answer them. */
const LOW_COST = ['low cost', 'affordable', 'cheap', 'cheapest', 'inexpensive'] as const;
const LOW_COST_ES = ['bajo costo', 'de bajo costo', 'barato', 'barata', 'economico', 'economica'] as const;

/** Words for having no money: public funding and free care both answer them. */
const NO_MONEY = ['no money', 'cant afford'] as const;
const NO_MONEY_ES = ['sin dinero', 'no tengo dinero', 'no puedo pagar'] as const;

/** Ways to pay. Medicaid comes first: it is the filter most visitors need. */
export const PAYMENT = [
  {
    id: 'medicaid',
    label: 'Medicaid',
    description: 'Accepts Medicaid, the public health insurance for people with low incomes.',
    synonyms: [
      'Medi-Cal',
      'MassHealth',
      'Apple Health',
      'AHCCCS',
      'SoonerCare',
      'TennCare',
      'KanCare',
      'BadgerCare',
      'HUSKY',
      'MO HealthNet',
      'medical assistance',
      'state insurance',
      'title 19',
      // Californians write Medi-Cal as "medical": only read that way after a verb of paying
      'takes medical',
      'take medical',
      'accepts medical',
      'accept medical',
    ],
    misspellings: ['medicade', 'medicaide', 'medicad', 'medecaid', 'medi cal', 'medcaid'],
    es: {
      label: 'Medicaid',
      description: 'Acepta Medicaid, el seguro médico público para personas con pocos ingresos.',
      synonyms: [
        'medicaid',
        'medi cal',
        'seguro del estado',
        'seguro estatal',
        'seguro del gobierno',
        'tarjeta de medicaid',
        // Puerto Rico's Medicaid program, and what many still call it ("la reforma").
        'plan vital',
        'reforma',
        'tarjeta de la reforma',
        // Californians call Medi-Cal "el medical": read that way only after a verb.
        'acepta medical',
        'aceptan medical',
        'tengo medical',
      ],
    },
    samhsa: { su: ['MD'], mh: ['MD'] },
  },
  {
    id: 'medicare',
    label: 'Medicare',
    misspellings: ['medicar', 'medacare', 'medicair'],
    description:
      'Accepts Medicare, the federal health insurance for people 65 and older and some people with disabilities.',
    es: {
      label: 'Medicare',
      description:
        'Acepta Medicare, el seguro médico federal para personas de 65 años o más y algunas personas con discapacidad.',
    },
    samhsa: { su: ['MC'], mh: ['MC'] },
  },
  {
    id: 'private-insurance',
    label: 'Private insurance',
    description: 'Accepts private health insurance, such as a plan from an employer or the marketplace.',
    weakSynonyms: ['insurance'],
    synonyms: [
      'health insurance',
      'commercial insurance',
      'Blue Cross',
      'Blue Shield',
      'BCBS',
      'Anthem',
      'Aetna',
      'Cigna',
      'UnitedHealthcare',
      'United Healthcare',
      'Humana',
      'Kaiser',
      'Optum',
      'Obamacare',
      'marketplace plan',
      'ACA',
    ],
    misspellings: ['insurence', 'insurace'],
    es: {
      label: 'Seguro médico privado',
      description:
        'Acepta seguros médicos privados, como el plan de un empleador o uno del Mercado de Seguros Médicos.',
      synonyms: [
        'seguro privado',
        'seguro medico',
        'seguro medico privado',
        'aseguranza',
        'aseguranza privada',
        'seguro del trabajo',
        'seguro de trabajo',
        'plan del mercado',
        'seguro del mercado',
      ],
      weakSynonyms: ['seguro', 'seguros'],
    },
    samhsa: { su: ['PI'], mh: ['PI'] },
  },
  {
    id: 'self-pay',
    label: 'Self-pay',
    description: 'You can pay with cash or card yourself.',
    synonyms: ['cash', 'self pay', 'out of pocket', 'private pay', 'cash pay'],
    es: {
      label: 'Pago por cuenta propia',
      description: 'Usted puede pagar directamente, en efectivo o con tarjeta.',
      synonyms: ['pago en efectivo', 'efectivo', 'pago propio', 'pago directo', 'pago privado', 'de mi bolsillo'],
    },
    samhsa: { su: ['SF'], mh: ['SF'] },
  },
  {
    id: 'sliding-scale',
    label: 'Sliding fee scale',
    description: 'The fee is based on your income, so it can cost less if you earn less.',
    synonyms: ['sliding scale', 'sliding fee', 'income based', 'reduced fee', ...LOW_COST],
    es: {
      label: 'Tarifa según ingresos (escala móvil)',
      description: 'Lo que usted paga depende de sus ingresos: si gana menos, puede pagar menos.',
      synonyms: [
        'escala movil',
        'escala movil de tarifas',
        'escala de pago',
        'tarifa segun ingresos',
        'pago segun ingresos',
        'segun ingresos',
        'segun sus ingresos',
        'basado en ingresos',
        'de acuerdo a sus ingresos',
        'tarifa reducida',
        'cuota reducida',
        ...LOW_COST_ES,
      ],
    },
    samhsa: { su: ['SS'], mh: ['SS'] },
  },
  {
    id: 'payment-assistance',
    label: 'Payment assistance',
    description: 'The facility can help you pay; ask them for details.',
    synonyms: ['financial assistance', 'financial aid', 'scholarship', 'payment plan', ...LOW_COST],
    es: {
      label: 'Ayuda para pagar',
      description: 'El centro puede ayudarle a pagar; pregunte qué opciones tiene.',
      synonyms: [
        'ayuda financiera',
        'asistencia financiera',
        'ayuda para pagar',
        'plan de pagos',
        'beca',
        ...LOW_COST_ES,
      ],
    },
    samhsa: { su: ['PA'], mh: ['PA'] },
  },
  {
    id: 'military-insurance',
    label: 'Military insurance (TRICARE)',
    description: 'Accepts TRICARE and other federal military insurance.',
    synonyms: ['TRICARE', 'military insurance', 'CHAMPVA'],
    misspellings: ['tri care', 'tricar'],
    es: {
      label: 'Seguro militar (TRICARE)',
      description: 'Acepta TRICARE y otros seguros médicos federales para militares.',
      synonyms: ['seguro militar', 'seguro de militares'],
    },
    samhsa: { su: ['MI'], mh: ['MI'] },
  },
  {
    id: 'ihs-tribal',
    label: 'IHS / tribal / urban Indian health',
    description: 'Accepts Indian Health Service, tribal or urban Indian health program funds.',
    synonyms: ['IHS', 'Indian Health Service', 'tribal', 'Native American', 'American Indian', 'Alaska Native', 'ITU'],
    es: {
      label: 'IHS, programas tribales o de salud indígena urbana',
      description:
        'Acepta fondos del Servicio de Salud Indígena (IHS), de programas tribales o de programas de salud indígena urbana.',
      // Only US tribal words: "indígena" alone also names Mixtec, Maya or Quechua
      // speakers, whom IHS funds do not cover.
      synonyms: [
        'servicio de salud indigena',
        'salud indigena urbana',
        'nativo americano',
        'nativos americanos',
        'indio americano',
        'nativo de alaska',
      ],
    },
    samhsa: { su: ['ITU'], mh: ['ITU'] },
  },
  {
    id: 'state-funded',
    label: 'State or public funding',
    description: 'Accepts state-financed insurance or public funding, which often covers people who have no insurance.',
    synonyms: [
      'state funded',
      'county funded',
      'public funding',
      'block grant',
      'uninsured',
      'no insurance',
      'without insurance',
      'not insured',
      ...NO_MONEY,
    ],
    es: {
      label: 'Fondos estatales o públicos',
      description:
        'Acepta seguro pagado por el estado u otros fondos públicos, que muchas veces cubren a personas sin seguro médico.',
      synonyms: [
        'sin seguro',
        'sin seguro medico',
        'no tengo seguro',
        'no tengo seguro medico',
        'sin aseguranza',
        'no tengo aseguranza',
        'fondos publicos',
        'fondos estatales',
        'fondos del condado',
        ...NO_MONEY_ES,
      ],
    },
    samhsa: { su: ['SI', 'FSA', 'SAMF'], mh: ['SI', 'SMHA', 'OSF', 'CMHG'] },
  },
  {
    id: 'free',
    label: 'Free of charge',
    description: 'Treatment is free: the facility does not charge for it.',
    synonyms: ['free', 'no cost', 'no charge', ...NO_MONEY, ...LOW_COST],
    es: {
      label: 'Gratis',
      description: 'El tratamiento es gratis: el centro no cobra por él.',
      synonyms: [
        'gratis',
        'gratuito',
        'gratuita',
        'sin costo',
        'sin cobro',
        'no cobran',
        ...NO_MONEY_ES,
        ...LOW_COST_ES,
      ],
    },
    samhsa: { su: ['NP'] },
  },
] as const satisfies readonly Term[];

export type PaymentId = (typeof PAYMENT)[number]['id'];
