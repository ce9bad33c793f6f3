/**
 * Where a file is must agree with what it says: `data/facilities/<state>/<id>.json`.
 * The file name is the page URL (the content collection's entry id), the
 * folder is the state, so a mismatch would publish a page in the wrong place.
 */
import { error, warning, type Finding } from './issue';

/** The `$schema` every facility file should carry, relative to data/facilities/<state>/. */
export const SCHEMA_REF = '../../../public/schemas/facility.schema.json';

/**
 * Checks on raw parsed JSON (these run even when the schema fails, so a
 * misplaced file is reported in the same pass). `relPath` is the file's
 * path under the data folder, POSIX separators, e.g. "co/serenity-house.json".
 */
export function checkIdentity(data: unknown, relPath: string, dataLabel: string): Finding[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [error([], 'is not a JSON object', 'the file must hold one facility: { "id": …, "name": …, … }')];
  }
  const record = data as { $schema?: unknown; id?: unknown; address?: { state?: unknown } };
  const parts = relPath.split('/');
  const fileName = parts.at(-1)!;
  const baseName = fileName.replace(/\.json$/, '');
  const findings: Finding[] = [];

  if (typeof record.id === 'string' && record.id !== baseName) {
    findings.push(
      error(
        ['id'],
        `"${record.id}" does not match the file name "${fileName}"`,
        `rename the file to ${record.id}.json, or set id to "${baseName}" (never change the id of a published page)`,
      ),
    );
  }

  const state = typeof record.address?.state === 'string' ? record.address.state : undefined;
  if (parts.length !== 2) {
    const where = state ? `${dataLabel}/${state.toLowerCase()}/` : `${dataLabel}/<state>/`;
    findings.push(error([], `is not directly inside a state folder`, `move it to ${where}${fileName}`));
  } else if (state) {
    const folder = parts[0]!;
    if (folder !== state.toLowerCase()) {
      findings.push(
        error(
          ['address', 'state'],
          `is "${state}" but the file is in folder "${folder}/"`,
          `move the file to ${dataLabel}/${state.toLowerCase()}/, or correct address.state`,
        ),
      );
    }
  }
  if (typeof record.$schema === 'string' && record.$schema !== SCHEMA_REF) {
    findings.push(
      warning(
        ['$schema'],
        `is "${record.$schema}", so editors cannot find the JSON Schema`,
        `set it to "${SCHEMA_REF}"`,
      ),
    );
  }
  return findings;
}
