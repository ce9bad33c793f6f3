import { Facility } from '../schema';
import { DEFAULT_DATA_DIR, readFacilityFiles } from '../staff/dataset';
import { OpenData } from './open-data';

/** The bundled directory (data/facilities) as the build reads it, ready to export: for tests. */
export function loadBundledOpenData(): OpenData {
  const facilities = readFacilityFiles(DEFAULT_DATA_DIR).map((file) => ({
    ...Facility.parse(file.json),
    id: file.fileId,
  }));
  return new OpenData(facilities, {
    pageUrl: (id) => `https://example.org/facilities/${id}/`,
    siteUrl: 'https://example.org/',
    created: '2026-01-01T00:00:00.000Z',
  });
}
