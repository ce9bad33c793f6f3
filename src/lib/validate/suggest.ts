/** "Did you mean …?" for misspelt keys and vocabulary ids. */
import { AGES, CARE_FOCUS, LANGUAGES, LEVELS_OF_CARE, MEDICATIONS, PAYMENT, SPECIALTIES, THERAPIES } from '../taxonomy';
import type { Term } from '../taxonomy';

/** Levenshtein distance, bounded: returns `max + 1` as soon as the distance exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The candidate closest to `input`, ignoring case and separators; also a
 * candidate that starts with or contains the input ("iop" → none, but
 * "intensive" → "intensive-outpatient"). Undefined when nothing is close.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '');
  const target = norm(input);
  if (!target) return undefined;
  let best: string | undefined;
  let bestDistance = Math.min(3, Math.floor(target.length / 3)) + 1;
  for (const candidate of candidates) {
    const c = norm(candidate);
    if (c === target) return candidate;
    const d = editDistance(target, c, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best) return best;
  const containing = candidates.filter((c) => target.length >= 4 && norm(c).includes(target));
  return containing.length === 1 ? containing[0] : undefined;
}

const VOCABULARIES: readonly (readonly Term[])[] = [
  LEVELS_OF_CARE,
  CARE_FOCUS,
  SPECIALTIES,
  PAYMENT,
  AGES,
  LANGUAGES,
  MEDICATIONS,
  THERAPIES,
];

/** Lower-cased label and synonyms → id, over every taxonomy term. */
const BY_WORD = new Map<string, string[]>();
for (const vocabulary of VOCABULARIES) {
  for (const term of vocabulary) {
    for (const word of [term.label, ...(term.synonyms ?? [])]) {
      const key = word.toLowerCase().trim();
      BY_WORD.set(key, [...(BY_WORD.get(key) ?? []), term.id]);
    }
  }
}

/**
 * The allowed value someone most likely meant: a taxonomy synonym or label
 * first ("IOP" → "intensive-outpatient"), then the closest spelling.
 */
export function suggestValue(input: unknown, allowed: readonly unknown[]): string | undefined {
  if (typeof input !== 'string') return undefined;
  const strings = allowed.filter((v): v is string => typeof v === 'string');
  const byWord = BY_WORD.get(input.toLowerCase().trim())?.find((id) => strings.includes(id));
  if (byWord) return byWord;
  const upper = strings.find((s) => s === input.toUpperCase());
  return upper ?? closest(input, strings);
}
