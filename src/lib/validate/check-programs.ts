/**
 * Staff-written programs must agree with the facility they belong to. The
 * schema checks each program on its own; these are the cross-field checks,
 * as warnings because the facility-level lists come from SAMHSA and may lag.
 */
import type { FacilityInput } from '../schema';
import { warning, type Finding } from './issue';

function minutes(time: unknown): number | undefined {
  if (typeof time !== 'string') return undefined;
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** Scheduled hours per week, or undefined when the schedule is empty or unreadable. */
export function scheduledHours(schedule: unknown): number | undefined {
  if (!Array.isArray(schedule) || schedule.length === 0) return undefined;
  let total = 0;
  for (const block of schedule as { days?: unknown; start?: unknown; end?: unknown }[]) {
    const start = minutes(block?.start);
    const end = minutes(block?.end);
    if (start === undefined || end === undefined || !Array.isArray(block.days)) return undefined;
    total += (Math.max(0, end - start) / 60) * block.days.length;
  }
  return total;
}

export function checkPrograms(facility: FacilityInput): Finding[] {
  const programs = Array.isArray(facility.programs) ? facility.programs : [];
  const levels: readonly string[] = Array.isArray(facility.levelsOfCare) ? facility.levelsOfCare : [];
  const findings: Finding[] = [];
  programs.forEach((program, i) => {
    if (!program || typeof program !== 'object') return;
    const at = (field: string): PropertyKey[] => ['programs', i, field];
    if (typeof program.levelOfCare === 'string' && !levels.includes(program.levelOfCare)) {
      findings.push(
        warning(
          at('levelOfCare'),
          `"${program.levelOfCare}" is not in the facility's levelsOfCare`,
          `add "${program.levelOfCare}" to levelsOfCare, or correct the program's level`,
        ),
      );
    }
    if (program.format !== undefined && program.format !== 'in-person' && facility.telehealth !== true) {
      findings.push(
        warning(
          at('format'),
          `is "${program.format}" but the facility has telehealth: false`,
          'set telehealth to true, or correct the format',
        ),
      );
    }
    const scheduled = scheduledHours(program.schedule);
    if (
      typeof program.hoursPerWeek === 'number' &&
      scheduled !== undefined &&
      program.hoursPerWeek > scheduled + 0.01
    ) {
      findings.push(
        warning(
          at('hoursPerWeek'),
          `is ${program.hoursPerWeek}, more than the ${+scheduled.toFixed(2)} hours in its schedule`,
          'correct hoursPerWeek or the schedule',
        ),
      );
    }
  });
  return findings;
}
