/**
 * The 988 Suicide & Crisis Lifeline's options in Spanish, as the Lifeline
 * publishes them, for the Spanish crisis bar, 404 and crisis notices.
 *
 * Checked for issue #12 against stored copies of these pages (no live
 * browsing); docs/glossary-es.md ("988 in Spanish") has the details, what
 * could not be confirmed, and where sources disagree. Check again at
 * https://988lifeline.org/get-help/what-to-expect before each release:
 * menus change (the LGBTQ+ youth option, "press 3", was gone by September 2025).
 *
 * Sources:
 * - 988 Lifeline, "What to expect" (official):
 *   https://988lifeline.org/get-help/what-to-expect
 * - Washington State Department of Health, "The Spanish Subnetwork: Crisis
 *   support for people who speak Spanish":
 *   https://medium.com/wadepthealth/the-spanish-subnetwork-crisis-support-for-people-who-speak-spanish-3ef49f22004f
 * - New Mexico 988 FAQ: https://988nm.org/faq/
 * - HHS, July 2023, Spanish text and chat nationwide, 24/7 (as reported):
 *   https://spectrumnews1.com/ky/louisville/health-and-medicine/2023/07/13/988-mental-health-lifeline-expands-with-chats-and-texts-in-spanish
 *   https://thefederalnewswire.com/stories/647103624-becerra-expanded-988-program-connects-americans-with-trained-counselors
 */

/** The number to call or text, nationwide, free, 24 hours a day. */
export const LIFELINE_NUMBER = '988';

/** Link to call it. The site links only http(s): and tel:, so texting is said in words, never linked (sms:). */
export const LIFELINE_TEL_HREF = 'tel:988';

/**
 * The key to press after dialing 988 for a Spanish-speaking counselor.
 * The call menu offers "Veterans (Press 1), Spanish-language (Press 2), or
 * your local 988 Lifeline contact center" (988 Lifeline, "What to expect");
 * Washington DOH and 988 New Mexico say the same.
 */
export const SPANISH_CALL_KEY = '2';

/**
 * The word to text to 988 for a Spanish-speaking counselor. Texting 988
 * offers "the main 988 Lifeline or our Spanish-language (text AYUDA)"
 * (988 Lifeline, "What to expect"); Washington DOH: "texting 'AYUDA' to 988".
 */
export const SPANISH_TEXT_KEYWORD = 'AYUDA';

/**
 * The Lifeline's chat page. Chat is offered in Spanish ("¡Los servicios de
 * texto y chat de 988 Lifeline ya están disponibles en Español!", 988
 * Lifeline, "What to expect"; launched nationwide in July 2023), but no
 * source we could read gives a separate Spanish chat address, so this is
 * the chat page itself, not a Spanish entry point.
 */
export const LIFELINE_CHAT_URL = 'https://988lifeline.org/chat/';

/**
 * The name to use in Spanish text. The Lifeline's own Spanish sentence calls
 * it "988 Lifeline"; a Spanish long name ("Línea 988 de Prevención del
 * Suicidio y Crisis") appears only in secondary sources we read, so it is
 * not used as if official.
 */
export const LIFELINE_NAME_ES = '988 Lifeline';

/** Emergency number, for danger right now. */
export const EMERGENCY_NUMBER = '911';

/** Ready sentences in the glossary's register (usted), built from the facts above. */
export const CRISIS_TEXT_ES = {
  /** Crisis bar, one line: the question, then what to do. */
  bar: `¿Está en crisis? Llame o envíe un mensaje de texto al ${LIFELINE_NUMBER}. Emergencias: ${EMERGENCY_NUMBER}.`,
  /** How to reach a counselor who speaks Spanish by phone. */
  call: `Llame al ${LIFELINE_NUMBER} y marque el ${SPANISH_CALL_KEY} para hablar en español.`,
  /** How to reach one by text message. */
  text: `Envíe la palabra ${SPANISH_TEXT_KEYWORD} por mensaje de texto al ${LIFELINE_NUMBER}.`,
  /** Chat. */
  chat: `También puede chatear en español con ${LIFELINE_NAME_ES} por internet.`,
  /** What it is, in one sentence. */
  about: `${LIFELINE_NAME_ES} es gratis, confidencial y atiende las 24 horas, todos los días.`,
  /** Danger right now. */
  emergency: `Si usted o alguien corre peligro en este momento, llame al ${EMERGENCY_NUMBER}.`,
} as const;
