import { memo } from 'react';
import type { Chip } from '../../lib/finder/selection';
import type { Notice } from '../../lib/finder/notices';

export interface ReadingNotesProps {
  chips: readonly Chip[];
  notices: readonly Notice[];
  onRemoveChip(chip: Chip): void;
  onLocate(): void;
  /** Accept a "Did you mean…?": put `guess` in place of the words at `span`. */
  onAccept(span: { start: number; end: number }, guess: string): void;
}

const quote = (words: string) => `“${words}”`;
const quoteAll = (words: readonly string[]) =>
  words.length <= 1 ? quote(words[0] ?? '') : `${words.slice(0, -1).map(quote).join(', ')} and ${quote(words.at(-1)!)}`;

function NoticeText({
  notice,
  onLocate,
  onAccept,
}: {
  notice: Notice;
  onLocate(): void;
  onAccept: ReadingNotesProps['onAccept'];
}) {
  switch (notice.kind) {
    case 'crisis':
      return (
        <>
          If you are thinking about suicide or might hurt yourself, call or text <a href="tel:988">988</a> now (Suicide
          &amp; Crisis Lifeline, free, 24 hours). If you are in danger right now, call <a href="tel:911">911</a>.
        </>
      );
    case 'near-me':
      return (
        <>
          To search near you,{' '}
          <button type="button" className="finder-link-button" onClick={onLocate}>
            use my location
          </button>{' '}
          or enter a ZIP code or city under Where.
        </>
      );
    case 'unmatched':
      return (
        <>
          Nothing matches {quoteAll(notice.words)}, so {notice.words.length > 1 ? 'they were' : 'it was'} left out.
          {notice.guesses.length === 0 && ` Check the spelling, or remove ${notice.words.length > 1 ? 'them' : 'it'}.`}
          {notice.guesses.map(({ word, guess, span }) => (
            <span key={word}>
              {' '}
              Did you mean{' '}
              <button type="button" className="finder-link-button" onClick={() => onAccept(span, guess)}>
                {guess}
              </button>
              ?
            </span>
          ))}
        </>
      );
    case 'as-names':
      return <>Nothing matched those filters, so these results are facilities named {quote(notice.words)}.</>;
    case 'negated':
      return (
        <>
          Filters can only include programs, so {quoteAll(notice.words)} did not leave any out. Ask the facility when
          you call.
        </>
      );
    case 'place-ignored':
      return <>The search uses the place under Where, not {quote(notice.words)} from your words.</>;
    case 'city-not-found':
      return <>We could not find the place {quote(notice.words)}, so its words were matched against names instead.</>;
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
  if (!chips.length && !notices.length) return null;
  return (
    <div className="finder-reading">
      {chips.length > 0 && (
        <div className="finder-chips">
          <p className="finder-chips__label" id="finder-chips-label">
            Showing, from your words:
          </p>
          <ul className="finder-chips__list" aria-labelledby="finder-chips-label">
            {chips.map((chip) => (
              <li key={chip.key} className="finder-chip">
                <span>{chip.label}</span>
                <button
                  type="button"
                  className="finder-chip__remove"
                  aria-label={`Remove ${chip.label} (the words “${chip.words}”)`}
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
