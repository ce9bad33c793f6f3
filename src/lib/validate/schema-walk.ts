/**
 * Look up the zod schema behind a field path, so messages can quote the
 * field's own description and know whether the field may be left out.
 */
import type { z } from 'zod';

export interface FieldInfo {
  /** The field's `.describe()` text, if any. */
  description?: string;
  /** True when the field may be left out (optional or defaulted). */
  optional: boolean;
  /** Known keys when the field is an object; used to suggest a misspelt key. */
  keys?: string[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  in?: z.ZodType;
}

const WRAPPERS = new Set(['optional', 'default', 'prefault', 'nullable', 'readonly', 'catch', 'nonoptional']);

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Peel wrappers, remembering the first description and whether any made the field optional. */
function unwrap(schema: z.ZodType, info: FieldInfo): z.ZodType {
  let current = schema;
  for (;;) {
    info.description ??= current.description;
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') info.optional = true;
    if (WRAPPERS.has(def.type) && def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in) current = def.in;
    else return current;
  }
}

/** Field information for `path` in `root`, or undefined when the path leaves the schema. */
export function fieldInfo(root: z.ZodType, path: readonly PropertyKey[]): FieldInfo | undefined {
  let info: FieldInfo = { optional: false };
  let current = unwrap(root, info);
  for (const key of path) {
    const def = defOf(current);
    let next: z.ZodType | undefined;
    if (def.type === 'object' && typeof key === 'string') next = def.shape?.[key];
    else if (def.type === 'array' && typeof key === 'number') next = def.element;
    if (!next) return undefined;
    info = { optional: false };
    current = unwrap(next, info);
  }
  const def = defOf(current);
  if (def.type === 'object' && def.shape) info.keys = Object.keys(def.shape);
  return info;
}

/** The value at `path` in parsed JSON, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
