/**
 * Facility files: terms derived from SAMHSA sources, the canonical key order
 * and layout of a file, and validation with the zod Facility schema.
 */
import { z } from 'zod';
import { Facility, type FacilityInput, type SamhsaSource } from '../schema';
import { CODED_VOCABULARIES, mapServiceCodes, type CodedField, type MappedServices, type Term } from '../taxonomy';
import { ImportBugError } from './errors';

/** `$schema` of every facility file (relative to data/facilities/<state>/). */
export const SCHEMA_REF = '../../../public/schemas/facility.schema.json';

/** A facility file's content as plain JSON, before defaults. */
export type RawRecord = FacilityInput & Record<string, unknown>;

const CODED_FIELDS = Object.keys(CODED_VOCABULARIES) as CodedField[];

/** Union of the taxonomy terms every source's codes map to, in taxonomy order. */
export function termsFromSources(sources: readonly SamhsaSource[]): MappedServices {
  const found = new Map<CodedField, Set<string>>(CODED_FIELDS.map((f) => [f, new Set()]));
  let telehealth = false;
  for (const source of sources) {
    const mapped = mapServiceCodes(source.codes, source.directory);
    telehealth ||= mapped.telehealth;
    for (const field of CODED_FIELDS) for (const id of mapped[field]) found.get(field)!.add(id);
  }
  const result = { telehealth } as MappedServices;
  for (const field of CODED_FIELDS) {
    (result as Record<string, unknown>)[field] = (CODED_VOCABULARIES[field] as readonly Term[])
      .map((t) => t.id)
      .filter((id) => found.get(field)!.has(id));
  }
  return result;
}

type AnySchema = z.core.$ZodType;
const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch']);

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  while (WRAPPERS.has(s._zod.def.type)) s = (s._zod.def as unknown as { innerType: AnySchema }).innerType;
  return s;
}

/** A field the schema fills in when absent (default) or lets be absent (optional). */
function mayBeOmitted(schema: AnySchema): boolean {
  const type = schema._zod.def.type;
  return type === 'optional' || type === 'default' || type === 'prefault';
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Order keys as the schema declares them, at every level; drop undefined
 * values and empty arrays the schema would default. Unknown keys are kept, at
 * the end, so validation reports them.
 */
function ordered(value: unknown, schema: AnySchema): unknown {
  const s = unwrap(schema);
  const def = s._zod.def as unknown as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
  if (def.type === 'object' && def.shape && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    const keys = [...Object.keys(def.shape), ...Object.keys(value).filter((k) => !(k in def.shape!))];
    for (const key of keys) {
      const v = value[key];
      const fieldSchema = def.shape[key];
      if (v === undefined) continue;
      if (Array.isArray(v) && v.length === 0 && fieldSchema && mayBeOmitted(fieldSchema)) continue;
      out[key] = fieldSchema ? ordered(v, fieldSchema) : v;
    }
    return out;
  }
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((v) => ordered(v, def.element!));
  return value;
}

/** The record in canonical form: schema key order, no undefined, no empty defaulted arrays. */
export function canonicalRecord(record: RawRecord): RawRecord {
  return ordered(record, Facility) as RawRecord;
}

/** File text: canonical record, 2-space indent, trailing newline. */
export function recordJson(record: RawRecord): string {
  return `${JSON.stringify(canonicalRecord(record), null, 2)}\n`;
}

/** Throw an ImportBugError naming the file and field if the record breaks the schema. */
export function assertValidRecord(record: RawRecord, file: string): void {
  const result = Facility.safeParse(record);
  if (result.success) return;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`);
  throw new ImportBugError(`importer produced an invalid record ${file}: ${problems.join('; ')}`);
}
