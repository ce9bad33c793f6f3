/**
 * Write public/schemas/facility.schema.json from the zod schema:
 * `npm run schema:generate`. A unit test fails when the committed file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { facilityJsonSchemaText, JSON_SCHEMA_PATH } from '../src/lib/validate/json-schema';

const target = resolve(import.meta.dirname, '..', JSON_SCHEMA_PATH);
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, facilityJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
