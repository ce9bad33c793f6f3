/**
 * "Questions to ask when you call": the guide "Choosing a program" shows
 * them, and the printed referral packet carries them, so the person holding
 * the list has them at hand when they phone.
 */
export interface QuestionGroup {
  /** Anchor of the group's heading on the guide page. */
  id: string;
  title: string;
  questions: readonly string[];
}

export const CALL_QUESTIONS: readonly QuestionGroup[] = [
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
