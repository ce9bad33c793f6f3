import { z } from 'zod';
import { CARE_FOCUS, idsOf, LEVELS_OF_CARE, SPECIALTIES } from '../taxonomy';
import { clockTime, uniqueList } from './primitives';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** One recurring block of a program's week, e.g. Mon/Wed/Thu 18:00-21:00. */
export const ScheduleBlock = z
  .strictObject({
    /** Days the block meets, as three-letter lowercase names. */
    days: uniqueList(z.enum(WEEKDAYS)).min(1).describe('Days the block meets, e.g. ["mon", "wed", "thu"].'),
    /** Local start time. */
    start: clockTime.describe('Local start time, 24-hour HH:MM.'),
    /** Local end time; after the start. */
    end: clockTime.describe('Local end time, 24-hour HH:MM, after the start.'),
  })
  .refine((b) => b.end > b.start, { message: 'end must be after start', path: ['end'] });

/**
 * A program that staff know about and SAMHSA cannot describe: for example an
 * evening IOP track. Optional, but when present it must be complete enough to
 * help someone choose.
 */
export const Program = z
  .strictObject({
    /** Name the facility uses, e.g. "Adult Evening IOP"; at most 120 characters. */
    name: z.string().trim().min(1).max(120).describe('Name the facility uses, e.g. "Adult Evening IOP".'),
    /** The level of care the program delivers. */
    levelOfCare: z.enum(idsOf(LEVELS_OF_CARE)).describe('Level of care this program delivers.'),
    /** What the program treats. */
    focus: uniqueList(z.enum(idsOf(CARE_FOCUS)))
      .default([])
      .describe('What the program treats.'),
    /** Populations or conditions the program is designed for. */
    specialties: uniqueList(z.enum(idsOf(SPECIALTIES)))
      .default([])
      .describe('Populations or conditions it is designed for.'),
    /** Youngest age accepted, in years. */
    minAge: z.int().min(0).max(120).optional().describe('Youngest age accepted, in years.'),
    /** Oldest age accepted, in years. */
    maxAge: z.int().min(0).max(120).optional().describe('Oldest age accepted, in years.'),
    /** How sessions are delivered. */
    format: z.enum(['in-person', 'telehealth', 'hybrid']).describe('How sessions are delivered.'),
    /** The weekly timetable; tracks (morning, evening, weekend) are derived from it. */
    schedule: z
      .array(ScheduleBlock)
      .default([])
      .describe('Weekly timetable: one entry per block of days with the same hours.'),
    /** Hours of treatment per week. */
    hoursPerWeek: z.number().positive().max(168).optional().describe('Hours of treatment per week.'),
    /** Typical length of the program in weeks. */
    lengthWeeks: z.int().positive().max(104).optional().describe('Typical length of the program in weeks.'),
    /** One or two plain sentences a caller would want to know; at most 500 characters. */
    notes: z.string().trim().max(500).optional().describe('One or two plain sentences a caller would want to know.'),
  })
  .refine((p) => p.minAge === undefined || p.maxAge === undefined || p.minAge <= p.maxAge, {
    message: 'minAge must not be greater than maxAge',
    path: ['maxAge'],
  });

export type Program = z.infer<typeof Program>;
export type ScheduleBlock = z.infer<typeof ScheduleBlock>;
