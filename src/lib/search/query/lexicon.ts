/**
 * The words of a query that are not taxonomy terms but still mean something
 * to the reader of it: words that only glue a sentence together, words that
 * point at a place, and words that signal a crisis. The taxonomy
 * (src/lib/taxonomy) holds every term; this holds the language around them,
 * in English and in Spanish as people in the US type it. Accents are folded
 * before any comparison, so Spanish is written here without them.
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
  // Spanish glue: "busco un programa para mi hijo que acepte medicaid", "iop en español"
  de del al el la las los lo le les en para por con que y un una unos unas mi mis tu tus su sus
  yo me te se nos es son soy esta estan estoy hay tiene tienen tengo tenga puede pueden pueda puedo
  necesito necesita necesitan necesitamos busco buscando buscar encontrar quiero quiere queremos quisiera
  ayuda ayudar ayudame favor porfavor gracias hola donde como cual cuales algun alguna alguno alguien
  algo otro otra muy mas mucho ya hoy ahora urgente pronto abierto abierta disponible cerca aqui
  // Spanish verbs of paying and speaking: "¿toman medicaid?", "que hablen español"
  habla hablan hable hablen acepta aceptan acepte acepten aceptar toma toman tome tomen tomar
  cubre cubren cobran ofrece ofrecen da dan atiende atienden sea recete receten recetar
  // Spanish: the trouble said around a term ("que usan drogas", "me siento triste", "que hago")
  usa usan usando siento sentir solo sola hago hacer manda mando mandaron
  // Spanish: what a facility is, and who it is for
  tratamiento tratamientos programa programas clinica clinicas centro centros servicio servicios
  lugar lugares opcion opciones proveedor proveedores doctora doctores grupo grupos cita citas
  hijo hija hijos hijas esposo esposa familia mama papa madre padre hermano hermana novio novia
  pareja amigo amiga persona personas gente edad ano anos trabajo estado ciudad condado
  problema problemas dejar parar informacion mejor mejores bueno buena
  medicamento medicamentos medicina medicinas receta recetas
`);

/** Spanish words that introduce a place: "cerca de 33130", "en Miami, FL", "código postal 10032". */
export const SPANISH_PLACE_CUES = ['en', 'en el', 'en la', 'cerca', 'cerca de', 'cerca del', 'codigo postal'] as const;

/** Words that introduce a place: "near 60614", "in Denver, CO", "around Austin TX"; a cue may be a phrase. */
export const PLACE_CUES = [
  'near',
  'in',
  'around',
  'by',
  'zip',
  'zipcode',
  'close',
  'close to',
  'outside',
  ...SPANISH_PLACE_CUES,
];

/**
 * State codes that are everyday Spanish words. In lower case after a Spanish
 * place word they are Spanish ("en la florida", "cerca al parque"); in
 * capitals they stay codes ("en LA").
 */
export const SPANISH_STATE_CODE_LOOKALIKES = ['la', 'de', 'al', 'mi', 'me'] as const;

/**
 * Of those, the ones that are Spanish in lower case anywhere but at the end
 * or after a comma: "de" is "of" in "casa de recuperación" and "clases de
 * drogas", Delaware in "Dover, de" and "dover de".
 */
export const SPANISH_MID_SENTENCE_CODES = ['de'] as const;

/**
 * Abbreviations that are also everyday Spanish words: "MI" is motivational
 * interviewing, "mi" is "my" ("mi hijo"). They name a term only in capitals.
 */
export const CAPITALS_ONLY_TERMS = ['mi'] as const;

/** Words after a number that make it an age: "15 year old", "19 yo", "15 años" (folded and stemmed: "ano"). */
export const AGE_UNITS = ['year old', 'yr old', 'yo', 'year', 'ano'] as const;

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
  'closest',
  'nearest',
  'local',
  // Spanish; a longer phrase comes before the phrase it starts with
  'cerca de mi casa',
  'cerca de mi ubicacion',
  'cerca de mi',
  'cerca de aqui',
  'cerca de aca',
  'cerca de donde estoy',
  'cerca de donde vivo',
  'aqui cerca',
  'por aqui',
  'por aca',
  'por mi casa',
  'en mi area',
  'en mi zona',
  'mi area',
  'mi zona',
  'mas cercano',
  'mas cercana',
  'mas cerca',
  'cercano a mi',
  'cercano',
  'cercana',
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
  // Spanish
  'suicidio',
  'suicida',
  'suicidarme',
  'suicidarse',
  'matarme',
  'me quiero matar',
  'quiero morir',
  'quiero morirme',
  'no quiero vivir',
  'quitarme la vida',
  'acabar con mi vida',
  'terminar con mi vida',
  'hacerme dano',
  'lastimarme',
  'cortarme',
  'me corte',
  'se corta',
  'ya no puedo mas',
  'no aguanto mas',
  'sobredosis',
  'emergencia',
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
  // Spanish: "sin 12 pasos", "que no sea residencial", "después del hospital"
  'sin',
  'que no sea',
  'que no sean',
  'excepto',
  'despues de',
  'despues del',
  'en vez de',
  'en lugar de',
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
