import { describe, expect, it } from 'vitest';
import { queryWords } from './normalize';
import { RecordStore } from './store';
import { TextSearcher } from './text-search';
import { packed } from './testing';

function corpus() {
  const store = new RecordStore();
  store.addRows([
    packed({ id: 'serenity', name: 'Serenity House', address: { city: 'Denver', state: 'CO', zip: '80203' } }),
    packed({
      id: 'dual',
      name: 'Mountain Health Partners',
      address: { city: 'Boulder', state: 'CO', zip: '80302' },
      specialties: ['co-occurring'],
    }),
    packed({
      id: 'ed',
      name: 'Front Range Clinic',
      alternateName: 'Adult Eating Recovery',
      address: { city: 'Aurora', state: 'CO', zip: '80012' },
      levelsOfCare: ['intensive-outpatient'],
      specialties: ['eating-disorders'],
      payment: ['medicaid'],
    }),
    packed({
      id: 'bupe',
      name: 'Peña Recovery',
      address: { city: 'Denver', state: 'CO', zip: '80203' },
      medications: ['buprenorphine'],
      telehealth: true,
    }),
  ]);
  return { store, searcher: new TextSearcher(store) };
}

function ids(q: string): string[] {
  const { store, searcher } = corpus();
  const all = store.records.map((r) => r.idx);
  const m = searcher.match(queryWords(q), all);
  return [...m.idx]
    .map((i, p) => [store.records[i]!.id, m.score[p]!] as const)
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id);
}

describe('free-text search', () => {
  it('forgives typos in names', () => {
    expect(ids('serenety')).toEqual(['serenity']);
    expect(ids('sernity hose')).toEqual(['serenity']);
  });

  it('finds taxonomy terms through synonyms', () => {
    expect(ids('dual diagnosis')).toEqual(['dual']);
    expect(ids('suboxone')).toEqual(['bupe']);
    expect(ids('IOP')).toEqual(['ed']);
    expect(ids('anorexia')).toEqual(['ed']);
    expect(ids('telehealth')).toEqual(['bupe']);
  });

  it('needs every word, from any field', () => {
    expect(ids('recovery denver')).toEqual(['bupe']);
    expect(ids('intensive outpatient for eating disorders that takes medicaid')).toEqual(['ed']);
    expect(ids('serenity boulder')).toEqual([]);
  });

  it('ranks a specialty program above a broad care focus for the same synonym', () => {
    const store = new RecordStore();
    store.addRows([
      packed({ id: 'focus', name: 'Alpha Clinic', careFocus: ['co-occurring'] }),
      packed({ id: 'program', name: 'Zeta Clinic', specialties: ['co-occurring'] }),
    ]);
    const m = new TextSearcher(store).match(queryWords('dual diagnosis'), [0, 1]);
    const score = new Map([...m.idx].map((i, p) => [store.records[i]!.id, m.score[p]!]));
    expect(score.get('program')!).toBeGreaterThan(score.get('focus')!);
  });

  it('ignores single letters and words that only glue a sentence together', () => {
    expect(queryWords('a b iop')).toEqual(['iop']);
  });

  it('ignores accents and case', () => {
    expect(ids('PENA')).toEqual(['bupe']);
  });

  it('prefers a name match over a synonym or city match', () => {
    expect(ids('recovery')).toEqual(['bupe', 'ed']);
  });

  it('drops stopwords and repeats from a query', () => {
    expect(queryWords('IOP near me that takes the Medicaid medicaid')).toEqual(['iop', 'medicaid']);
    expect(queryWords('   ')).toEqual([]);
  });

  it('reuses word results until new records arrive', () => {
    const { store, searcher } = corpus();
    const first = searcher.wordScores('denver');
    expect(searcher.wordScores('denver')).toBe(first);
    store.addRows([packed({ id: 'new', name: 'Denver Center' })]);
    const after = searcher.wordScores('denver');
    expect(after).not.toBe(first);
    expect(after.length).toBe(5);
  });
});
