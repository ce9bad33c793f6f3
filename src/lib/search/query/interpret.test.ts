import { describe, expect, it } from 'vitest';
import { CODED_VOCABULARIES, TELEHEALTH, type Term } from '../../taxonomy';
import { interpretQuery } from './interpret';
import { withoutSpans } from './reading';

const terms = (q: string) => interpretQuery(q).terms.map((t) => `${t.group}:${t.ids.join('|')}`);
const names = (q: string) => interpretQuery(q).nameWords.map((w) => w.word);

describe('interpretQuery', () => {
  it('reads the words that failed before as terms, never as parts of other words', () => {
    expect(terms('teen')).toEqual(['specialties:adolescents']);
    expect(terms('eating disorder iop')).toEqual(['specialties:eating-disorders', 'levelsOfCare:intensive-outpatient']);
    expect(terms('iop medicaid')).toEqual(['levelsOfCare:intensive-outpatient', 'payment:medicaid']);
    expect(names('teen')).toEqual([]);
  });

  it('matches phrases before their words ("partial hospitalization", "sliding scale", "no insurance")', () => {
    expect(terms('partial hospitalization')).toEqual(['levelsOfCare:partial-hospitalization']);
    expect(terms('sliding scale')).toEqual(['payment:sliding-scale']);
    expect(terms('rehab no insurance')).toEqual(['careFocus:substance-use', 'payment:state-funded']);
  });

  it('forgives typos by word length, plurals and brand names', () => {
    expect(terms('adolesent')).toEqual(['specialties:adolescents']);
    expect(terms('medicaide')).toEqual(['payment:medicaid']);
    expect(terms('IOPs')).toEqual(['levelsOfCare:intensive-outpatient']);
    expect(terms('Suboxone')).toEqual(['medications:buprenorphine']);
    expect(terms('vivitrol')).toEqual(['medications:naltrexone']);
    // Short words must be exact: "south" is not "youth", "medical" is not "medicaid".
    expect(terms('south shore')).toEqual([]);
    expect(terms('medical')).toEqual([]);
  });

  it('reads a word naming several terms of one group as any of them', () => {
    expect(terms('MAT')).toEqual(['medications:buprenorphine|methadone|naltrexone']);
  });

  it('takes a ZIP, "City, ST" or a state from the text, and keeps "near me" apart', () => {
    const r = interpretQuery('spanish speaking teen iop near 60614');
    expect(r.place).toMatchObject({ kind: 'zip', zip: '60614', text: 'near 60614' });
    expect(interpretQuery('iop in austin, tx').place).toMatchObject({ kind: 'city', city: 'austin', state: 'TX' });
    expect(interpretQuery('rehab in ohio for teens').place).toMatchObject({ kind: 'state', state: 'OH' });
    expect(interpretQuery('iop near me').nearMe?.text).toBe('near me');
    expect(interpretQuery('please help me').place).toBeUndefined();
  });

  it('leaves a state name that starts a city name alone ("colorado springs")', () => {
    const r = interpretQuery('iop in colorado springs');
    expect(r.place).toBeUndefined();
    expect(r.nameWords.map((w) => w.word)).toEqual(['colorado', 'springs']);
  });

  it('reads a state name inside a term phrase as the term ("Alaska Native")', () => {
    expect(terms('rehab alaska native')).toEqual(['careFocus:substance-use', 'payment:ihs-tribal']);
    expect(interpretQuery('rehab alaska native').place).toBeUndefined();
    expect(interpretQuery('iop anchorage alaska').place).toMatchObject({ kind: 'city', state: 'AK' });
  });

  it('keeps quoted words as a name', () => {
    const r = interpretQuery('"teen challenge"');
    expect(r.terms).toEqual([]);
    expect(r.nameWords.map((w) => w.word)).toEqual(['teen', 'challenge']);
  });

  it('sets aside terms after a negation instead of filtering by them', () => {
    const r = interpretQuery('non 12 step rehab');
    expect(r.negated.map((t) => t.ids)).toEqual([['twelve-step']]);
    expect(terms('non 12 step rehab')).toEqual(['careFocus:substance-use']);
  });

  it('lets a weak word give way: "therapist" is outpatient unless a level is named', () => {
    expect(terms('therapist for anxiety')).toEqual(['levelsOfCare:outpatient', 'careFocus:mental-health']);
    expect(terms('iop therapist')).toEqual(['levelsOfCare:intensive-outpatient']);
  });

  it('reads an age in years through the taxonomy words for it', () => {
    expect(terms('rehab for my 15 year old').sort()).toEqual(['careFocus:substance-use', 'specialties:adolescents']);
    expect(terms('detox for my 8 year old').sort()).toEqual(['ages:children', 'levelsOfCare:detox']);
  });

  it('flags crisis words without filtering by them', () => {
    const r = interpretQuery('i want to kill myself');
    expect(r.crisis).toBe(true);
    expect(r.terms).toEqual([]);
    expect(r.nameWords).toEqual([]);
  });

  it('treats the last word as possibly unfinished only while it is being typed', () => {
    expect(terms('eating disord')).toEqual(['specialties:eating-disorders']);
    expect(interpretQuery('seren').nameWords[0]).toMatchObject({ word: 'seren', prefix: true });
    expect(interpretQuery('seren ').nameWords[0]).toMatchObject({ word: 'seren', prefix: false });
  });

  it('keeps spans that let a chip remove exactly its words', () => {
    const q = 'IOP near me that takes Medicaid';
    const r = interpretQuery(q);
    const medicaid = r.terms.find((t) => t.group === 'payment')!;
    expect(medicaid.text).toBe('Medicaid');
    expect(withoutSpans(q, [medicaid])).toBe('IOP near me that takes');
    expect(withoutSpans('teen iop, Denver, CO', [{ start: 10, end: 20 }])).toBe('teen iop');
  });
});

describe('interpretQuery in Spanish', () => {
  it('reads every Spanish label as a term, accents or not', () => {
    const all: Term[] = [...Object.values(CODED_VOCABULARIES).flat(), TELEHEALTH];
    for (const term of all) {
      const plain = term.es.label.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      expect(interpretQuery(term.es.label).terms.length, term.es.label).toBeGreaterThan(0);
      expect(terms(plain), plain).toEqual(terms(term.es.label));
    }
  });

  it('takes "cerca de" with the ZIP, and Spanish near-me phrases as near me', () => {
    expect(interpretQuery('cerca de 33130').place).toMatchObject({ kind: 'zip', zip: '33130', text: 'cerca de 33130' });
    expect(interpretQuery('detox cerca de mi casa').nearMe?.text).toBe('cerca de mi casa');
    expect(names('detox cerca de mi casa')).toEqual([]);
  });

  it('reads state codes that are Spanish words as Spanish, in lower case', () => {
    expect(interpretQuery('rehab en la florida').place).toMatchObject({ kind: 'state', state: 'FL' });
    expect(interpretQuery('rehab en LA').place).toMatchObject({ kind: 'state', state: 'LA' });
    expect(interpretQuery('casa de recuperacion').place).toBeUndefined();
    expect(interpretQuery('clases de drogas').place).toBeUndefined();
    expect(interpretQuery('iop dover de').place).toMatchObject({ kind: 'city', state: 'DE' });
    expect(interpretQuery('iop wilmington, de').place).toMatchObject({ kind: 'city', state: 'DE' });
    expect(interpretQuery('lansing mi').place).toMatchObject({ kind: 'city', state: 'MI' });
  });

  it('reads "mi" as "my" and only "MI" as motivational interviewing', () => {
    expect(terms('mi hijo necesita rehab')).toEqual(['careFocus:substance-use']);
    expect(terms('Mi hijo necesita rehab')).toEqual(['careFocus:substance-use']);
    expect(terms('MI para adolescentes')).toEqual(['therapies:motivational-interviewing', 'specialties:adolescents']);
  });

  it('reads Spanish state names and cities that begin with an article', () => {
    expect(interpretQuery('detox en nueva york').place).toMatchObject({ kind: 'state', state: 'NY' });
    expect(interpretQuery('iop en carolina del norte').place).toMatchObject({ kind: 'state', state: 'NC' });
    // Every name the Spanish pages show reads back, as written there or typed without accents.
    expect(interpretQuery('centro en Hawái').place).toMatchObject({ kind: 'state', state: 'HI' });
    expect(interpretQuery('samoa americana').place).toMatchObject({ kind: 'state', state: 'AS' });
    expect(interpretQuery('Islas Vírgenes de los EE. UU.').place).toMatchObject({ kind: 'state', state: 'VI' });
    expect(interpretQuery('islas virgenes').place).toMatchObject({ kind: 'state', state: 'VI' });
    const la = interpretQuery('clinica en los angeles, ca').place;
    expect(la).toMatchObject({ kind: 'city', city: 'los angeles', state: 'CA' });
    expect(la?.kind === 'city' && la.cityWords.map((w) => w.word)).toEqual(['angeles']);
    expect(interpretQuery('iop en el paso tx').place).toMatchObject({ kind: 'city', city: 'el paso', state: 'TX' });
  });

  it('negates with "sin" and "que no sea", but "sin seguro" is a way to pay', () => {
    expect(terms('rehab sin seguro')).toEqual(['careFocus:substance-use', 'payment:state-funded']);
    expect(interpretQuery('residencial sin 12 pasos').negated.map((t) => t.ids)).toEqual([['twelve-step']]);
    expect(interpretQuery('iop que no sea residencial').negated.map((t) => t.ids)).toEqual([['residential']]);
  });

  it('flags Spanish crisis words, and "no quiero vivir" negates nothing', () => {
    for (const q of ['quiero morir', 'me quiero matar', 'pensamientos de suicidio', 'sobredosis', 'ya no puedo más']) {
      expect(interpretQuery(q).crisis, q).toBe(true);
      expect(interpretQuery(q).nameWords, q).toEqual([]);
    }
    const r = interpretQuery('no quiero vivir, ayuda con las drogas');
    expect(r.crisis).toBe(true);
    expect(r.negated).toEqual([]);
    expect(terms('no quiero vivir, ayuda con las drogas')).toEqual(['careFocus:substance-use']);
  });

  it('reads an age in años, and never "medicamento" as Medicaid', () => {
    expect(terms('para mi hija de 15 años')).toEqual(['specialties:adolescents']);
    expect(terms('medicamento para la ansiedad')).toEqual(['careFocus:mental-health']);
    expect(names('medicamento para la ansiedad')).toEqual([]);
  });
});
