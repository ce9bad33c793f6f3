/**
 * Wires every static Save button of a page (`button[data-save-id]`, as on a
 * facility page): shows whether the facility is saved, and toggles it. A
 * button comes inside a hidden element, shown here, so without JavaScript
 * there is no control that does nothing.
 */
import { savedIds, subscribe } from '../../lib/shortlist/storage';
import { shortlistMessages } from '../../lib/i18n/messages/shortlist';
import { pageLocale, toggleAndAnnounce } from './save-toggle';

const t = shortlistMessages(pageLocale());

const buttons = [...document.querySelectorAll<HTMLButtonElement>('button[data-save-id]')];

function render() {
  const saved = savedIds();
  for (const button of buttons) {
    const on = saved.has(button.dataset.saveId!);
    button.setAttribute('aria-pressed', String(on));
    const label = button.querySelector('[data-save-label]');
    if (label) label.textContent = on ? t.saved : t.save;
  }
}

for (const button of buttons) {
  button.closest<HTMLElement>('[hidden]')?.removeAttribute('hidden');
  button.addEventListener('click', () => {
    const { saveId: id = '', saveName: name = '', savePlace: place } = button.dataset;
    toggleAndAnnounce({ id, name, ...(place ? { place } : {}) });
  });
}
render();
subscribe(render);
