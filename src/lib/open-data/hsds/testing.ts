/**
 * Test helpers: the Open Referral HSDS 3.0 schemas, read from the shared
 * standards folder at test time (never copied into the project), compiled
 * with Ajv for JSON Schema draft 2020-12.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** ../shared/standards/hsds-3.0, beside the repository (see ../shared/standards/README.md). */
export const HSDS_DIR = resolve(process.cwd(), '../shared/standards/hsds-3.0');
export const hasHsdsSchemas = () => existsSync(resolve(HSDS_DIR, 'compiled/service.json'));

/**
 * HSDS schemas carry Table Schema and documentation keywords beside JSON
 * Schema's own. Declared here, so Ajv's strict mode still rejects any other
 * unknown keyword (a typo in a schema we rely on would not pass silently).
 */
const HSDS_KEYWORDS = [
  'name',
  'path',
  'constraints',
  'core',
  'example',
  'datapackage_metadata',
  'datapackage_type',
  'tabular_required',
];

export function readHsdsSchema(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(HSDS_DIR, path), 'utf8')) as Record<string, unknown>;
}

/** A compiled schema: true if the data is valid; `errors` says why not. (Not a type guard: data keeps its type.) */
export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let ajv: Ajv2020 | undefined;

/** A validator for one schema file of the standard, e.g. "compiled/service.json". */
export function hsdsValidator(path: string): Validator {
  if (!ajv) {
    ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats.default(ajv);
    ajv.addVocabulary(HSDS_KEYWORDS);
    // The one-object schemas refer to each other by file name ("taxonomy.json").
    for (const file of readdirSync(HSDS_DIR).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
      ajv.addSchema(readHsdsSchema(file), file);
    }
  }
  // Compiled schemas refer to the one-object ones ("funding.json") as siblings: key them without the folder.
  const key = path.replace('/', '-');
  return ajv.getSchema(key) ?? (ajv.addSchema(readHsdsSchema(path), key), ajv.getSchema(key)!);
}

/** Readable errors of the last validation: "/attributes/0/id must match format "uuid"". */
export function errorsOf(validate: Validator): string[] {
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`.trim());
}
