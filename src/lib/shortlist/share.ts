import { COVER_MAX, FACILITY_ID, MAX_ITEMS, NOTE_MAX, type Shortlist } from './list';

/**
 * A share link carries a shortlist in the URL's fragment (after "#"), which
 * browsers never send to a server: the list reaches the other device inside
 * the link itself and nowhere else. It holds the facility ids, and the notes
 * only when the person asks for them:
 *
 *   /shortlist/#ids=id-one,id-two&n1=Call%20Tuesday&cover=For%20Sam
 *
 * `n<i>` is the note of the i-th id (from 0); `cover` the packet's cover note.
 */

export interface SharedList {
  list: Shortlist;
  /** Entries of the link that were not facility ids, and were left out. */
  rejected: number;
}

/** The fragment (without "#") for a list; notes and cover only with `withNotes`. */
export function shareFragment(list: Shortlist, withNotes: boolean): string {
  const parts = [`ids=${list.items.map((i) => i.id).join(',')}`];
  if (withNotes) {
    list.items.forEach((item, i) => {
      if (item.note) parts.push(`n${i}=${encodeURIComponent(item.note)}`);
    });
    if (list.cover) parts.push(`cover=${encodeURIComponent(list.cover)}`);
  }
  return parts.join('&');
}

/** The whole link: `pageUrl` is the shortlist page's absolute URL. */
export function shareUrl(pageUrl: string, list: Shortlist, withNotes: boolean): string {
  return `${pageUrl.split('#')[0]}#${shareFragment(list, withNotes)}`;
}

/**
 * The list a link's fragment carries, or undefined when the fragment is not
 * a share link at all. Anything that is not a facility id is left out and
 * counted; notes are cut to the usual length. Names are not in the link:
 * the page fills them in from the facility files.
 */
export function parseShareFragment(hash: string): SharedList | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get('ids');
  if (raw === null) return undefined;
  const ids: string[] = [];
  let rejected = 0;
  for (const part of raw.split(',')) {
    const id = part.trim();
    if (!id) continue;
    if (id.length > 120 || !FACILITY_ID.test(id) || ids.length >= MAX_ITEMS) rejected++;
    else if (!ids.includes(id)) ids.push(id);
  }
  const entries = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const items = ids.map((id) => {
    const note = params
      .get(`n${entries.indexOf(id)}`)
      ?.trim()
      .slice(0, NOTE_MAX);
    return { id, name: id, ...(note ? { note } : {}) };
  });
  const cover = params.get('cover')?.trim().slice(0, COVER_MAX);
  return { list: { items, ...(cover ? { cover } : {}) }, rejected };
}
