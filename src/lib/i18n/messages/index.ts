import type { Locale } from '../locales';
import { aboutMessages } from './about';
import { directoryMessages } from './directory';
import { facilityMessages } from './facility';
import { finderMessages } from './finder';
import { guideMessages } from './guide';
import { notFoundMessages } from './not-found';
import { openDataMessages } from './open-data';
import { shortlistMessages } from './shortlist';
import { siteMessages } from './site';

/**
 * Every UI catalogue, by area. Tests read this list: the scan of the built
 * Spanish pages for English UI strings covers each catalogue listed here.
 */
export const CATALOGUES: { area: string; messages(locale: Locale): object }[] = [
  { area: 'site', messages: siteMessages },
  { area: 'finder', messages: finderMessages },
  { area: 'facility', messages: facilityMessages },
  { area: 'shortlist', messages: shortlistMessages },
  { area: 'guide', messages: guideMessages },
  { area: 'about', messages: aboutMessages },
  { area: 'open-data', messages: openDataMessages },
  { area: 'directory', messages: directoryMessages },
  { area: 'not-found', messages: notFoundMessages },
];

/**
 * The English strings of a catalogue that the Spanish one says differently,
 * with their key paths: what must never appear on a Spanish page. Strings the
 * two share (names such as "Medicaid", "(Esc)") are not listed.
 */
export function englishOnlyStrings(en: unknown, es: unknown, path = ''): { path: string; text: string }[] {
  if (typeof en === 'string') return typeof es === 'string' && es !== en && en.trim() ? [{ path, text: en }] : [];
  if (!en || typeof en !== 'object' || !es || typeof es !== 'object') return [];
  return Object.entries(en).flatMap(([key, value]) =>
    englishOnlyStrings(value, (es as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
  );
}
