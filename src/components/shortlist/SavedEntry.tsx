import { formatPhone, telHref } from '../../lib/facility/format';
import type { Listing } from '../../lib/open-data/listing';
import type { Lookup } from '../../lib/shortlist/details';
import { NOTE_MAX, type SavedFacility } from '../../lib/shortlist/list';
import { formatDate } from '../../lib/i18n/format';
import { labelsIn } from '../../lib/i18n/terms';
import { pathsFor } from '../../lib/site-paths';
import { useShortlistText } from './strings';

export interface SavedEntryProps {
  item: SavedFacility;
  /** Undefined while the details load. */
  lookup?: Lookup;
  /** Print the note under the facility. */
  printNote: boolean;
  onNote(id: string, note: string): void;
  onRemove(item: SavedFacility): void;
}

/** A tel: link, or plain text for a number the site does not store (never a broken link). */
function Phone({ phone, kind }: { phone: string; kind: string }) {
  let href: string | undefined;
  try {
    href = telHref(phone);
  } catch {
    href = undefined;
  }
  return (
    <li>
      {kind}: {href ? <a href={href}>{formatPhone(phone)}</a> : phone}
    </li>
  );
}

/** Only http(s) links come from data. */
function webHref(url: string): URL | undefined {
  const parsed = URL.parse(url);
  return parsed && (parsed.protocol === 'https:' || parsed.protocol === 'http:') ? parsed : undefined;
}

function Fact({ label, values }: { label: string; values: readonly string[] }) {
  if (!values.length) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{values.join(', ')}</dd>
    </div>
  );
}

/** What the list and the printed packet say about one facility. */
function Details({ listing }: { listing: Listing }) {
  const { locale, T } = useShortlistText();
  const verification = listing.lastVerified ? T.verified(formatDate(locale, listing.lastVerified)) : T.notVerified;
  const street = [listing.street1, listing.street2].filter(Boolean).join(', ');
  const website = listing.website ? webHref(listing.website.url) : undefined;
  const phones = [
    ...(listing.phone ? [{ phone: listing.phone, kind: T.main }] : []),
    ...listing.intakePhones.map((phone) => ({ phone, kind: T.intake })),
  ];
  return (
    <dl className="saved-entry__facts">
      <div>
        <dt>{T.address}</dt>
        <dd>
          {street ? `${street}, ` : `${T.withheld}; `}
          {listing.city}, {listing.state} {listing.zip}
          {listing.location?.precision === 'zip-centroid' && <span className="muted"> ({T.approximate})</span>}
        </dd>
      </div>
      <div>
        <dt>{T.phones}</dt>
        <dd>
          {phones.length ? (
            <ul className="saved-entry__phones">
              {phones.map((p) => (
                <Phone key={`${p.kind}${p.phone}`} {...p} />
              ))}
            </ul>
          ) : (
            T.noPhone
          )}
        </dd>
      </div>
      {website && (
        <div>
          <dt>{T.website}</dt>
          <dd>
            <a href={website.href} rel="noreferrer">
              {website.href}
            </a>
            {listing.website?.source && <span className="muted"> ({T.from(listing.website.source)})</span>}
          </dd>
        </div>
      )}
      <Fact label={T.levels} values={labelsIn('levelsOfCare', listing.terms.levelsOfCare, locale)} />
      <Fact label={T.payment} values={labelsIn('payment', listing.terms.payment, locale)} />
      <Fact label={T.specialties} values={labelsIn('specialties', listing.terms.specialties, locale)} />
      <Fact label={T.languages} values={labelsIn('languages', listing.terms.languages, locale)} />
      <div>
        <dt>{T.source}</dt>
        <dd>{[verification, ...listing.sources].join('. ')}.</dd>
      </div>
    </dl>
  );
}

/** One saved facility: its details, the private note, and Remove. */
export function SavedEntry({ item, lookup, printNote, onNote, onRemove }: SavedEntryProps) {
  const { locale, T } = useShortlistText();
  const listing = lookup && lookup.kind !== 'gone' ? lookup.listing : undefined;
  const name = listing?.name ?? item.name;
  const noteId = `note-${item.id}`;
  return (
    <li className="saved-entry" data-id={item.id}>
      <h3 className="saved-entry__name">
        {lookup?.kind === 'gone' ? name : <a href={pathsFor(locale).facility(listing?.id ?? item.id)}>{name}</a>}
      </h3>
      {listing?.alternateName && <p className="saved-entry__alt">{listing.alternateName}</p>}
      {listing && T.status[listing.status] && <p className="saved-entry__warn">{T.status[listing.status]}</p>}
      {lookup?.kind === 'moved' && <p className="muted small">{T.moved(listing!.name)}</p>}
      {lookup?.kind === 'gone' && <p className="saved-entry__warn">{T.gone}</p>}
      {!lookup && (
        <p className="muted small">
          {item.place ? `${item.place}. ` : ''}
          {T.loading}
        </p>
      )}
      {listing && <Details listing={listing} />}
      {printNote && item.note && (
        <p className="saved-entry__printed-note print-only">
          <strong>{T.note}:</strong> {item.note}
        </p>
      )}
      <div className="saved-entry__note no-print">
        <label htmlFor={noteId}>
          {T.noteLabel}
          <span className="visually-hidden"> ({name})</span>
        </label>
        <span className="small muted" id={`${noteId}-hint`}>
          {' '}
          {T.noteHint}
        </span>
        <textarea
          id={noteId}
          aria-describedby={`${noteId}-hint`}
          maxLength={NOTE_MAX}
          rows={2}
          value={item.note ?? ''}
          onChange={(event) => onNote(item.id, event.target.value)}
        />
      </div>
      <button type="button" className="button button--secondary no-print" onClick={() => onRemove(item)}>
        {T.remove}
        <span className="visually-hidden"> ({name})</span>
      </button>
    </li>
  );
}
