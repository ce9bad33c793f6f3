import { describe, expect, it } from 'vitest';
import { normalizePhone, vanityToDigits } from './phones';

// Synthetic numbers with real area codes and exchanges.
describe('normalizePhone', () => {
  it('writes 555-123-4567 with an optional " x123"', () => {
    expect(normalizePhone('(303) 861-4200')).toEqual({ ok: true, phone: '303-861-4200' });
    expect(normalizePhone('303.861.4200 ext. 12')).toEqual({ ok: true, phone: '303-861-4200 x12' });
    expect(normalizePhone('928-445-5211 x3334')).toEqual({ ok: true, phone: '928-445-5211 x3334' });
    expect(normalizePhone('+1 800 951 4357')).toEqual({ ok: true, phone: '800-951-4357' });
  });
  it('spells out vanity numbers', () => {
    expect(vanityToDigits('888-304HOPE')).toBe('888-3044673');
    expect(normalizePhone('888-304HOPE')).toEqual({ ok: true, phone: '888-304-4673' });
  });
  it('rejects numbers that cannot be dialled', () => {
    for (const bad of ['999-999-9999', '207-175-2222', '12345', 'call us']) expect(normalizePhone(bad).ok).toBe(false);
  });
  it('rejects Canadian and Caribbean numbers, keeps US territories and toll-free', () => {
    expect(normalizePhone('613-314-1100')).toMatchObject({ ok: false, reason: expect.stringContaining('CA') });
    expect(normalizePhone('787-641-0773').ok).toBe(true);
    expect(normalizePhone('671-477-7671').ok).toBe(true);
    expect(normalizePhone('888-555-0100').ok).toBe(true);
  });
});
