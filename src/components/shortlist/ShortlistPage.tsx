import './shortlist.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { QuestionGroup } from '../../lib/guide/call-questions';
import {
  COVER_MAX,
  EMPTY,
  mergeLists,
  removeItem,
  renameItem,
  setCover,
  setNote,
  type SavedFacility,
  type Shortlist,
} from '../../lib/shortlist/list';
import { parseShareFragment } from '../../lib/shortlist/share';
import { readShortlist } from '../../lib/shortlist/storage';
import { formatDate } from '../../lib/i18n/format';
import type { Locale } from '../../lib/i18n/locales';
import { shortlistMessages } from '../../lib/i18n/messages/shortlist';
import { pathsFor } from '../../lib/site-paths';
import { downloadText } from '../export/download';
import { PacketCover, PacketQuestions } from './PacketParts';
import { SavedEntry } from './SavedEntry';
import { SharedNotice } from './SharedNotice';
import { ShareLink } from './ShareLink';
import { ShortlistTextContext, useShortlistText } from './strings';
import { useDetails, useShortlist } from './useShortlist';

export interface ShortlistPageProps {
  /** The guide's questions to ask when you call, for the packet. */
  questions: readonly QuestionGroup[];
  /** The site's address, printed on the packet. */
  siteUrl: string;
  /** The page's language. */
  locale?: Locale;
}

const sameIds = (a: Shortlist, b: Shortlist) => a.items.map((i) => i.id).join() === b.items.map((i) => i.id).join();

/** The saved list of this device: details, notes, print, CSV, share, and a list opened from a share link. */
export default function ShortlistPage({ locale = 'en', ...props }: ShortlistPageProps) {
  const text = useMemo(() => ({ locale, T: shortlistMessages(locale) }), [locale]);
  return (
    <ShortlistTextContext.Provider value={text}>
      <ShortlistBody {...props} />
    </ShortlistTextContext.Provider>
  );
}

function ShortlistBody({ questions, siteUrl }: Omit<ShortlistPageProps, 'locale'>) {
  const { locale, T } = useShortlistText();
  const { list, update, error } = useShortlist();
  const [incoming, setIncoming] = useState<Shortlist>();
  const [message, setMessage] = useState('');
  const [undo, setUndo] = useState<Shortlist>();
  const [includeNotes, setIncludeNotes] = useState(false);
  /** The date on the packet's cover; set once the page runs in the browser (also marks it ready for tests). */
  const [today, setToday] = useState('');
  const listHeading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  // "Clear all" disappears with the list: keyboard focus goes to Undo, next to the message.
  useEffect(() => {
    if (undo) undoButton.current?.focus();
  }, [undo]);
  const { lookups, status } = useDetails([...list.items, ...(incoming?.items ?? [])].map((i) => i.id));

  // A share link: open it, or ask when this device has a list of its own. The link leaves the address bar either
  // way. On arrival, and when a link is opened while the page is open (only the # part changes).
  useEffect(() => {
    const now = new Date();
    setToday(formatDate(locale, `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`));
    const open = () => {
      const shared = parseShareFragment(location.hash);
      if (!shared) return;
      history.replaceState(history.state, '', location.pathname + location.search);
      const rejected = shared.rejected ? ` ${T.sharedRejected(shared.rejected)}` : '';
      // Read storage itself: while hydrating, `list` is still the empty server snapshot.
      const mine = readShortlist();
      setIncoming(undefined);
      if (!mine.items.length) {
        if (update(() => shared.list)) setMessage(T.sharedOpened(shared.list.items.length) + rejected);
      } else if (sameIds(mine, shared.list)) {
        setMessage(T.sharedSame + rejected);
      } else {
        setIncoming(shared.list);
        setMessage(rejected.trim());
      }
    };
    open();
    window.addEventListener('hashchange', open);
    return () => window.removeEventListener('hashchange', open);
  }, [update]);

  // Keep names current, and follow listings that were merged into another.
  useEffect(() => {
    const changes = list.items.flatMap((item) => {
      const lookup = lookups.get(item.id);
      if (!lookup || lookup.kind === 'gone') return [];
      const place = `${lookup.listing.city}, ${lookup.listing.state}`;
      if (lookup.kind === 'found' && item.name === lookup.listing.name && item.place === place) return [];
      return [{ from: item.id, to: { id: lookup.listing.id, name: lookup.listing.name, place } }];
    });
    if (changes.length) update((l) => changes.reduce((acc, c) => renameItem(acc, c.from, c.to), l));
  }, [lookups, list, update]);

  const finishIncoming = (text: string) => {
    setIncoming(undefined);
    setMessage(text);
    listHeading.current?.focus();
  };
  const onAdd = () => {
    const merged = mergeLists(readShortlist(), incoming!);
    if (update(() => merged)) finishIncoming(T.sharedAdded(merged.items.length));
  };
  const onReplace = () => update(() => incoming!) && finishIncoming(T.sharedAdded(incoming!.items.length));
  const onClear = () => {
    const before = list;
    if (update(() => EMPTY)) {
      setUndo(before);
      setMessage(T.cleared(before.items.length));
    }
  };
  const onUndo = () => {
    if (undo && update(() => undo)) {
      setUndo(undefined);
      setMessage(T.restored);
    }
  };
  const onRemove = (item: SavedFacility) => {
    if (update((l) => removeItem(l, item.id))) setMessage(T.removed(item.name));
  };
  const onNote = (id: string, note: string) => update((l) => setNote(l, id, note));
  const onCsv = async () => {
    // The CSV writer loads only when asked for.
    const { csvFileName, shortlistCsv } = await import('../../lib/export/downloads');
    const rows = list.items.map((item) => {
      const lookup = lookups.get(item.id);
      const listing = lookup && lookup.kind !== 'gone' ? lookup.listing : { id: item.id, name: item.name };
      return { listing, ...(includeNotes && item.note ? { note: item.note } : {}) };
    });
    downloadText(shortlistCsv(rows), csvFileName('shortlist', new Date()));
    setMessage(T.downloaded(rows.length));
  };

  const count = list.items.length;
  return (
    <div className="shortlist" data-details={today ? status : 'loading'}>
      <div className="shortlist__status no-print">
        <p role="status">{error ?? message}</p>
        {undo && count === 0 && (
          <button type="button" className="button button--secondary" onClick={onUndo} ref={undoButton}>
            {T.undo}
          </button>
        )}
      </div>
      {incoming && (
        <SharedNotice
          shared={incoming}
          lookups={lookups}
          onAdd={onAdd}
          onReplace={onReplace}
          onIgnore={() => finishIncoming(T.sharedIgnored)}
        />
      )}
      {count === 0 ? (
        <div className="shortlist__empty">
          <p>{T.empty}</p>
          <p>{T.emptyHow}</p>
          <p>
            <a className="button" href={pathsFor(locale).home()}>
              {T.findCare}
            </a>
          </p>
        </div>
      ) : (
        <>
          <PacketCover list={list} lookups={lookups} date={today} site={siteUrl} />
          <section className="shortlist__tools no-print" aria-labelledby="tools-heading">
            <h2 id="tools-heading">{T.toolsHeading}</h2>
            <p className="shortlist__check">
              <input
                id="include-notes"
                type="checkbox"
                checked={includeNotes}
                onChange={(e) => setIncludeNotes(e.target.checked)}
                aria-describedby="include-notes-hint"
              />
              <label htmlFor="include-notes">{T.includeNotes}</label>
              <span id="include-notes-hint" className="small muted">
                {' '}
                {T.includeNotesHint}
              </span>
            </p>
            <p className="shortlist__cover">
              <label htmlFor="cover-note">{T.coverLabel}</label>
              <span id="cover-hint" className="small muted">
                {T.coverHint}
              </span>
              <textarea
                id="cover-note"
                aria-describedby="cover-hint"
                rows={2}
                maxLength={COVER_MAX}
                value={list.cover ?? ''}
                onChange={(e) => update((l) => setCover(l, e.target.value))}
              />
            </p>
            <p className="actions">
              <button type="button" className="button" onClick={() => window.print()}>
                {T.print}
              </button>
              <button type="button" className="button button--secondary" onClick={() => void onCsv()}>
                {T.csv}
              </button>
            </p>
            <ShareLink list={list} withNotes={includeNotes} />
          </section>
          <div className="shortlist__head">
            <h2 id="list-heading" ref={listHeading} tabIndex={-1}>
              {T.listHeading(count)}
            </h2>
            <button type="button" className="button button--secondary no-print" onClick={onClear}>
              {T.clearAll}
            </button>
          </div>
          {status === 'loading' && <p className="muted no-print">{T.loading}</p>}
          {status === 'error' && <p className="notice no-print">{T.loadFailed}</p>}
          <ol className="saved-list">
            {list.items.map((item) => (
              <SavedEntry
                key={item.id}
                item={item}
                lookup={lookups.get(item.id)}
                printNote={includeNotes}
                onNote={onNote}
                onRemove={onRemove}
              />
            ))}
          </ol>
          <PacketQuestions groups={questions} />
        </>
      )}
    </div>
  );
}
