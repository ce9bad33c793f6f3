import { describe, expect, it } from 'vitest';
import { alternateLinks, inSitemap } from './sitemap-links';

const root = 'https://example.org/iop/';

describe('alternateLinks', () => {
  it('pairs an English page with its Spanish page, and back', () => {
    const pair = [
      { url: 'https://example.org/iop/states/co/', lang: 'en-US' },
      { url: 'https://example.org/iop/es/states/co/', lang: 'es-US' },
    ];
    expect(alternateLinks('https://example.org/iop/states/co/', root)).toEqual(pair);
    expect(alternateLinks('https://example.org/iop/es/states/co/', root)).toEqual(pair);
  });

  it('pairs the two home pages', () => {
    expect(alternateLinks('https://example.org/iop/', root)?.map((l) => l.url)).toEqual([
      'https://example.org/iop/',
      'https://example.org/iop/es/',
    ]);
    expect(alternateLinks('https://example.org/iop/es/', root)?.[0]?.url).toBe('https://example.org/iop/');
  });

  it('leaves a URL outside the site alone, and does not mistake a page named "es…" for Spanish', () => {
    expect(alternateLinks('https://other.org/x/', root)).toBeUndefined();
    expect(alternateLinks('https://example.org/iop/estimates/', root)?.[1]?.url).toBe(
      'https://example.org/iop/es/estimates/',
    );
  });
});

describe('inSitemap', () => {
  it('leaves out every language’s not-found page, and keeps the rest', () => {
    expect(inSitemap('https://example.org/iop/es/404/')).toBe(false);
    expect(inSitemap('https://example.org/iop/404/')).toBe(false);
    expect(inSitemap('https://example.org/iop/es/states/co/')).toBe(true);
    expect(inSitemap('https://example.org/iop/facilities/clinic-404-main-st-co/')).toBe(true);
  });
});
