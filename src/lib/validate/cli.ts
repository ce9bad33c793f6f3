/**
 * `npm run validate [-- [--format text|github] [--data DIR] [PATH…]]`:
 * argument handling and output for scripts/validate.ts. Returns the exit code.
 */
import { resolve } from 'node:path';
import { formatIssue, formatSummary, type OutputFormat } from './format';
import { resolveTargets } from './files';
import { validateDataset } from './validate-dataset';

export const DEFAULT_DATA_DIR = 'data/facilities';

const USAGE = `Usage: npm run validate -- [options] [FILE_OR_FOLDER…]

Checks facility files against the schema and the dataset rules. With paths,
reports only on those files (uniqueness is still checked across all files).

Options:
  --format text|github  one line per problem (default), or GitHub Actions annotations
  --data DIR            data folder to check (default: ${DEFAULT_DATA_DIR})
  -h, --help            show this help

Exit code: 0 when there are no errors (warnings allowed), 1 on any error, 2 on bad usage.`;

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

interface Args {
  format: OutputFormat;
  dataDir: string;
  paths: string[];
  help: boolean;
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { format: 'text', dataDir: DEFAULT_DATA_DIR, paths: [], help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '-h' || flag === '--help') args.help = true;
    else if (flag === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'github') return `--format must be "text" or "github", not "${format ?? ''}"`;
      args.format = format;
    } else if (flag === '--data') {
      const dir = value();
      if (!dir) return '--data needs a folder';
      args.dataDir = dir;
    } else if (flag!.startsWith('-')) return `unknown option ${flag}`;
    else args.paths.push(arg);
  }
  return args;
}

export function runCli(argv: readonly string[], io: CliIo): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`validate: ${args}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const dataDir = resolve(io.cwd, args.dataDir);
  const { targets, missing } = resolveTargets(io.cwd, [dataDir, ...args.paths]);
  if (missing.length) {
    io.err(`validate: not found: ${missing.join(', ')}`);
    return 2;
  }
  const report = validateDataset({
    dataDir,
    rootDir: io.cwd,
    only: args.paths.length ? targets.slice(1) : undefined,
  });
  for (const issue of report.issues) io.out(formatIssue(issue, args.format));
  io.out(formatSummary(report));
  return report.errors > 0 ? 1 : 0;
}
