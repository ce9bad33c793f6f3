import { describe, expect, it } from 'vitest';
import { CATALOGUES } from './index';
import { directoryMessages } from './directory';
import { notFoundMessages } from './not-found';
import { richText } from '../rich';

describe('directory and 404 catalogues', () => {
  // Listed, they are also checked key for key, Spanish against English, in catalogues.test.ts.
  it('are listed with the others, so the scan of built Spanish pages covers them', () => {
    const areas = CATALOGUES.map((c) => c.area);
    expect(areas).toContain('directory');
    expect(areas).toContain('not-found');
  });

  it('agrees the verb with the count, in both languages', () => {
    expect(directoryMessages('en').state.intro(1, 'Alaska')).toMatch(/^1 open facility in Alaska offers treatment/);
    expect(directoryMessages('en').state.intro(1234, 'Alaska')).toMatch(/^1,234 open facilities in Alaska offer /);
    expect(directoryMessages('es').state.intro(1, 'Alaska')).toMatch(/^1 centro abierto en Alaska ofrece tratamiento/);
    expect(directoryMessages('es').state.intro(1234, 'Alaska')).toMatch(/^1,234 centros abiertos en Alaska ofrecen /);
    expect(directoryMessages('es').stateLevel.count(1, 'Guam')).toBe(
      '1 centro abierto ofrece este nivel de atención en Guam.',
    );
    expect(directoryMessages('es').specialty.count(2, 1)).toBe(
      '2 centros abiertos tienen este programa, en 1 estado o territorio.',
    );
    expect(directoryMessages('es').specialtiesIndex.counts(1, 3)).toBe('1 centro en 3 estados');
  });

  it('says page numbers in the language', () => {
    expect(directoryMessages('en').titlePage(2, 7)).toBe(' (page 2 of 7)');
    expect(directoryMessages('es').titlePage(2, 7)).toBe(' (página 2 de 7)');
    expect(directoryMessages('es').headingPage(3)).toBe(', página 3');
  });

  it('starts a Spanish program description with its name, which is never lowercased', () => {
    const text = directoryMessages('es').specialty.description('LGBTQ+', 120, 30, 'Programas para personas LGBTQ+.');
    expect(text).toBe(
      'LGBTQ+: 120 centros de tratamiento tienen este programa, en 30 estados y territorios. Programas para personas LGBTQ+.',
    );
  });

  it("gives the Spanish 404 page the Lifeline's Spanish options, linking only the numbers to call", () => {
    const crisis = notFoundMessages('es').crisis;
    expect(richText(crisis)).toBe(
      'Si está en crisis, llame al 988 y marque el 2 para hablar en español, o envíe AYUDA por mensaje de texto al 988. En una emergencia, llame al 911.',
    );
    const links = crisis.flatMap((p) => (typeof p === 'object' && 'href' in p ? [p.href] : []));
    expect(links).toEqual(['tel:988', 'tel:911']);
  });
});
