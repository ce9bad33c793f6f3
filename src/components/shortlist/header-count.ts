/**
 * The header's "Saved" link shows how many facilities this device keeps,
 * updated as they are saved here or in another tab.
 */
import { readShortlist, subscribe } from '../../lib/shortlist/storage';

const count = document.querySelector<HTMLElement>('[data-shortlist-count]');

function render() {
  if (!count) return;
  const n = readShortlist().items.length;
  count.textContent = String(n);
  count.hidden = false;
}

render();
subscribe(render);
