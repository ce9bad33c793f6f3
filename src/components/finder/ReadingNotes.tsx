import { memo } from 'react';
import type { Chip } from '../../lib/finder/selection';
import type { Notice } from '../../lib/finder/notices';
import { listOf } from '../../lib/i18n/format';
import { useFinderText } from './i18n';

export interface ReadingNotesProps {
  chips: readonly Chip[];
  notices: readonly Notice[];
  onRemoveChip(chip: Chip): void;
  onLocate(): void;
  /** Accept a "Did you mean…?": put `guess` in place of the words at `span`. */
  onAccept(span: { start: number; end: number }, guess: string): void;
}

const quote = (words: string) => `“${words}”`;

function NoticeText({
  notice,
  onLocate,
  onAccept,
}: {
  notice: Notice;
  onLocate(): void;
  onAccept: ReadingNotesProps['onAccept'];
}) {
  const { locale, t: all } = useFinderText();
  const t = all.reading;
  const quoteAll = (words: readonly string[]) => listOf(locale, words.map(quote), 'conjunction');
  switch (notice.kind) {
    case 'crisis':
      return (
        <>
          {t.crisisLead} <a href="tel:988">988</a> {t.crisisAfter} <a href="tel:911">911</a>.
        </>
      );
    case 'near-me':
      return (
        <>
          {t.nearMeLead}{' '}
          <button type="button" className="finder-link-button" onClick={onLocate}>
            {t.nearMeButton}
          </button>{' '}
          {t.nearMeAfter}
        </>
      );
    case 'unmatched': {
      const many = notice.words.length > 1;
      return (
        <>
          {t.unmatched(quoteAll(notice.words), many)}
          {notice.guesses.length === 0 && ` ${t.checkSpelling(many)}`}
          {notice.guesses.map(({ word, guess, span }) => (
            <span key={word}>
              {' '}
              {t.didYouMean}{' '}
              <button type="button" className="finder-link-button" onClick={() => onAccept(span, guess)}>
                {guess}
              </button>
              ?
            </span>
          ))}
        </>
      );
    }
    case 'as-names':
      return <>{t.asNames(quote(notice.words))}</>;
    case 'negated':
      return <>{t.negated(quoteAll(notice.words))}</>;
    case 'place-ignored':
      return <>{t.placeIgnored(quote(notice.words))}</>;
    case 'city-not-found':
      return <>{t.cityNotFound(quote(notice.words))}</>;
  }
}

/**
 * How the words were read: each recognised term as a chip that can be
 * removed (which takes its words out of the search box), and notices about
 * words that were left out or could not be used.
 */
export const ReadingNotes = memo(function ReadingNotes({
  chips,
  notices,
  onRemoveChip,
  onLocate,
  onAccept,
}: ReadingNotesProps) {
  const t = useFinderText().t.reading;
  if (!chips.length && !notices.length) return null;
  return (
    <div className="finder-reading">
      {chips.length > 0 && (
        <div className="finder-chips">
          <p className="finder-chips__label" id="finder-chips-label">
            {t.showing}
          </p>
          <ul className="finder-chips__list" aria-labelledby="finder-chips-label">
            {chips.map((chip) => (
              <li key={chip.key} className="finder-chip">
                <span>{chip.label}</span>
                <button
                  type="button"
                  className="finder-chip__remove"
                  aria-label={t.remove(chip.label, chip.words)}
                  onClick={() => onRemoveChip(chip)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {notices.map((notice) => (
        <p key={notice.kind} className={`finder-note finder-note--${notice.kind}`}>
          <NoticeText notice={notice} onLocate={onLocate} onAccept={onAccept} />
        </p>
      ))}
    </div>
  );
});
