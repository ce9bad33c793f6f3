/**
 * A growing set of distinct words with what the fuzzy matcher's prefilter
 * needs: a character mask and the length of each word.
 */
export class Vocabulary {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();
  private charMasks = new Int32Array(1024);
  private lengths = new Uint8Array(1024);

  get size(): number {
    return this.words.length;
  }

  /** Id of a word, adding it if new. */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id !== undefined) return id;
    id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    if (id >= this.charMasks.length) {
      const masks = new Int32Array(this.charMasks.length * 2);
      masks.set(this.charMasks);
      this.charMasks = masks;
      const lengths = new Uint8Array(this.lengths.length * 2);
      lengths.set(this.lengths);
      this.lengths = lengths;
    }
    this.charMasks[id] = charMask(word);
    this.lengths[id] = Math.min(255, word.length);
    return id;
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  maskAt(id: number): number {
    return this.charMasks[id]!;
  }

  lengthAt(id: number): number {
    return this.lengths[id]!;
  }
}

/** One bit per letter (a-z) and six shared bits for digits: "which characters occur". */
export function charMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    mask |= 1 << (c >= 97 && c <= 122 ? c - 97 : 26 + (c % 6));
  }
  return mask;
}

export function popcount(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
