import { useRef, useState } from 'react';
import type { Shortlist } from '../../lib/shortlist/list';
import { shareUrl } from '../../lib/shortlist/share';
import { useShortlistText } from './strings';

/**
 * "Make a share link": the link is made here, from the list, and goes
 * nowhere until the person copies it. Notes go in only when they chose to
 * include them.
 */
export function ShareLink({ list, withNotes }: { list: Shortlist; withNotes: boolean }) {
  const { T } = useShortlistText();
  const [open, setOpen] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const url = open ? shareUrl(location.href, list, withNotes) : '';

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus(T.copied);
    } catch {
      setCopyStatus(T.copyFailed);
    }
  }

  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => {
          setOpen(true);
          window.setTimeout(() => input.current?.select(), 0);
        }}
      >
        {T.share}
      </button>
    );
  }
  return (
    <div className="share-link">
      <label htmlFor="share-url">{T.shareLabel}</label>
      <p className="small" id="share-url-hint">
        {withNotes ? T.shareWithNotes : T.shareWithoutNotes} {T.shareHow}
      </p>
      <div className="share-link__row">
        <input id="share-url" ref={input} type="text" readOnly value={url} aria-describedby="share-url-hint" />
        <button type="button" className="button button--secondary" onClick={() => void copy()}>
          {T.copy}
        </button>
      </div>
      <p role="status" className="small">
        {copyStatus}
      </p>
    </div>
  );
}
