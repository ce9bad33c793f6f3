import { describe, expect, it } from 'vitest';
import { parseFinderUrl } from '../finder/url-state';
import { withBase } from '../site-paths';
import { guideLinks } from './links';

/** Every link of a language's set, as [name, href]. */
function allLinks(locale: 'en' | 'es'): [string, string][] {
  const links = guideLinks(locale);
  return [
    ...Object.entries(links).filter((e): e is [string, string] => typeof e[1] === 'string'),
    ['about(privacy)', links.about('privacy')],
    ['findLevel(detox)', links.findLevel('detox')],
  ];
}

describe('links of the guides and the About page', () => {
  it('keep English pages at the base path and the finder at its root', () => {
    const base = withBase();
    const en = guideLinks('en');
    expect(en.faq).toBe(`${base}guide/faq/`);
    expect(en.insurance).toBe(`${base}guide/choosing-a-program/#insurance`);
    expect(en.finder).toBe(base);
    expect(en.findIop).toBe(`${base}?level=intensive-outpatient`);
    for (const [name, href] of allLinks('en')) expect(href.startsWith(`${base}es/`), name).toBe(false);
  });

  it('keep every Spanish link under /es/, with the same finder presets', () => {
    const root = withBase('es/');
    for (const [name, href] of allLinks('es')) expect(href.startsWith(root), `${name}: ${href}`).toBe(true);
    const en = guideLinks('en');
    const es = guideLinks('es');
    expect(es.about('sources')).toBe(`${root}about/#sources`);
    expect(es.findIopTeens.slice(root.length)).toBe(en.findIopTeens.slice(withBase().length));
  });

  it('preset the filters the finder reads back', () => {
    const query = (href: string) => parseFinderUrl(href.slice(href.indexOf('?'))).state;
    const es = guideLinks('es');
    expect(query(es.findIopTeens)).toMatchObject({ levels: ['intensive-outpatient'], specialties: ['adolescents'] });
    expect(query(es.findIopTelehealth)).toMatchObject({ levels: ['intensive-outpatient'], telehealth: true });
    expect(query(es.findMedicaid).payment).toEqual(['medicaid']);
    expect(query(es.findSlidingScale).payment).toEqual(['sliding-scale']);
    expect(query(es.findStateFunded).payment).toEqual(['state-funded']);
    expect(query(es.findLevel('partial-hospitalization')).levels).toEqual(['partial-hospitalization']);
  });

  it('call the helpline by a tel: link that matches its digits', () => {
    const { helpline } = guideLinks('es');
    expect(helpline.href).toBe(`tel:+1${helpline.text.replace(/\D/g, '').slice(1)}`);
  });
});
