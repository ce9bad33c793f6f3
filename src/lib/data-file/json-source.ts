/**
 * JSON text with positions: parse a data file, report syntax errors with
 * line:column, and find the line of any field for error messages.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export type ParsedJson =
  { ok: true; value: unknown; source: JsonSource } | { ok: false; problems: SyntaxProblem[]; source: JsonSource };

/** Plain words for jsonc-parser's error codes. */
const SYNTAX_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a "quoted" field name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":" after the field name',
  CommaExpected: 'expected a comma between items',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: 'unexpected text after the end of the JSON',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'string is not closed with a "',
  UnexpectedEndOfNumber: 'number is cut off',
  InvalidUnicode: 'malformed \\u escape',
  InvalidEscapeCharacter: 'invalid escape after \\',
  InvalidCharacter: 'control character (such as a raw tab or newline) inside a string',
};

const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/** Line lookups over one file's text; the syntax tree is built only when a line is asked for. */
export class JsonSource {
  private lineStarts: number[] | undefined;
  private tree: Node | undefined | null = null;

  constructor(readonly text: string) {}

  /** 1-based line and column of a character offset. */
  position(offset: number): { line: number; column: number } {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /**
   * Line of the field at `path` (the line of its key), or of its closest
   * ancestor that exists when the field is missing; 1 when nothing matches.
   */
  lineOf(path: readonly PropertyKey[]): number {
    if (this.tree === null) this.tree = parseTree(this.text, [], STRICT);
    const root = this.tree;
    if (!root) return 1;
    const segments = path.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
    for (let n = segments.length; n > 0; n--) {
      const node = findNodeAtLocation(root, segments.slice(0, n));
      if (node) {
        const anchor = node.parent?.type === 'property' ? node.parent : node;
        return this.position(anchor.offset).line;
      }
    }
    return 1;
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/**
 * Parse one file. `JSON.parse` does the work on the fast path; jsonc-parser is
 * only asked where a syntax error is, because its positions are exact.
 */
export function parseJson(text: string): ParsedJson {
  const source = new JsonSource(text);
  try {
    return { ok: true, value: JSON.parse(text), source };
  } catch (err) {
    const errors: ParseError[] = [];
    parseTree(text, errors, STRICT);
    const problems = errors.slice(0, 3).map((e) => ({
      ...source.position(e.offset),
      message: SYNTAX_WORDS[printParseErrorCode(e.error)] ?? printParseErrorCode(e.error),
    }));
    if (problems.length === 0) {
      problems.push({ line: 1, column: 1, message: (err as Error).message.replace(/\s+/g, ' ') });
    }
    return { ok: false, problems, source };
  }
}
