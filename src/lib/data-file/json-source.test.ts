import { describe, expect, it } from 'vitest';
import { parseJson } from './json-source';

const TEXT =
  '{\n  "id": "x",\n  "address": {\n    "zip": "1"\n  },\n  "programs": [\n    { "name": "a" },\n    {\n      "name": "b"\n    }\n  ]\n}\n';

describe('parseJson', () => {
  it('finds the line of a field, or of its closest existing parent', () => {
    const parsed = parseJson(TEXT);
    expect(parsed.ok).toBe(true);
    expect(parsed.source.lineOf(['address', 'zip'])).toBe(4);
    expect(parsed.source.lineOf(['address', 'city'])).toBe(3);
    expect(parsed.source.lineOf(['programs', 1, 'name'])).toBe(9);
    expect(parsed.source.lineOf(['programs', 1])).toBe(8);
    expect(parsed.source.lineOf([])).toBe(1);
  });

  it('reports syntax errors with line and column', () => {
    const parsed = parseJson('{\n  "a": 1,\n}\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ line: 3, column: 1 });
    const empty = parseJson('');
    expect(empty.ok).toBe(false);
  });
});
