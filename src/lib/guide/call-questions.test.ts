import { describe, expect, it } from 'vitest';
import { callQuestions } from './call-questions';

describe('questions to ask when you call', () => {
  it('has the same groups, in the same order and with as many questions, in English and Spanish', () => {
    const shape = (locale: 'en' | 'es') => callQuestions(locale).map((g) => [g.id, g.questions.length]);
    expect(shape('es')).toEqual(shape('en'));
  });

  it('asks in Spanish, in Spanish question marks, and never repeats the English', () => {
    const english = new Set(callQuestions('en').flatMap((g) => [g.title, ...g.questions]));
    for (const group of callQuestions('es')) {
      expect(english.has(group.title), group.title).toBe(false);
      for (const q of group.questions) {
        expect(english.has(q), q).toBe(false);
        // Every Spanish question opens with ¿ where it asks (a statement may come first: "Si …, ¿…?").
        expect(q.split('?').length - 1, q).toBe(q.split('¿').length - 1);
      }
    }
  });

  it('asks a Spanish speaker about Spanish-speaking staff, which the directory records', () => {
    const fit = callQuestions('es').find((g) => g.id === 'fit')!;
    expect(fit.questions.some((q) => q.includes('en español'))).toBe(true);
  });
});
