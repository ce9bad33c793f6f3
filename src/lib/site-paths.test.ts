import { describe, expect, it } from 'vitest';
import { absoluteUrl, localeOfPath, pathInLocale, paths, pathsFor, withBase } from './site-paths';

describe('site paths', () => {
  it('puts every page under the base path with a trailing slash', () => {
    const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    expect(withBase('/states/')).toBe(`${base}states/`);
    expect(paths.state('CO')).toBe(`${base}states/co/`);
    expect(paths.state('CO', 2)).toBe(`${base}states/co/2/`);
    expect(paths.stateLevel('co', 'detox', 3)).toBe(`${base}states/co/detox/3/`);
    expect(paths.about('privacy')).toBe(`${base}about/#privacy`);
  });

  it('puts Spanish pages under es/, and data files in one place for both', () => {
    const base = withBase();
    expect(pathsFor('es').facility('a-b-co')).toBe(`${base}es/facilities/a-b-co/`);
    expect(pathsFor('es').home()).toBe(`${base}es/`);
    expect(pathsFor('es').data()).toBe(`${base}es/data/`);
    expect(pathsFor('es').data('directory.csv')).toBe(`${base}data/directory.csv`);
  });

  it('finds the same page in the other language', () => {
    const base = withBase();
    expect(pathInLocale(`${base}states/co/`, 'es')).toBe(`${base}es/states/co/`);
    expect(pathInLocale(`${base}es/states/co/`, 'en')).toBe(`${base}states/co/`);
    expect(pathInLocale(base, 'es')).toBe(`${base}es/`);
    expect(pathInLocale(`${base}es/`, 'en')).toBe(base);
    expect(localeOfPath(`${base}es/guide/faq/`)).toBe('es');
    expect(localeOfPath(`${base}estates/`)).toBe('en');
  });

  it('leads from one "page not found" page to the other language\'s 404 file', () => {
    const base = withBase();
    expect(pathInLocale(`${base}404/`, 'es')).toBe(`${base}es/404.html`);
    expect(pathInLocale(`${base}404.html`, 'es')).toBe(`${base}es/404.html`);
    expect(pathInLocale(`${base}es/404/`, 'en')).toBe(`${base}404.html`);
    expect(pathInLocale(`${base}es/404`, 'en')).toBe(`${base}404.html`);
    expect(pathInLocale(`${base}states/404-house/`, 'es')).toBe(`${base}es/states/404-house/`);
  });

  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/iop-finder/states/', 'https://owner.github.io/iop-finder')).toBe(
      'https://owner.github.io/iop-finder/states/',
    );
  });
});
