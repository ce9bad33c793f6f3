/**
 * The evaluation set: 357 queries written by an outside tester who never saw
 * the interpreter, from how people looking for care and referral sources
 * type (see README in this folder). Two thirds tune the vocabulary and must
 * all read as expected, or as a documented accepted difference; every third
 * case is held out from tuning and only measured, so the score says how
 * well the reading generalises to words nobody tuned for.
 */
import { describe, expect, it } from 'vitest';
import { interpretQuery } from '../interpret';
import accepted from './accepted-differences.json';
import cases from './outside-tester.json';
import { describeExpected, describeReading, type EvalCase, type Expected } from './score';

const all = cases as EvalCase[];
const overrides = new Map((accepted as { q: string; expect: Expected; reason: string }[]).map((a) => [a.q, a]));
const isHeldOut = (i: number) => i % 3 === 2;
const tuning = all.filter((_, i) => !isHeldOut(i));
const heldOut = all.filter((_, i) => isHeldOut(i));

/** Below this share of the held-out cases read as the tester expected, the reading has regressed. */
const HELD_OUT_FLOOR = 0.75;

describe('evaluation set: queries as people type them', () => {
  it('has at least 100 queries, from both people seeking care and referral sources', () => {
    expect(all.length).toBeGreaterThanOrEqual(100);
    expect(all.filter((c) => c.who === 'referral').length).toBeGreaterThanOrEqual(50);
    expect(all.filter((c) => c.who === 'seeker').length).toBeGreaterThanOrEqual(100);
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

  it(`reads at least ${HELD_OUT_FLOOR * 100}% of the held-out cases as the tester expected`, () => {
    const misses = heldOut.filter(
      (c) => JSON.stringify(describeReading(interpretQuery(c.q))) !== JSON.stringify(describeExpected(c.expect)),
    );
    const share = 1 - misses.length / heldOut.length;
    console.info(`held-out: ${heldOut.length - misses.length}/${heldOut.length} (${(share * 100).toFixed(1)}%)`);
    expect(share).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
  });
});
