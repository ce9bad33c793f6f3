import { describe, expect, it } from 'vitest';
import { applyFacets, isEmptyFilter, mergeFilters, NO_FILTER, type FacetFilter } from './facets';
import { groupTerms, maskOf } from './groups';
import { packFacility } from './pack';
import { RecordStore } from './store';
import { makeFacility } from './testing';

const levels = groupTerms('levels');
const payment = groupTerms('payment');
const IOP = maskOf(levels, ['intensive-outpatient']);
const PHP = maskOf(levels, ['partial-hospitalization']);
const MEDICAID = maskOf(payment, ['medicaid']);

function store() {
  const s = new RecordStore(4);
  s.addRows(
    [
      makeFacility({ id: 'a', levelsOfCare: ['intensive-outpatient'], payment: ['medicaid'], telehealth: true }),
      makeFacility({ id: 'b', levelsOfCare: ['intensive-outpatient'], payment: ['self-pay'] }),
      makeFacility({ id: 'c', levelsOfCare: ['partial-hospitalization'], payment: ['medicaid'] }),
      makeFacility({ id: 'd', levelsOfCare: ['residential'], payment: ['medicaid', 'medicare'] }),
    ].map((f, i) => packFacility(f, i)),
  );
  return s;
}

function run(filter: Partial<FacetFilter['masks']>, telehealth = false) {
  const s = store();
  const result = applyFacets(s, [0, 1, 2, 3], { masks: { ...NO_FILTER.masks, ...filter }, telehealth });
  return { ids: [...result.passing].map((i) => s.get(i)!.id), counts: result.counts };
}

describe('exact filters', () => {
  it('passes everything without a choice and counts every option', () => {
    const { ids, counts } = run({});
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
    expect(counts.groups.levels![1]).toBe(2); // IOP
    expect(counts.groups.payment![0]).toBe(3); // Medicaid
    expect(counts.telehealth).toBe(1);
  });

  it('ORs options within a group and ANDs groups', () => {
    expect(run({ levels: IOP | PHP }).ids).toEqual(['a', 'b', 'c']);
    expect(run({ levels: IOP | PHP, payment: MEDICAID }).ids).toEqual(['a', 'c']);
    expect(run({ levels: IOP }, true).ids).toEqual(['a']);
  });

  it('counts each option as if it were added: other groups apply, its own does not', () => {
    const { counts } = run({ levels: IOP, payment: MEDICAID });
    // Levels counted among Medicaid facilities: IOP a; PHP c; residential d.
    expect([...counts.groups.levels!.slice(0, 6)]).toEqual([0, 1, 1, 1, 0, 0]);
    // Payment counted among IOP facilities: Medicaid a; self-pay b.
    expect(counts.groups.payment![0]).toBe(1);
    expect(counts.groups.payment![3]).toBe(1);
    expect(counts.telehealth).toBe(1);
  });

  it('leaves out the counts of groups whose data is not there yet', () => {
    const s = store();
    const { counts } = applyFacets(s, [0, 1], NO_FILTER, [true, false]);
    expect(counts.groups.levels).toBeDefined();
    expect(counts.groups.specialties).toBeUndefined();
  });

  it('merges the filters read from words with the checked ones', () => {
    const merged = mergeFilters(
      { ...NO_FILTER, masks: { ...NO_FILTER.masks, levels: IOP } },
      { masks: { ...NO_FILTER.masks, levels: PHP, payment: MEDICAID }, telehealth: true },
    );
    expect(merged.masks.levels).toBe(IOP | PHP);
    expect(merged.masks.payment).toBe(MEDICAID);
    expect(merged.telehealth).toBe(true);
    expect(isEmptyFilter(NO_FILTER)).toBe(true);
    expect(isEmptyFilter(merged)).toBe(false);
  });
});
