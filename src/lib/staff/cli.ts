/**
 * What the staff commands (facility:new, facility:verify, report:*) share:
 * one-line errors that name the flag and the fix, and a runner that turns
 * them into a non-zero exit without a stack trace.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in what the person typed: one line per problem, exit code 2. */
export class UsageError extends Error {
  readonly exitCode: number = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The input is fine but the data says no (a duplicate, an unknown id): exit code 1. */
export class RefusedError extends Error {
  readonly exitCode: number = 1;
  constructor(message: string) {
    super(message);
    this.name = 'RefusedError';
  }
}

/** `--flag: problem; fix` — the shape of every input error. */
export function flagError(flag: string, problem: string, fix: string): UsageError {
  return new UsageError(`${flag}: ${problem}; ${fix}`);
}

/**
 * node:util parseArgs with its errors rewritten as UsageErrors naming the
 * flag, e.g. "--dayz: unknown option; run with --help to see the options".
 */
export function parseFlags<T extends ParseArgsConfig>(config: T) {
  try {
    return parseArgs(config);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) throw flagError(unknown[1]!, 'unknown option', 'run with --help to see the options');
    const missing = /Option '(?:-\w, )?(--[\w-]+)[^']*' argument missing/.exec(message);
    if (missing) throw flagError(missing[1]!, 'needs a value', `write it as ${missing[1]} VALUE`);
    const extra = /Unexpected argument '([^']+)'/.exec(message);
    if (extra) throw new UsageError(`unexpected argument "${extra[1]}"; run with --help to see the usage`);
    throw new UsageError(message.split('\n')[0]!);
  }
}

/** Today's date as YYYY-MM-DD in UTC, or the --today override (checked). */
export function todayIso(override?: string): string {
  if (override === undefined) return new Date().toISOString().slice(0, 10);
  if (!isIsoDate(override)) throw flagError('--today', `"${override}" is not a date`, 'write it as YYYY-MM-DD');
  return override;
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Run a command's main function: errors the person can fix print as one
 * "error: …" line and exit non-zero; anything else is a bug and keeps its stack.
 */
export function runCli(main: () => Promise<void> | void): void {
  Promise.resolve()
    .then(main)
    .catch((error: unknown) => {
      if (error instanceof UsageError || error instanceof RefusedError) {
        for (const line of error.message.split('\n')) console.error(`error: ${line}`);
        process.exitCode = error.exitCode;
      } else {
        console.error(error);
        process.exitCode = 1;
      }
    });
}
