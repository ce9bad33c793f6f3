import { describe, expect, it } from 'vitest';
import { formatBlock, formatDays, formatTime, scheduledHoursPerWeek, scheduleTracks, trackLabel } from './schedule';

describe('scheduleTracks', () => {
  it('is empty without a schedule', () => {
    expect(scheduleTracks([])).toEqual([]);
  });

  it('names morning, afternoon and evening blocks by start time', () => {
    expect(scheduleTracks([{ days: ['mon'], start: '09:00', end: '12:00' }])).toEqual(['morning']);
    expect(scheduleTracks([{ days: ['mon'], start: '11:59', end: '14:00' }])).toEqual(['morning']);
    expect(scheduleTracks([{ days: ['mon'], start: '12:00', end: '15:00' }])).toEqual(['afternoon']);
    expect(scheduleTracks([{ days: ['mon'], start: '15:59', end: '18:00' }])).toEqual(['afternoon']);
    expect(scheduleTracks([{ days: ['mon'], start: '16:00', end: '19:00' }])).toEqual(['evening']);
    expect(scheduleTracks([{ days: ['tue'], start: '18:00', end: '21:00' }])).toEqual(['evening']);
  });

  it('adds weekend for Saturday or Sunday blocks, in a fixed order', () => {
    expect(
      scheduleTracks([
        { days: ['sat'], start: '10:00', end: '13:00' },
        { days: ['mon', 'wed', 'thu'], start: '18:00', end: '21:00' },
      ]),
    ).toEqual(['morning', 'evening', 'weekend']);
    expect(scheduleTracks([{ days: ['sun'], start: '17:00', end: '20:00' }])).toEqual(['evening', 'weekend']);
  });
});

describe('formatting', () => {
  it('joins runs of three or more days', () => {
    expect(formatDays(['mon', 'tue', 'wed', 'thu', 'fri'])).toBe('Mon–Fri');
    expect(formatDays(['fri', 'mon', 'tue', 'wed'])).toBe('Mon–Wed, Fri');
    expect(formatDays(['mon', 'wed', 'thu'])).toBe('Mon, Wed, Thu');
    expect(formatDays(['sat', 'sun'])).toBe('Sat, Sun');
  });

  it('writes times the way people say them', () => {
    expect(formatTime('09:00')).toBe('9 am');
    expect(formatTime('12:00')).toBe('noon');
    expect(formatTime('12:30')).toBe('12:30 pm');
    expect(formatTime('00:15')).toBe('12:15 am');
    expect(formatTime('18:30')).toBe('6:30 pm');
  });

  it('formats a block and sums weekly hours', () => {
    const block = { days: ['mon', 'wed', 'thu'] as const, start: '18:00', end: '21:00' };
    expect(formatBlock({ ...block, days: [...block.days] })).toBe('Mon, Wed, Thu · 6 pm to 9 pm');
    expect(scheduledHoursPerWeek([{ ...block, days: [...block.days] }])).toBe(9);
    expect(scheduledHoursPerWeek([{ days: ['mon', 'tue'], start: '09:00', end: '11:45' }])).toBe(5.5);
  });
});

describe('schedules in Spanish', () => {
  it('writes days, times and tracks the way Spanish-speaking clinics post them', () => {
    expect(formatBlock({ days: ['mon', 'wed', 'thu'], start: '18:00', end: '21:30' }, 'es')).toBe(
      'lun, mié, jue · de 6 p. m. a 9:30 p. m.',
    );
    expect(formatBlock({ days: ['mon', 'tue', 'wed', 'sat'], start: '09:00', end: '12:00' }, 'es')).toBe(
      'lun–mié, sáb · de 9 a. m. a mediodía',
    );
    expect(trackLabel('evening', 'es')).toBe('Noche');
    expect(trackLabel('evening')).toBe('Evening');
  });
});
