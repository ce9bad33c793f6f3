import { useEffect, useRef } from 'react';
import type { Lookup } from '../../lib/shortlist/details';
import type { Shortlist } from '../../lib/shortlist/list';
import { useShortlistText } from './strings';

export interface SharedNoticeProps {
  shared: Shortlist;
  lookups: ReadonlyMap<string, Lookup>;
  onAdd(): void;
  onReplace(): void;
  onIgnore(): void;
}

/** A share link opened on a device that has a list of its own: show what it holds, and let the person choose. */
export function SharedNotice({ shared, lookups, onAdd, onReplace, onIgnore }: SharedNoticeProps) {
  const { T } = useShortlistText();
  // The choice comes first: start reading there.
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice shared-notice no-print" aria-labelledby="shared-heading">
      <h2 id="shared-heading" ref={heading} tabIndex={-1}>
        {T.sharedHeading(shared.items.length)}
      </h2>
      <ul>
        {shared.items.map((item) => {
          const lookup = lookups.get(item.id);
          const listing = lookup && lookup.kind !== 'gone' ? lookup.listing : undefined;
          return (
            <li key={item.id}>
              {listing
                ? `${listing.name}, ${listing.city}, ${listing.state}`
                : lookup
                  ? `${item.id}: ${T.gone}`
                  : item.id}
              {item.note && <span className="muted"> ({item.note})</span>}
            </li>
          );
        })}
      </ul>
      <p className="actions">
        <button type="button" className="button" onClick={onAdd}>
          {T.sharedAdd}
        </button>
        <button type="button" className="button button--secondary" onClick={onReplace}>
          {T.sharedReplace}
        </button>
        <button type="button" className="button button--secondary" onClick={onIgnore}>
          {T.sharedIgnore}
        </button>
      </p>
    </section>
  );
}
