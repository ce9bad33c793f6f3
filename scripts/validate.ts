/**
 * Validate the facility data: `npm run validate [-- --format github] [--data DIR] [PATH…]`.
 * The checks live in src/lib/validate; this only wires them to the process.
 */
import { runCli } from '../src/lib/validate/cli';

process.exitCode = runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
});
