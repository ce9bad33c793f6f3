import Fuse from 'fuse.js';
import { CODED_VOCABULARIES, TELEHEALTH, type Term } from '../taxonomy';

/**
 * "Did you mean…?" for a word that matched nothing. The finder's own
 * matching is strict on purpose (whole words, the right first letter, typos
 * by length), so "suboxen" or "rehabb" find nothing; here Fuse.js ranks the
 * taxonomy's words and the indexed name words, looser, to offer one guess
 * the person can accept with a tap. It only suggests, it never changes the
 * search by itself. Loaded on demand: only searches with an unknown word need it.
 */

/** Fuse's threshold: looser than matching, since a person confirms the guess. */
const THRESHOLD = 0.4;

/**
 * Every label and synonym of the taxonomy, each with what to offer for it:
 * itself ("Suboxone", "Medicaid"), or for a Spanish search word, stored
 * without accents, the term's Spanish label ("Desintoxicación").
 */
function termWords(): { item: string; offer: string }[] {
  const terms = [...Object.values(CODED_VOCABULARIES).flat(), TELEHEALTH] as Term[];
  const words = terms.flatMap((t) => [
    ...[t.label, ...(t.synonyms ?? [])].map((w) => ({ item: w, offer: w })),
    ...[t.es?.label ?? '', ...(t.es?.synonyms ?? [])].map((w) => ({ item: w, offer: plain(t.es?.label ?? w) })),
  ]);
  return words.filter((w) => w.item.length >= 3 && !w.item.includes('('));
}

let termList: { item: string; offer: string }[] | undefined;

/** A label as words to type: "Desintoxicación (detox)" -> "Desintoxicación". */
function plain(label: string): string {
  return label
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .split('/')[0]!
    .trim();
}

/**
 * The closest taxonomy word or name word to `word`, or undefined when none
 * is close enough. `names` are indexed name words sharing its first letter.
 */
export function suggestFor(word: string, names: readonly string[]): string | undefined {
  termList ??= termWords();
  const candidates = [...termList, ...names.map((n) => ({ item: n, offer: n }))];
  const fuse = new Fuse(candidates, { keys: ['item'], threshold: THRESHOLD, ignoreLocation: true });
  const best = fuse.search(word, { limit: 5 }).find((r) => r.item.offer.toLowerCase() !== word);
  return best?.item.offer;
}
