import { describe, expect, it } from 'vitest';
import { rich, richText } from './rich';

describe('rich catalogue text', () => {
  it('reads as its words alone', () => {
    const parts = rich(
      'Use ',
      { code: 'phone' },
      ' or ',
      { strong: 'call' },
      ' ',
      { link: 'us', href: '/about/' },
      '.',
    );
    expect(richText(parts)).toBe('Use phone or call us.');
  });
});
