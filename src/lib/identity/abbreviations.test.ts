import { describe, expect, it } from 'vitest';
import { countAbbreviations, expandAbbreviations } from './abbreviations';
import { nameKey } from './normalize';

describe('expandAbbreviations', () => {
  it('writes out the truncations SAMHSA prints, as real names use them', () => {
    expect(expandAbbreviations('Pine Rest Christian Mental Hlth Servs')).toBe(
      'Pine Rest Christian Mental Health Services',
    );
    expect(expandAbbreviations('Drug Abuse Foundation of Palm Bch Cnty/Detox Prog')).toBe(
      'Drug Abuse Foundation of Palm Beach County/Detox Program',
    );
    expect(expandAbbreviations('Danvers Trt Ctr/Beth Israel')).toBe('Danvers Treatment Center/Beth Israel');
    expect(expandAbbreviations('Ascendant New York / Med Sup Withdrawal Inpatient')).toBe(
      'Ascendant New York / Medically Supervised Withdrawal Inpatient',
    );
  });
  it('leaves words, acronyms and ambiguous abbreviations alone', () => {
    for (const name of [
      'Center for Change',
      'CTR Clinic',
      'New Prospects / Co Occurring Program',
      'St Josephs Psych Unit',
    ])
      expect(expandAbbreviations(name)).toBe(name);
    expect(expandAbbreviations('Medication Center')).toBe('Medication Center');
  });
  it('is idempotent, so the raw and the readable name have one match key', () => {
    const raw = 'Firelands Csl and Recovery Servs';
    const readable = expandAbbreviations(raw);
    expect(expandAbbreviations(readable)).toBe(readable);
    expect(nameKey(raw)).toBe(nameKey('Firelands Counseling and Recovery Services'));
  });
  it('counts what it expands', () => {
    expect(countAbbreviations('Behav Hlth Servs Ctr')).toBe(4);
    expect(countAbbreviations('Med Sup Withdrawal')).toBe(1);
    expect(countAbbreviations('Behavioral Health')).toBe(0);
  });
});
