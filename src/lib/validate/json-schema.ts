/**
 * The facility JSON Schema, generated from the zod schema so editors (VS Code
 * and others) check facility files as they are typed. Facility files point at
 * it with "$schema": "../../../public/schemas/facility.schema.json".
 */
import { z } from 'zod';
import { Facility, webUrl } from '../schema';

/** Where the generated file lives, relative to the repository root. */
export const JSON_SCHEMA_PATH = 'public/schemas/facility.schema.json';

/** The schema as the exact text to commit: stable key order, 2-space indent, trailing newline. */
export function facilityJsonSchemaText(): string {
  const generated = z.toJSONSchema(Facility, {
    io: 'input',
    // JSON Schema's "uri" format accepts javascript: and data: links; say http(s) only, and no
    // spaces or "<> (see webUrl), as the zod schema does.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === webUrl) {
        jsonSchema.format = 'uri';
        jsonSchema.pattern = '^https?://[^\\s"<>\\\\^`{|}]+$';
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    title: 'Behavioral-health treatment facility',
    description:
      'One facility of the directory: the content of data/facilities/<state>/<id>.json. Generated from src/lib/schema by `npm run schema:generate`; do not edit by hand.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
