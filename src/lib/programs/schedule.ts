import type { Locale } from '../i18n/locales';
import { WEEKDAYS, type ScheduleBlock } from '../schema/program';

/**
 * Tracks a program's timetable falls into. People choose an IOP by when it
 * meets (after work, before school, weekends), so pages and filters name the
 * track instead of making people read every time.
 */
export const TRACKS = [
  { id: 'morning', label: 'Morning', es: 'Mañana', description: 'Starts before noon.' },
  { id: 'afternoon', label: 'Afternoon', es: 'Tarde', description: 'Starts between noon and 4 pm.' },
  {
    id: 'evening',
    label: 'Evening',
    // "Noche" is how clinics post an evening schedule (docs/glossary-es.md: horario de noche).
    es: 'Noche',
    description: 'Starts at 4 pm or later, after most work and school days.',
  },
  { id: 'weekend', label: 'Weekend', es: 'Fin de semana', description: 'Meets on Saturday or Sunday.' },
] as const;

/** A track's name in the language. */
export function trackLabel(id: TrackId, locale: Locale = 'en'): string {
  const track = TRACKS.find((t) => t.id === id)!;
  return locale === 'es' ? track.es : track.label;
}

export type TrackId = (typeof TRACKS)[number]['id'];

/** A block starting before this time is a morning block. */
const NOON = '12:00';
/** A block starting at or after this time is an evening block. */
const EVENING_FROM = '16:00';

type Block = Pick<ScheduleBlock, 'days' | 'start' | 'end'>;

/** The tracks a weekly schedule belongs to, in TRACKS order; empty for no schedule. */
export function scheduleTracks(schedule: readonly Block[]): TrackId[] {
  const found = new Set<TrackId>();
  for (const block of schedule) {
    if (block.start < NOON) found.add('morning');
    else if (block.start < EVENING_FROM) found.add('afternoon');
    else found.add('evening');
    if (block.days.some((d) => d === 'sat' || d === 'sun')) found.add('weekend');
  }
  return TRACKS.map((t) => t.id).filter((id) => found.has(id));
}

type Weekday = (typeof WEEKDAYS)[number];

/** Short day names as US clinics post them in each language. */
const DAY_SHORT: Record<Locale, Record<Weekday, string>> = {
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
  es: { mon: 'lun', tue: 'mar', wed: 'mié', thu: 'jue', fri: 'vie', sat: 'sáb', sun: 'dom' },
};

/** Words of a time of day: "noon", "am" and "pm"; Spanish writes "a. m." (RAE) and "mediodía". */
const CLOCK: Record<Locale, { noon: string; am: string; pm: string; range: (a: string, b: string) => string }> = {
  en: { noon: 'noon', am: 'am', pm: 'pm', range: (a, b) => `${a} to ${b}` },
  es: { noon: 'mediodía', am: 'a. m.', pm: 'p. m.', range: (a, b) => `de ${a} a ${b}` },
};

/**
 * Days in week order, with runs of three or more joined: ["mon","tue","wed","fri"]
 * reads "Mon–Wed, Fri".
 */
export function formatDays(days: readonly Weekday[], locale: Locale = 'en'): string {
  const short = DAY_SHORT[locale];
  const idx = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < idx.length;) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j]! + 1) j++;
    const first = short[WEEKDAYS[idx[i]!]!];
    const last = short[WEEKDAYS[idx[j]!]!];
    if (j - i >= 2) parts.push(`${first}–${last}`);
    else parts.push(...idx.slice(i, j + 1).map((k) => short[WEEKDAYS[k]!]));
    i = j + 1;
  }
  return parts.join(', ');
}

/** "18:30" -> "6:30 pm", "09:00" -> "9 am", "12:00" -> "noon". */
export function formatTime(hhmm: string, locale: Locale = 'en'): string {
  const words = CLOCK[locale];
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  if (h === 12 && m === 0) return words.noon;
  const suffix = h < 12 ? words.am : words.pm;
  const hour12 = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour12} ${suffix}` : `${hour12}:${String(m).padStart(2, '0')} ${suffix}`;
}

/** Minutes between two HH:MM times on the same day. */
function minutesBetween(start: string, end: string): number {
  const toMin = (t: string) => {
    const [h = 0, m = 0] = t.split(':').map(Number);
    return h * 60 + m;
  };
  return toMin(end) - toMin(start);
}

/** One line per block: "Mon, Wed, Thu · 6 pm to 9 pm", "lun, mié, jue · de 6 p. m. a 9 p. m.". */
export function formatBlock(block: Block, locale: Locale = 'en'): string {
  const range = CLOCK[locale].range(formatTime(block.start, locale), formatTime(block.end, locale));
  return `${formatDays(block.days, locale)} · ${range}`;
}

/** Hours a week the timetable adds up to, rounded to the half hour; 0 for none. */
export function scheduledHoursPerWeek(schedule: readonly Block[]): number {
  const minutes = schedule.reduce((sum, b) => sum + minutesBetween(b.start, b.end) * new Set(b.days).size, 0);
  return Math.round(minutes / 30) / 2;
}
