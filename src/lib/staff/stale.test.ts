import { describe, expect, it } from 'vitest';
import type { FacilityFile } from './dataset';
import { buildStaleReport, formatStaleReport } from './stale';

/** SYNTHETIC facility files (not real facilities), already parsed. */
function file(state: string, json: Record<string, unknown> | undefined, id = String(json?.id)): FacilityFile {
  return { path: `data/facilities/${state}/${id}.json`, folder: state, fileId: id, json };
}
const facility = (id: string, state: string, extra: Record<string, unknown> = {}) =>
  file(state.toLowerCase(), {
    id,
    name: `Synthetic ${id}`,
    address: { city: 'Testville', state, zip: '80203' },
    ...extra,
  });

const FILES: FacilityFile[] = [
  facility('fresh-co', 'CO', { lastVerified: '2026-06-01' }),
  facility('edge-co', 'CO', { lastVerified: '2025-11-22' }), // exactly 365 days before today: not stale
  facility('stale-co', 'CO', { lastVerified: '2025-11-21' }), // 366 days: stale
  facility('older-co', 'CO', { lastVerified: '2023-03-01' }),
  facility('never-2023-co', 'CO', { samhsa: [{ directory: 'su', year: 2023, codes: [] }] }),
  facility('never-multi-co', 'CO', {
    samhsa: [
      { directory: 'su', year: 2022, codes: [] },
      { directory: 'mh', year: 2024, codes: [] },
    ],
  }),
  facility('staff-added-co', 'CO'),
  facility('closed-ut', 'UT', { status: 'closed' }),
  facility('temp-closed-ut', 'UT', { status: 'temporarily-closed', lastVerified: '2020-01-01' }),
  facility('fresh-ut', 'UT', { lastVerified: '2026-11-22' }),
  file('ut', undefined, 'broken-ut'),
];

const TODAY = '2026-11-22';

describe('buildStaleReport', () => {
  const report = buildStaleReport(FILES, { days: 365, today: TODAY });

  it('counts a listing verified exactly N days ago as fresh and N+1 days ago as stale', () => {
    const co = report.states.find((s) => s.state === 'CO')!;
    expect(co.stale.map((l) => l.id)).toEqual(['older-co', 'stale-co']);
    expect(co.stale.find((l) => l.id === 'stale-co')!.ageDays).toBe(366);
    expect(report.cutoff).toBe('2025-11-22');
  });

  it('lists never-verified listings separately with their latest SAMHSA year, staff-added first', () => {
    const co = report.states.find((s) => s.state === 'CO')!;
    expect(co.neverVerified.map((l) => [l.id, l.samhsaYear])).toEqual([
      ['staff-added-co', null],
      ['never-2023-co', 2023],
      ['never-multi-co', 2024],
    ]);
  });

  it('groups by state in code order with counts, leaving out closed facilities unless asked', () => {
    expect(report.states.map((s) => [s.state, s.stateName, s.stale.length, s.neverVerified.length])).toEqual([
      ['CO', 'Colorado', 2, 3],
      ['UT', 'Utah', 1, 0],
    ]);
    expect(report.totals).toMatchObject({ files: 11, checked: 9, stale: 3, neverVerified: 3, closedSkipped: 1 });
    expect(report.totals.unreadable).toEqual(['data/facilities/ut/broken-ut.json']);
    const all = buildStaleReport(FILES, { days: 365, today: TODAY, includeClosed: true });
    expect(all.states.find((s) => s.state === 'UT')!.neverVerified.map((l) => l.id)).toEqual(['closed-ut']);
  });

  it('honours the threshold and the state filter', () => {
    const tight = buildStaleReport(FILES, { days: 30, today: TODAY, states: ['CO'] });
    expect(tight.states.map((s) => s.state)).toEqual(['CO']);
    expect(tight.states[0]!.stale.map((l) => l.id)).toEqual(['older-co', 'stale-co', 'edge-co', 'fresh-co']);
    expect(buildStaleReport(FILES, { days: 10_000, today: TODAY }).totals.stale).toBe(0);
  });
});

describe('formatStaleReport', () => {
  const report = buildStaleReport(FILES, { days: 365, today: TODAY });

  it('renders Markdown with a per-state count table and sections', () => {
    const md = formatStaleReport(report, 'markdown');
    expect(md).toContain('| Colorado (CO) | 2 | 3 |');
    expect(md).toContain('| **Total** | **3** | **3** |');
    expect(md).toContain('### Not verified within 365 days (2)');
    expect(md).toContain('- `older-co` Synthetic older-co, Testville: last verified 2023-03-01 (1362 days ago)');
    expect(md).toContain('- `staff-added-co` Synthetic staff-added-co, Testville: staff-added');
    expect(md).toContain('- `never-2023-co` Synthetic never-2023-co, Testville: SAMHSA 2023');
    expect(md).toContain('[temporarily-closed]');
  });

  it('renders plain text and JSON, and a summary without listings', () => {
    const text = formatStaleReport(report, 'text');
    expect(text).toMatch(/^Colorado \(CO\)\s+2\s+3$/m);
    expect(text).toContain('== Utah (UT)');
    const json = JSON.parse(formatStaleReport(report, 'json'));
    expect(json.states[0].stale[0].id).toBe('older-co');
    const summary = formatStaleReport(report, 'markdown', true);
    expect(summary).toContain('| Utah (UT) | 1 | 0 |');
    expect(summary).not.toContain('older-co');
  });

  it('says so when there is nothing to verify, and escapes Markdown in names', () => {
    const none = buildStaleReport([facility('ok', 'CO', { lastVerified: TODAY })], { days: 1, today: TODAY });
    expect(formatStaleReport(none, 'markdown')).toContain('Nothing to verify.');
    const odd = buildStaleReport([facility('odd', 'CO', { name: 'A *bold* [link]' })], { days: 1, today: TODAY });
    expect(formatStaleReport(odd, 'markdown')).toContain('A \\*bold\\* \\[link\\]');
  });
});
