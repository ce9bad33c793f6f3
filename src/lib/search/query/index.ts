/** Query understanding: typed words read as taxonomy terms, a place, and name words. */
export { interpretQuery } from './interpret';
export { PhraseBook, SEARCH_PRECEDENCE, type ReadableGroup } from './phrase-book';
export {
  EMPTY_READING,
  replaceSpan,
  withoutSpans,
  type NameWord,
  type QueryReading,
  type ReadTerm,
  type TextPlace,
} from './reading';
export { allowedTypos, withinEdits } from './typos';
export { foldText, stem, tokenize } from './tokens';
