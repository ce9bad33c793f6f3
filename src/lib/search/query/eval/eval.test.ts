/**
 * The evaluation sets (see README in this folder): queries written from how
 * people looking for care and referral sources type, each with the reading
 * expected. Two thirds of each set tune the vocabulary and must all read as
 * expected, or as a documented accepted difference; every third case is held
 * out from tuning and only measured, so the score says how well the reading
 * generalises to words nobody tuned for.
 */
import { describe, expect, it } from 'vitest';
import { interpretQuery } from '../interpret';
import accepted from './accepted-differences.json';
import cases from './outside-tester.json';
import { describeExpected, describeReading, type EvalCase, type Expected } from './score';
import spanishAccepted from './spanish-accepted-differences.json';
import spanishCases from './spanish.json';

interface AcceptedDifference {
  q: string;
  expect: Expected;
  reason: string;
}

interface EvalSet {
  title: string;
  cases: EvalCase[];
  accepted: AcceptedDifference[];
  /** Fewest cases in all, and from each kind of searcher. */
  size: { all: number; seeker: number; referral: number };
  /** Below this share of the held-out cases read as expected, the reading has regressed. */
  heldOutFloor: number;
}

const SETS: EvalSet[] = [
  {
    title: 'queries as people type them (outside tester)',
    cases: cases as EvalCase[],
    accepted,
    size: { all: 100, seeker: 100, referral: 50 },
    heldOutFloor: 0.75,
  },
  {
    title: 'Spanish and mixed queries as people in the US type them',
    cases: spanishCases as EvalCase[],
    accepted: spanishAccepted,
    size: { all: 60, seeker: 50, referral: 5 },
    heldOutFloor: 0.85,
  },
];

const isHeldOut = (i: number) => i % 3 === 2;

describe.each(SETS)('evaluation set: $title', ({ cases: all, accepted: differences, size, heldOutFloor }) => {
  const overrides = new Map(differences.map((a) => [a.q, a]));
  const tuning = all.filter((_, i) => !isHeldOut(i));
  const heldOut = all.filter((_, i) => isHeldOut(i));

  it(`has at least ${size.all} queries, from both people seeking care and referral sources`, () => {
    expect(all.length).toBeGreaterThanOrEqual(size.all);
    expect(all.filter((c) => c.who === 'referral').length).toBeGreaterThanOrEqual(size.referral);
    expect(all.filter((c) => c.who === 'seeker').length).toBeGreaterThanOrEqual(size.seeker);
  });

  it.each(tuning.map((c) => [c.q, c] as const))('reads %j as expected', (_q, c) => {
    const want = overrides.get(c.q)?.expect ?? c.expect;
    expect(describeReading(interpretQuery(c.q))).toEqual(describeExpected(want));
  });

  it('every accepted difference is a tuning case and says why', () => {
    for (const a of overrides.values()) {
      expect(
        tuning.some((c) => c.q === a.q),
        a.q,
      ).toBe(true);
      expect(a.reason.length, a.q).toBeGreaterThan(30);
    }
  });

  it(`reads at least ${heldOutFloor * 100}% of the held-out cases as expected`, () => {
    const misses = heldOut.filter(
      (c) => JSON.stringify(describeReading(interpretQuery(c.q))) !== JSON.stringify(describeExpected(c.expect)),
    );
    const share = 1 - misses.length / heldOut.length;
    console.info(`held-out: ${heldOut.length - misses.length}/${heldOut.length} (${(share * 100).toFixed(1)}%)`);
    expect(share).toBeGreaterThanOrEqual(heldOutFloor);
  });
});
