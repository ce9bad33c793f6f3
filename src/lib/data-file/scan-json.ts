/**
 * One pass over a file's JSON tokens, before and beside `JSON.parse`, for what
 * the parser lets through or cannot survive:
 * - nesting deeper than any facility file needs (recursive code further on,
 *   such as a syntax tree or a schema, would overflow the stack);
 * - a key written twice in one object (the parser keeps the last, so a
 *   reviewer may read one value while another is published);
 * - characters data text may not hold (see text-rules.ts), in keys and values.
 * The scanner is jsonc-parser's tokenizer: it is iterative, so no input can
 * overflow it, and it gives every token's offset for line and column.
 */
import { createScanner } from 'jsonc-parser';
import type { Finding } from '../validate/issue';
import { findBadCharacter } from './text-rules';
import type { JsonSource } from './json-source';

/**
 * The deepest nesting accepted. A facility file needs 6 (the file, programs,
 * a program, its schedule, a block, its days); the rest is margin.
 */
export const MAX_DEPTH = 16;

// jsonc-parser's SyntaxKind values (a const enum, which isolated modules cannot import).
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const COMMA = 5;
const STRING = 10;
const EOF = 17;

interface ObjectFrame {
  kind: 'object';
  /** Offsets of the keys seen so far. */
  keys: Map<string, number>;
  /** True right after `{` or `,`: the next string is a key. */
  expectKey: boolean;
  key?: string;
}
interface ArrayFrame {
  kind: 'array';
  index: number;
}
type Frame = ObjectFrame | ArrayFrame;

function pathOf(stack: readonly Frame[]): (string | number)[] {
  const path: (string | number)[] = [];
  for (const frame of stack) {
    if (frame.kind === 'array') path.push(frame.index);
    else if (frame.key !== undefined) path.push(frame.key);
  }
  return path;
}

/**
 * Offset in the raw string token (quotes and escapes included) of the
 * character at `index` of its decoded value, so `\u001b` is placed where it
 * is written.
 */
function rawOffset(raw: string, index: number): number {
  let decoded = 0;
  let i = 1; // after the opening quote
  while (i < raw.length && decoded < index) {
    if (raw[i] === '\\') i += raw[i + 1] === 'u' ? 6 : 2;
    else i += 1;
    decoded += 1;
  }
  return i;
}

export interface ScanResult {
  /** Set when nesting exceeds MAX_DEPTH: the file must not be parsed further. */
  tooDeep?: Finding;
  /** Duplicate keys and bad characters; meaningful only when the file parses. */
  findings: Finding[];
}

export function scanJson(source: JsonSource): ScanResult {
  const text = source.text;
  const scanner = createScanner(text, true);
  const stack: Frame[] = [];
  const findings: Finding[] = [];
  const at = (offset: number) => source.position(offset);

  const checkText = (value: string, offset: number, path: (string | number)[], isKey: boolean) => {
    const bad = findBadCharacter(value);
    if (!bad) return;
    const { line, column } = at(offset + rawOffset(text.slice(offset, offset + scanner.getTokenLength()), bad.index));
    findings.push({
      severity: 'error',
      path,
      line,
      problem: `${isKey ? 'the field name contains' : 'contains'} ${bad.what} at line ${line}, column ${column}`,
      fix: bad.fix,
    });
  };

  for (let token = scanner.scan(); token !== EOF; token = scanner.scan()) {
    const top = stack.at(-1);
    const offset = scanner.getTokenOffset();
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (stack.length >= MAX_DEPTH) {
        const { line, column } = at(offset);
        return {
          findings,
          tooDeep: {
            severity: 'error',
            path: [],
            label: 'JSON',
            line,
            problem: `nests objects and lists more than ${MAX_DEPTH} deep (at line ${line}, column ${column})`,
            fix: 'a facility file nests at most 6 deep: the file is damaged or is not a facility file; restore it from git',
          },
        };
      }
      stack.push(
        token === OPEN_BRACE ? { kind: 'object', keys: new Map(), expectKey: true } : { kind: 'array', index: 0 },
      );
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      stack.pop();
    } else if (token === COMMA && top) {
      if (top.kind === 'array') top.index += 1;
      else top.expectKey = true;
    } else if (token === STRING) {
      const value = scanner.getTokenValue();
      if (top?.kind === 'object' && top.expectKey) {
        top.expectKey = false;
        top.key = value;
        const path = pathOf(stack);
        const first = top.keys.get(value);
        if (first !== undefined) {
          findings.push({
            severity: 'error',
            path,
            line: at(offset).line,
            problem: `appears twice in one object (first on line ${at(first).line}); only the last would be published`,
            fix: 'keep one of the two and delete the other',
          });
        } else top.keys.set(value, offset);
        checkText(value, offset, path, true);
      } else {
        checkText(value, offset, pathOf(stack), false);
      }
    }
  }
  return { findings };
}
