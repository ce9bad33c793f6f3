import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { facilityJsonSchemaText, JSON_SCHEMA_PATH } from './json-schema';

describe('public/schemas/facility.schema.json', () => {
  it('is exactly what `npm run schema:generate` writes (do not edit it by hand)', () => {
    const committed = readFileSync(fileURLToPath(new URL(`../../../${JSON_SCHEMA_PATH}`, import.meta.url)), 'utf8');
    expect(committed, 'the JSON Schema is stale: run `npm run schema:generate`').toBe(facilityJsonSchemaText());
  });

  it('is stable, id-free and ends with a newline', () => {
    const text = facilityJsonSchemaText();
    expect(facilityJsonSchemaText()).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    const schema = JSON.parse(text);
    expect(schema.$id).toBeUndefined();
    expect(schema.title).toBeTruthy();
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'name', 'address']));
  });
});
