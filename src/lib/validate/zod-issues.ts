/**
 * Turn zod issues into plain findings: which field, what is wrong with it,
 * and what to write instead.
 */
import type { z } from 'zod';
import { OLDER_THAN_DATA, OLDEST_DATA_DATE } from '../schema';
import { error, quote, type Finding } from './issue';
import { fieldInfo, valueAt, type FieldInfo } from './schema-walk';
import { closest, suggestValue } from './suggest';

type ZodIssue = z.core.$ZodIssue;

/** zod's own English messages; anything else is a message written in our schema, phrased as the fix. */
const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Unrecognized key|Expected|Required)/;

/** Plain words (problem, fix) for the custom checks in src/lib/schema, by their message. */
const CUSTOM_CHECKS: Record<string, [string | ((value: unknown) => string), string]> = {
  'remove the repeated value': ['lists the same value more than once', 'remove the repeated value'],
  'end must be after start': ['is not after the start time', 'make the end time later than the start (24-hour HH:MM)'],
  'minAge must not be greater than maxAge': ['is lower than minAge', 'make maxAge at least minAge, or swap them'],
  [OLDER_THAN_DATA]: [
    (value) => `${quote(value)} is before ${OLDEST_DATA_DATE}, older than the SAMHSA directories the data comes from`,
    'check the year; use the date it actually happened (YYYY-MM-DD)',
  ],
};

const TYPE_WORDS: Record<string, string> = {
  string: 'text in "quotes"',
  number: 'a number without quotes',
  int: 'a whole number without quotes',
  boolean: 'true or false (no quotes)',
  array: 'a list in [ ]',
  object: 'an object in { }',
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

function withDescription(fix: string, info: FieldInfo | undefined): string {
  const description = info?.description?.replace(/\.$/, '');
  return description ? `${fix} (${description})` : fix;
}

function listOf(values: readonly unknown[], max = 8): string {
  const shown = values.slice(0, max).map((v) => quote(v));
  return values.length > max ? `${shown.join(', ')} … (${values.length} in all)` : shown.join(', ');
}

/** Findings for one zod issue; `unrecognized_keys` yields one per key so each gets its own line. */
function convert(root: z.ZodType, data: unknown, issue: ZodIssue): Finding[] {
  const path = issue.path;
  const value = valueAt(data, path);
  const info = fieldInfo(root, path);
  const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;

  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) return [error(path, 'is missing', withDescription('add it', info))];
      if (value === null) {
        const fix = info?.optional ? 'give it a value or leave the field out' : `write ${expected}`;
        return [error(path, 'is null', withDescription(fix, info))];
      }
      return [
        error(
          path,
          `is ${typeOf(value)} (${quote(value)}), not ${expected}`,
          withDescription(`write ${expected}`, info),
        ),
      ];
    }
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const limit = Number(small ? (issue as { minimum: number }).minimum : (issue as { maximum: number }).maximum);
      const inclusive = issue.inclusive !== false;
      if (issue.origin === 'string') {
        const length = typeof value === 'string' ? value.trim().length : 0;
        if (small && length === 0) {
          return [error(path, 'is empty', info?.optional ? 'fill it in or leave the field out' : 'fill it in')];
        }
        return [
          error(
            path,
            `has ${length} characters`,
            small ? `write at least ${limit} characters` : `shorten it to ${limit} characters or fewer`,
          ),
        ];
      }
      if (issue.origin === 'array') {
        const count = Array.isArray(value) ? value.length : 0;
        return [
          error(
            path,
            `lists ${count} item${count === 1 ? '' : 's'}`,
            small ? `list at least ${limit}` : `list at most ${limit}`,
          ),
        ];
      }
      const bound = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      return [
        error(
          path,
          `is ${quote(value)}, out of range`,
          withDescription(custom ?? `use a value of ${bound} ${limit}`, info),
        ),
      ];
    }
    case 'invalid_format': {
      const what =
        issue.format === 'url'
          ? 'is not a valid http(s) web address'
          : issue.format === 'date'
            ? 'is not a valid YYYY-MM-DD date'
            : 'has the wrong format';
      return [error(path, `${quote(value)} ${what}`, custom ?? withDescription('correct the format', info))];
    }
    case 'invalid_value': {
      const suggestion = suggestValue(value, issue.values);
      const allowed = `use one of: ${listOf(issue.values)}`;
      const fix = suggestion ? `did you mean ${quote(suggestion)}? Otherwise ${allowed}` : allowed;
      return [error(path, `${quote(value)} is not an allowed value`, fix)];
    }
    case 'unrecognized_keys': {
      const known = fieldInfo(root, path)?.keys ?? [];
      return issue.keys.map((key) => {
        const guess = closest(key, known);
        const fix = guess
          ? `did you mean ${quote(guess)}? Rename it, or remove it`
          : `remove it (known fields here: ${listOf(known, 20)})`;
        return error([...path, key], 'is not a known field', fix);
      });
    }
    case 'custom': {
      const [problem, fix] = CUSTOM_CHECKS[issue.message] ?? ['is not valid', custom ?? 'correct the value'];
      return [error(path, typeof problem === 'function' ? problem(value) : problem, fix)];
    }
    default:
      return [error(path, `is not valid (${issue.message})`, withDescription('correct the value', info))];
  }
}

/** Parse `data` with `schema`: the parsed value when valid, otherwise one finding per problem. */
export function parseWithFindings<T extends z.ZodType>(
  schema: T,
  data: unknown,
): { value: z.output<T>; findings: [] } | { value?: undefined; findings: Finding[] } {
  const result = schema.safeParse(data);
  if (result.success) return { value: result.data, findings: [] };
  return { findings: result.error.issues.flatMap((issue) => convert(schema, data, issue)) };
}
