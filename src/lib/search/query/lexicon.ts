/**
 * The words of a query that are not taxonomy terms but still mean something
 * to the reader of it: words that only glue a sentence together, words that
 * point at a place, and words that signal a crisis. The taxonomy
 * (src/lib/taxonomy) holds every term; this holds the language around them.
 */

/** Words of a multi-line list; `//` starts a comment that runs to the end of the line. */
function words(list: string): string[] {
  return list
    .replace(/\/\/.*$/gm, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Words that say nothing about which facility is meant ("I need an IOP near
 * me that takes Medicaid"): dropped. Generic place nouns ("center", "clinic")
 * are here too: nearly every name has one, so they narrow nothing.
 */
export const FILLER_WORDS: readonly string[] = words(`
  // sentence glue
  a an and are at be by can do does for from has have how i im
  in is it me my of on or our that the their them there this to
  what where which who will with want wants need needs needed looking look
  find finding get getting go any some someone somewhere something please help
  hi hello hey thanks thank ok okay yes lets let allow allows
  helps us you your we he she his her him they who also only just
  now today asap urgent open available accepting new patients patient clients
  // paying: "takes medicaid" means medicaid
  take takes taking accept accepts accepted covered covers cover coverage pay paid
  use uses offer offers offering provide provides speak speaks speaking
  // what a facility is
  program programs treatment treatments treat treats treating service services care
  facility facilities center centers centre clinic clinics place places option
  options provider providers doctor doctors therapist therapists counselor counselors
  counseling therapy support resources group groups level levels track session
  sessions meeting meetings class classes day days week weeks month months
  // who it is for, said plainly: the age words are terms
  son daughter mom mother dad father wife husband partner friend brother
  sister loved one family member person people myself yourself old year years
  // what the trouble is, said around a term: "help me stop drinking", "sports betting problem"
  stop stopping quit quitting off problem problems issue issues struggling struggle dealing smoking trouble
  survivor survivors friendly affirming inclusive welcoming language languages speaker speakers
  shot shots injection injections prescription prescriptions prescriber prescribers induction taper refill
  assessment assessments evaluation eval referral referrals refer benefits anyone into pending dietitian higher
  girls boys work job school talk
  // judgement
  best good great top rated quality reputable licensed certified accredited real luxury upscale private
  // Spanish glue, for mixed queries ("iop en español")
  de del el la las los en para con que y un una mi por habla
  hablan acepta aceptan ayuda tratamiento tratamientos programa programas clinica clinicas centro
  centros servicios necesito busco quiero cerca hijo hija esposo esposa familia
`);

/** Words that introduce a place: "near 60614", "in Denver, CO", "around Austin TX". */
export const PLACE_CUES = ['near', 'in', 'around', 'by', 'zip', 'zipcode', 'close', 'outside', 'cerca', 'en'] as const;

/** Phrases asking for the person's own location. */
export const NEAR_ME_PHRASES = [
  'near me',
  'nearby',
  'near by',
  'close to me',
  'close by',
  'closest to me',
  'around me',
  'around here',
  'in my area',
  'my area',
  'near my location',
  'near here',
  'cerca de mi',
  'cerca de aqui',
  'closest',
  'nearest',
  'local',
] as const;

/**
 * Words that can mean someone is in danger now. They never filter anything:
 * they make the finder put the 988 Lifeline first.
 */
export const CRISIS_PHRASES = [
  'suicide',
  'suicidal',
  'kill myself',
  'end my life',
  'want to die',
  'self harm',
  'hurt myself',
  'cutting',
  'overdose',
  'overdosing',
  'crisis',
  'emergency',
] as const;

/**
 * Words that rule out what follows ("non 12 step", "without detox", "step
 * down from inpatient"). Filters can only include, so the term after one is
 * named on the page but not applied.
 */
export const NEGATIONS = [
  'not',
  'non',
  'no',
  'without',
  'except',
  'excluding',
  'avoid',
  'after',
  'step down from',
  'instead of',
];

/** Phrases whose words look like terms but are not about the person in treatment ("bring my kids"). */
export const FILLER_PHRASES = [
  'bring my kids',
  'bring my children',
  'bring my child',
  'with my kids',
  'with my children',
  'my kids can come',
  'kid friendly',
];
