import { describe, expect, it } from 'vitest';
import {
  CRISIS_TEXT_ES,
  LIFELINE_CHAT_URL,
  LIFELINE_NUMBER,
  LIFELINE_TEL_HREF,
  SPANISH_CALL_KEY,
  SPANISH_TEXT_KEYWORD,
} from './crisis-es';

describe('988 in Spanish', () => {
  it('links only by tel: and https:, as every link of the site', () => {
    expect(LIFELINE_TEL_HREF).toBe(`tel:${LIFELINE_NUMBER}`);
    expect(new URL(LIFELINE_CHAT_URL).protocol).toBe('https:');
  });

  it('says the Spanish options in its sentences: press 2, text AYUDA', () => {
    expect(CRISIS_TEXT_ES.call).toContain(`marque el ${SPANISH_CALL_KEY}`);
    expect(CRISIS_TEXT_ES.text).toContain(`${SPANISH_TEXT_KEYWORD} por mensaje de texto al ${LIFELINE_NUMBER}`);
    expect(CRISIS_TEXT_ES.bar).toContain(LIFELINE_NUMBER);
  });
});
