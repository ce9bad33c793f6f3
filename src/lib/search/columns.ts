import { GROUP_KEYS } from './group-keys';

/**
 * A group's column: every facility's mask for that group, in ordinal order,
 * as little-endian bytes (one byte for up to 8 terms, four for 32; the
 * manifest gives each column's width). A search of a state or the country
 * needs only these to filter and count, not the facilities themselves: all
 * of them together weigh about a tenth of the full records.
 */
export function encodeColumn(masks: readonly number[], width: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(masks.length * width);
  masks.forEach((mask, i) => {
    for (let b = 0; b < width; b++) bytes[i * width + b] = (mask >>> (8 * b)) & 255;
  });
  return bytes;
}

/** Masks back from a column; undefined when the size does not fit the facility count. */
export function decodeColumn(bytes: Uint8Array, width: number, total: number): Uint32Array | undefined {
  if (bytes.length !== total * width) return undefined;
  const masks = new Uint32Array(total);
  for (let i = 0; i < total; i++) {
    let mask = 0;
    for (let b = 0; b < width; b++) mask |= bytes[i * width + b]! << (8 * b);
    masks[i] = mask >>> 0;
  }
  return masks;
}

/** Name of the file of a group's column, or of the flags (`group` = -1). */
export function columnFile(group: number): string {
  return `search/g/${group < 0 ? 'flags' : GROUP_KEYS[group]!}.bin`;
}
