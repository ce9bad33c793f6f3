/**
 * Bytes to text, the one way every tool decodes a data file: UTF-8, with or
 * without a byte order mark (Windows editors add one). Anything else is
 * refused with the place where it goes wrong, never guessed at or replaced.
 */
import { Buffer, isUtf8 } from 'node:buffer';
import type { Finding } from '../validate/issue';
import { JsonSource } from './json-source';

export type Decoded = { ok: true; text: string; hadBom: boolean } | { ok: false; finding: Finding };

const SAVE_AS_UTF8 =
  'save the file as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check its accented letters';

function fileProblem(problem: string, fix: string, line = 1): Finding {
  return { severity: 'error', path: [], label: '(file)', line, problem, fix };
}

/**
 * Where the first invalid UTF-8 sequence is, in characters of the leniently
 * decoded text: the first U+FFFD that the bytes do not actually spell out.
 */
function firstInvalid(bytes: Uint8Array): { text: string; index: number; byte: number } {
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(bytes);
  for (let index = text.indexOf('\uFFFD'); index !== -1; index = text.indexOf('\uFFFD', index + 1)) {
    const at = Buffer.byteLength(text.slice(0, index), 'utf8');
    if (!(bytes[at] === 0xef && bytes[at + 1] === 0xbf && bytes[at + 2] === 0xbd)) {
      return { text, index, byte: bytes[at]! };
    }
  }
  return { text, index: 0, byte: bytes[0] ?? 0 }; // unreachable when isUtf8() said no
}

export function decodeDataFile(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, finding: fileProblem('is saved as UTF-16, not UTF-8', SAVE_AS_UTF8) };
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hadBom ? bytes.subarray(3) : bytes;
  if (!isUtf8(body)) {
    const bad = firstInvalid(body);
    const { line, column } = new JsonSource(bad.text).position(bad.index);
    const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      finding: fileProblem(
        `is not valid UTF-8: byte 0x${hex} at line ${line}, column ${column} (often a file saved as Windows-1252 or Latin-1)`,
        SAVE_AS_UTF8,
        line,
      ),
    };
  }
  const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) {
    return {
      ok: false,
      finding: fileProblem('starts with two byte order marks', 'delete the invisible characters before the first "{"'),
    };
  }
  return { ok: true, text, hadBom };
}
