import { describe, expect, it } from 'vitest';
import { facilityNames } from './names';

describe('facilityNames', () => {
  it('joins a name that SAMHSA split across name1 and name2', () => {
    expect(facilityNames('Southwest Arkansas Counseling and', 'Mental Health Center')).toEqual({
      name: 'Southwest Arkansas Counseling and Mental Health Center',
    });
    expect(facilityNames('University of Arkansas for', 'Medical Sciences/SAT Clinic').name).toBe(
      'University of Arkansas for Medical Sciences/SAT Clinic',
    );
    expect(facilityNames('Parent &', 'Child Services').name).toBe('Parent & Child Services');
  });

  it('keeps a real second name separate', () => {
    expect(facilityNames('SpectraCare Health Systems', 'Henry County Clinic')).toEqual({
      name: 'SpectraCare Health Systems',
      alternateName: 'Henry County Clinic',
    });
  });

  it('drops an empty or repeated second name', () => {
    expect(facilityNames('Akeela Inc', undefined)).toEqual({ name: 'Akeela Inc' });
    expect(facilityNames('Akeela Inc', 'AKEELA INC')).toEqual({ name: 'Akeela Inc' });
  });

  it('does not mistake a word that merely ends in a joining word', () => {
    expect(facilityNames('Island Grand', 'Recovery Program')).toEqual({
      name: 'Island Grand',
      alternateName: 'Recovery Program',
    });
  });
});
