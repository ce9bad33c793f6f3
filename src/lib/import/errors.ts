/**
 * A problem with an input or data file (unreadable workbook, missing column,
 * broken JSON on disk). The message is one line that names the file and says
 * what is wrong; the CLI prints it without a stack trace.
 */
export class ImportInputError extends Error {
  override name = 'ImportInputError';
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

/**
 * The importer produced something invalid: always a bug in the importer, never
 * in the data. The message names the file and the field.
 */
export class ImportBugError extends Error {
  override name = 'ImportBugError';
}
