import { describe, expect, it } from 'vitest';
import { DEFAULT_TILE_URL, tileSettings } from '../site-config';
import { cspDirectives, tileSource } from './csp';

describe('tileSource', () => {
  it('allows exactly the host of the tile URL template', () => {
    expect(tileSource(DEFAULT_TILE_URL)).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://tiles.example.com:8443/osm/{z}/{x}/{y}.png?key=abc')).toBe(
      'https://tiles.example.com:8443',
    );
  });

  it('turns a {s} subdomain into a wildcard', () => {
    expect(tileSource('https://{s}.tile.example.com/{z}/{x}/{y}{r}.png')).toBe('https://*.tile.example.com');
  });

  it('needs no host for tiles served by the site itself', () => {
    expect(tileSource('/tiles/{z}/{x}/{y}.png')).toBeUndefined();
  });

  it('refuses templates that are not http(s) or misuse {s}', () => {
    expect(() => tileSource('javascript:alert(1)//{z}')).toThrow(/must be an http\(s\) URL/);
    expect(() => tileSource('https://a.{s}.example.com/{z}/{x}/{y}.png')).toThrow(/first label/);
  });
});

describe('cspDirectives', () => {
  it('follows the configured tile host', () => {
    const tiles = tileSettings({ PUBLIC_TILE_URL: 'https://maps.example.org/{z}/{x}/{y}.png' });
    expect(cspDirectives(tiles.url)).toEqual([
      "default-src 'self'",
      "img-src 'self' data: https://maps.example.org",
      "connect-src 'self'",
      "worker-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ]);
  });

  it('defaults to OpenStreetMap when no tile URL is set', () => {
    expect(tileSettings({ PUBLIC_TILE_URL: '  ' }).url).toBe(DEFAULT_TILE_URL);
    expect(cspDirectives(tileSettings({}).url)).toContain("img-src 'self' data: https://tile.openstreetmap.org");
  });
});
