import { PhraseBook } from './phrase-book';
import { readCityOrState, readZip } from './read-place';
import { dropOutvotedWeakTerms, readAges, readFixedPhrases, readTerms } from './read-terms';
import { TokenReader } from './reader';
import type { QueryReading } from './reading';

let sharedBook: PhraseBook | undefined;

/**
 * Read a query as a person meant it: taxonomy terms (longest phrase first,
 * then with typos), a place (ZIP, "City, ST", a state), "near me", and the
 * words left over, which only facility names and cities can match.
 *
 * The steps run in this order because each takes its words out of play for
 * the next: quoted words are names; "near me" is taken before places so
 * "me" is never Maine; places come before terms, and ages ("my 15 year
 * old") before the terms that would read their words one by one.
 */
export function interpretQuery(text: string, book: PhraseBook = (sharedBook ??= new PhraseBook())): QueryReading {
  const r = new TokenReader(text, book);
  r.tokens.forEach((t, i) => t.quoted && r.nameWord(i));
  r.covered = r.exactCover();
  readFixedPhrases(r);
  readZip(r);
  readCityOrState(r);
  readAges(r);
  readTerms(r);
  r.tokens.forEach((t, i) => !r.used[i] && !r.isFiller(t) && r.isNameLike(t) && r.nameWord(i));
  dropOutvotedWeakTerms(r);
  return r.out;
}
