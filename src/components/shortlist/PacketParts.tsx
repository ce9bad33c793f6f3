import { formatPhone } from '../../lib/facility/format';
import type { QuestionGroup } from '../../lib/guide/call-questions';
import type { Lookup } from '../../lib/shortlist/details';
import type { Shortlist } from '../../lib/shortlist/list';
import { useShortlistText } from './strings';

/** The printed packet's first page: title, date, the referrer's note and what follows. Print only. */
export function PacketCover({
  list,
  lookups,
  date,
  site,
}: {
  list: Shortlist;
  lookups: ReadonlyMap<string, Lookup>;
  date: string;
  site: string;
}) {
  const { T } = useShortlistText();
  return (
    <section className="packet-cover print-only">
      <p className="packet-cover__title">{T.packetTitle}</p>
      <p>{T.packetPrepared(date)}</p>
      {list.cover && <p className="packet-cover__note">{list.cover}</p>}
      <ol>
        {list.items.map((item) => {
          const lookup = lookups.get(item.id);
          const listing = lookup && lookup.kind !== 'gone' ? lookup.listing : undefined;
          return (
            <li key={item.id}>
              {listing ? `${listing.name}, ${listing.city}, ${listing.state}` : item.name}
              {listing?.phone ? ` · ${formatPhone(listing.phone)}` : ''}
            </li>
          );
        })}
      </ol>
      <p>{T.packetCrisis}</p>
      <p className="small">{T.packetFrom(site)}</p>
    </section>
  );
}

/** The guide's questions to ask when you call, on the packet's last page. Print only. */
export function PacketQuestions({ groups }: { groups: readonly QuestionGroup[] }) {
  const { T } = useShortlistText();
  return (
    <section className="packet-questions print-only">
      <p className="packet-questions__title">{T.questionsHeading}</p>
      {groups.map((group) => (
        <div key={group.id}>
          <p className="packet-questions__group">{group.title}</p>
          <ul>
            {group.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
