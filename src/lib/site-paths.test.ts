import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase } from './site-paths';

describe('site paths', () => {
  it('puts every page under the base path with a trailing slash', () => {
    const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
    expect(withBase('/states/')).toBe(`${base}states/`);
    expect(paths.state('CO')).toBe(`${base}states/co/`);
    expect(paths.state('CO', 2)).toBe(`${base}states/co/2/`);
    expect(paths.stateLevel('co', 'detox', 3)).toBe(`${base}states/co/detox/3/`);
    expect(paths.about('privacy')).toBe(`${base}about/#privacy`);
  });

  it('makes absolute URLs on the site origin', () => {
    expect(absoluteUrl('/iop-finder/states/', 'https://owner.github.io/iop-finder')).toBe(
      'https://owner.github.io/iop-finder/states/',
    );
  });
});
