import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CODED_VOCABULARIES, LEVELS_OF_CARE, PAYMENT, TELEHEALTH, type Term } from '.';

/** Every vocabulary the site shows, telehealth included, by name. */
const VOCABULARIES: [string, readonly Term[]][] = [...Object.entries(CODED_VOCABULARIES), ['telehealth', [TELEHEALTH]]];

/** A sentence break inside a text: ". Next", "? ¿Next". */
const SENTENCE_BREAK = /[.!?]\s+[¿¡]?[A-ZÁÉÍÓÚÑ]/;

describe('Spanish words of the taxonomy', () => {
  it.each(VOCABULARIES)('%s: every term has a Spanish label and one plain sentence', (_name, terms) => {
    for (const term of terms) {
      expect(term.es?.label?.trim(), term.id).toBeTruthy();
      expect(term.es.description, term.id).toMatch(/^[¿¡]?[A-ZÁÉÍÓÚÑ].{10,}\.$/s);
      expect(term.es.description, term.id).not.toMatch(SENTENCE_BREAK);
      expect(term.es.description, term.id).not.toBe(term.description);
    }
  });

  it.each(VOCABULARIES)('%s: Spanish labels are unique', (_name, terms) => {
    const labels = terms.map((t) => t.es.label.toLowerCase());
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('every level of care has a Spanish plural heading and time in treatment', () => {
    for (const level of LEVELS_OF_CARE) {
      expect(level.es.plural.trim(), level.id).toBeTruthy();
      expect(level.es.hoursPerWeek.trim(), level.id).toBeTruthy();
      expect(level.es.plural, level.id).not.toBe(level.plural);
    }
  });

  it('Spanish search words are written folded (lower case, no accents), as search compares them', () => {
    for (const [, terms] of VOCABULARIES) {
      for (const term of terms) {
        for (const word of [...(term.es.synonyms ?? []), ...(term.es.weakSynonyms ?? [])]) {
          expect(word, term.id).toBe(
            word
              .normalize('NFD')
              .replace(/[\u0300-\u036f]/g, '')
              .toLowerCase(),
          );
        }
      }
    }
  });
});

describe('docs/glossary-es.md', () => {
  const glossary = readFileSync(fileURLToPath(new URL('../../../docs/glossary-es.md', import.meta.url)), 'utf8');

  it.each([
    ['levels of care', LEVELS_OF_CARE],
    ['payment', PAYMENT],
  ] as const)('names every %s term by its Spanish label, so pages and taxonomy agree', (_name, terms) => {
    for (const term of terms) expect(glossary, term.id).toContain(`**${term.es.label}**`);
  });
});
