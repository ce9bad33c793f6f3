/** Id of the live region in the site header that reads out shortlist changes on every page. */
export const SHORTLIST_STATUS_ID = 'shortlist-status';

/**
 * Say something in the shortlist's live region ("Saved ...", a count, an
 * error). Emptied first, so the same words said twice are read twice.
 */
export function announce(text: string): void {
  const region = document.getElementById(SHORTLIST_STATUS_ID);
  if (!region) return;
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = text;
  }, 50);
}
