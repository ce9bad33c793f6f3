/**
 * The open data as the built site serves it: the /data/ page and every file
 * it lists, the directory CSV and GeoJSON against the data files, and every
 * HSDS service record against the HSDS 3.0 schemas in ../shared/standards.
 */
import { parse } from 'csv-parse/sync';
import { formatBytes } from '../../src/lib/open-data/catalog';
import { LISTING_COLUMNS } from '../../src/lib/open-data/columns';
import { errorsOf, hasHsdsSchemas, hsdsValidator } from '../../src/lib/open-data/hsds/testing';
import { allFacilities } from './support/facilities';
import { expect, test } from './support/offline';

test('the /data/ page lists every download with its size, the fields, the licence and the date', async ({
  page,
  request,
}) => {
  await page.goto('data/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Open data');
  await expect(page.locator('main')).toContainText(/made on \w+ \d{1,2}, \d{4}/);
  await expect(page.locator('main')).toContainText('public domain');
  await expect(page.locator('main')).toContainText('CC BY-SA 4.0');
  await expect(page.locator('main')).toContainText('SAMHSA, National Directory of');
  for (const column of LISTING_COLUMNS)
    await expect(page.locator('#fields-caption + thead + tbody')).toContainText(column.name);

  const links = await page
    .locator('main a[download]')
    .evaluateAll((as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, size: a.parentElement?.textContent ?? '' })),
    );
  expect(links.length).toBeGreaterThan(2 + 2 * 50 + 4 + 10);
  for (const link of links) {
    const response = await request.head(link.href);
    expect(response.status(), link.href).toBe(200);
    // The size the page states is the file's own.
    const bytes = Number(response.headers()['content-length']);
    expect(link.size, link.href).toContain(formatBytes(bytes));
  }
});

test('the directory CSV has every facility with the documented columns, as the data files say', async ({ request }) => {
  const facilities = allFacilities();
  const csv = await (await request.get('data/directory.csv')).text();
  const rows = parse(csv, { columns: true }) as Record<string, string>[];
  expect(Object.keys(rows[0]!)).toEqual(LISTING_COLUMNS.map((c) => c.name));
  expect(rows).toHaveLength(facilities.length);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const f of facilities.filter((_, i) => i % 97 === 0)) {
    const row = byId.get(f.id)!;
    expect(row, f.id).toBeDefined();
    expect(row.name).toBe(f.name);
    expect(row.zip).toBe(f.address.zip);
    expect(row.state).toBe(f.address.state);
    expect(row.latitude).toBe(f.location ? String(f.location.lat) : '');
  }
});

test('a state GeoJSON is a FeatureCollection of that state, points as [longitude, latitude]', async ({ request }) => {
  const co = allFacilities().filter((f) => f.address.state === 'CO');
  const collection = (await (await request.get('data/states/co.geojson')).json()) as {
    type: string;
    features: { id: string; geometry: { coordinates: [number, number] } | null; properties: { state: string } }[];
  };
  expect(collection.type).toBe('FeatureCollection');
  expect(collection.features.map((f) => f.id).sort()).toEqual(co.map((f) => f.id).sort());
  for (const feature of collection.features) {
    const f = co.find((x) => x.id === feature.id)!;
    expect(feature.properties.state).toBe('CO');
    expect(feature.geometry?.coordinates ?? null).toEqual(f.location ? [f.location.lon, f.location.lat] : null);
  }
});

test.describe(() => {
  test.skip(!hasHsdsSchemas(), 'the HSDS 3.0 schemas are not in ../shared/standards');

  test('every HSDS service record the site serves validates against compiled/service.json', async ({ request }) => {
    test.setTimeout(120_000);
    const records = (await (await request.get('data/hsds/services.json')).json()) as { id: string }[];
    expect(records).toHaveLength(allFacilities().length);
    const validate = hsdsValidator('compiled/service.json');
    const failures = records.filter((r) => !validate(r)).map((r) => `${r.id}: ${errorsOf(validate).join('; ')}`);
    expect(failures.slice(0, 5)).toEqual([]);
  });

  test('the HSDS data package lists its tables, each served with the fields it declares', async ({ request }) => {
    const pkg = (await (await request.get('data/hsds/datapackage.json')).json()) as {
      profile: string;
      licenses: { title: string }[];
      resources: { path: string; schema: { fields: { name: string }[] } }[];
    };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses.map((l) => l.title).join(' ')).toMatch(/public domain.*CC BY-SA 4\.0/);
    for (const resource of pkg.resources) {
      const text = await (await request.get(`data/hsds/${resource.path}`)).text();
      expect(text.slice(0, text.indexOf('\r\n')), resource.path).toBe(
        resource.schema.fields.map((f) => f.name).join(','),
      );
    }
  });
});
