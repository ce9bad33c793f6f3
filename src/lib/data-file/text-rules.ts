/**
 * Which characters may appear in the text of a data file. Facility data is
 * plain, single-line text. Some characters are invisible or change how the
 * text around them looks: a reviewer could read one value in a pull request
 * while another is published. Others only appear when text was damaged on the
 * way. None of them belongs in a facility's name or address.
 */

/** Names people can look up, for the characters most often found pasted into data. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'line break',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'next line',
  0x200b: 'zero-width space',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0xfeff: 'byte order mark',
  0xfffd: 'replacement character',
};

export interface BadCharacter {
  /** Index of the (first code unit of the) character in the string. */
  index: number;
  /** What it is, e.g. `the control character ESC (U+001B)`. */
  what: string;
  /** What to do about it. */
  fix: string;
}

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const label = (code: number) => (NAMES[code] ? `${NAMES[code]} (${hex(code)})` : hex(code));

const RETYPE = 'delete it (retype the value by hand if it was pasted); data text is plain single-line text';

/** Why one code point is not allowed, or undefined when it is fine. */
function verdict(code: number): Omit<BadCharacter, 'index'> | undefined {
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
    return { what: `the control character ${label(code)}`, fix: RETYPE };
  }
  // Bidirectional embeddings, overrides and isolates reorder the text shown around them ("Trojan Source").
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069) || code === 0x200e || code === 0x200f) {
    return { what: `the invisible text-direction control ${hex(code)}`, fix: RETYPE };
  }
  // Invisible characters that make two equal-looking values differ.
  if (code === 0x200b || code === 0x2060 || code === 0xfeff || code === 0x2028 || code === 0x2029) {
    return { what: `the invisible character ${label(code)}`, fix: RETYPE };
  }
  if (code === 0xfffd) {
    return {
      what: `the ${NAMES[code]} (${hex(code)}), a sign the text was damaged by a wrong encoding`,
      fix: 'retype the damaged letters (often an accented letter) and save the file as UTF-8',
    };
  }
  // Noncharacters: never assigned, never valid in interchanged text.
  if ((code >= 0xfdd0 && code <= 0xfdef) || (code & 0xfffe) === 0xfffe) {
    return { what: `the noncharacter ${hex(code)}`, fix: RETYPE };
  }
  return undefined;
}

/** The first character of `text` that data may not contain, or undefined. Lone surrogates count. */
export function findBadCharacter(text: string): BadCharacter | undefined {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Fast path: printable ASCII and ordinary letters.
    if (unit >= 0x20 && unit < 0x7f) continue;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const bad = verdict(text.codePointAt(i)!);
        if (bad) return { index: i, ...bad };
        i++;
        continue;
      }
      return {
        index: i,
        what: `the lone surrogate ${hex(unit)} (half of a character, not valid text)`,
        fix: 'delete the \\u escape, or write the whole character; check the text was not cut in the middle',
      };
    }
    const bad = verdict(unit);
    if (bad) return { index: i, ...bad };
  }
  return undefined;
}

/**
 * `text` with every character data may not hold written as `\uXXXX`, so a
 * message quoting a bad value cannot itself ring the terminal, reorder the
 * line it is printed on or hide what it is about.
 */
export function escapeBadCharacters(text: string): string {
  let out = '';
  let rest = text;
  for (let bad = findBadCharacter(rest); bad; bad = findBadCharacter(rest)) {
    const pair = rest.codePointAt(bad.index)! > 0xffff; // an astral noncharacter: both halves
    const end = bad.index + (pair ? 2 : 1);
    out += rest.slice(0, bad.index);
    for (let i = bad.index; i < end; i++) out += `\\u${rest.charCodeAt(i).toString(16).padStart(4, '0')}`;
    rest = rest.slice(end);
  }
  return out + rest;
}
