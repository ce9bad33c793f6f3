import { parse } from 'csv-parse/sync';
import { v5 as uuidv5, validate as isUuid, version as uuidVersion } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeFacility } from '../../search/testing';
import { listingOf } from '../listing';
import { HSDS_NAMESPACE, hsdsId } from './ids';
import { facilityRows } from './records';
import { serviceRecord } from './service';
import { dataPackage, TABLES } from './tabular';
import { attributeRefs, TAXONOMIES, taxonomyTerms } from './taxonomy';
import { errorsOf, hasHsdsSchemas, hsdsValidator, readHsdsSchema } from './testing';
import { loadBundledOpenData } from '../testing';
import { OPEN_DATA_PATHS, type OpenData } from '../open-data';

const pageUrl = (id: string) => `https://example.org/facilities/${id}/`;

/** SYNTHETIC: an IOP in SAMHSA's substance-use directory that staff verified and marked as serving veterans. */
const verifiedIop = makeFacility({
  id: 'synthetic-iop-denver-co',
  name: 'Synthetic Recovery Center',
  alternateName: 'Evening IOP',
  phone: '303-555-0100 x12',
  intakePhones: ['303-555-0199'],
  website: 'https://synthetic.example/',
  levelsOfCare: ['outpatient', 'intensive-outpatient'],
  specialties: ['veterans'],
  payment: ['medicaid'],
  languages: ['spanish', 'other'],
  samhsa: [{ directory: 'su', year: 2023, codes: ['OP', 'ORT', 'OIT', 'MD', 'SP', 'FX'] }],
  lastVerified: '2026-02-10',
  curatedFields: ['specialties'],
});

/** SYNTHETIC: a mental-health listing whose address SAMHSA withholds, placed at its ZIP centroid. */
const withheld = makeFacility({
  id: 'synthetic-withheld-co',
  address: { city: 'Denver', state: 'CO', zip: '80203' },
  location: { lat: 39.73, lon: -104.98, precision: 'zip-centroid' },
  status: 'temporarily-closed',
  samhsa: [{ directory: 'mh', year: 2024, codes: ['OP'] }],
  levelsOfCare: ['outpatient'],
});

const rowsOf = (f: typeof verifiedIop) => facilityRows(f, listingOf(f, pageUrl));

describe('HSDS ids', () => {
  it('are UUIDv5 in a namespace of their own, the same in every build', () => {
    expect(HSDS_NAMESPACE).toBe(uuidv5('https://github.com/iop-finder/iop-finder#hsds', uuidv5.URL));
    const id = hsdsId('service', 'synthetic-iop-denver-co');
    expect(isUuid(id) && uuidVersion(id)).toBe(5);
    // Written out: a change to how ids are made would break every consumer's links.
    expect(id).toBe('d6656e51-6ebe-5aef-b5e4-eb0be2e3d72d');
    expect(hsdsId('location', 'synthetic-iop-denver-co')).not.toBe(id);
  });
});

describe('HSDS attributes', () => {
  it("link each fact to the SAMHSA code of the facility's own rows, or to the site's term when staff added it", () => {
    const terms = new Map(taxonomyTerms().map((t) => [t.id, t]));
    const refs = attributeRefs(verifiedIop).map((r) => ({
      type: r.linkType,
      value: r.value,
      code: terms.get(r.taxonomyTermId)!.code,
      taxonomy: terms.get(r.taxonomyTermId)!.taxonomy_id,
    }));
    const su = TAXONOMIES[0]!.id;
    const site = TAXONOMIES[2]!.id;
    expect(refs).toEqual([
      { type: 'level_of_care', value: 'Outpatient', code: 'ORT', taxonomy: su },
      { type: 'level_of_care', value: 'Intensive outpatient (IOP)', code: 'OIT', taxonomy: su },
      { type: 'specialty', value: 'Veterans', code: 'veterans', taxonomy: site },
      { type: 'payment', value: 'Medicaid', code: 'MD', taxonomy: su },
      { type: 'language', value: 'Spanish', code: 'SP', taxonomy: su },
      { type: 'language', value: 'Other languages', code: 'FX', taxonomy: su },
    ]);
  });

  it('every SAMHSA code term and site term has a unique id, and every attribute points at one', () => {
    const terms = taxonomyTerms();
    expect(new Set(terms.map((t) => t.id)).size).toBe(terms.length);
    const ids = new Set(terms.map((t) => t.id));
    for (const f of [verifiedIop, withheld])
      for (const r of attributeRefs(f)) expect(ids.has(r.taxonomyTermId)).toBe(true);
  });
});

const service = () => hsdsValidator('compiled/service.json');

describe.skipIf(!hasHsdsSchemas())('HSDS records against the HSDS 3.0 schemas (../shared/standards)', () => {
  it('a verified facility: a valid service with assured_date, phones with extension, languages and website', () => {
    const record = serviceRecord(rowsOf(verifiedIop));
    expect(service()(record), errorsOf(service()).join('\n')).toBe(true);
    expect(record.assured_date).toBe('2026-02-10');
    expect(record.status).toBe('active');
    expect(record.url).toBe('https://synthetic.example/');
    expect(record.phones).toEqual([
      expect.objectContaining({ number: '303-555-0100', extension: 12, description: 'Main' }),
      expect.objectContaining({ number: '303-555-0199', description: 'Intake' }),
    ]);
    // "Other languages" names no language: an attribute, not a language entry.
    expect(record.languages.map((l) => [l.name, l.code])).toEqual([['Spanish', 'es']]);
    expect(record.service_at_locations[0]!.location.addresses[0]).toMatchObject({
      address_1: '1 Main St',
      state_province: 'CO',
      postal_code: '80203',
      country: 'US',
    });
  });

  it('a withheld address and an approximate point are said, not hidden; no verification means no assured_date', () => {
    const record = serviceRecord(rowsOf(withheld));
    expect(service()(record), errorsOf(service()).join('\n')).toBe(true);
    expect(record.assured_date).toBeUndefined();
    expect(record.status).toBe('temporarily closed');
    const { location } = record.service_at_locations[0]!;
    expect(location.addresses).toEqual([]);
    expect(location.description).toMatch(/withheld by SAMHSA.*middle of the ZIP code area/);
  });

  it('a broken record fails: the validator is really checking', () => {
    const record = serviceRecord(rowsOf(verifiedIop)) as Record<string, unknown>;
    expect(service()({ ...record, id: 'not-a-uuid' })).toBe(false);
    expect(service()({ ...record, status: 'open' })).toBe(false);
    const tabular = hsdsValidator('compiled/tabular.json');
    expect(tabular({ service: [{ id: 'not-a-uuid', name: 'x', status: 'active' }] })).toBe(false);
    expect(tabular({ service: [{ id: record.id, name: 'x', status: 'active' }] })).toBe(true);
  });

  it('the published tables use HSDS field names and types', () => {
    const tabular = readHsdsSchema('compiled/tabular.json') as {
      properties: Record<
        string,
        { items: { properties: Record<string, { type: string; format?: string; datapackage_type?: string }> } }
      >;
    };
    for (const table of TABLES) {
      const props = tabular.properties[table.object]?.items.properties;
      expect(props, table.object).toBeDefined();
      for (const field of table.fields) {
        const spec = props![field.name];
        expect(spec, `${table.object}.${field.name}`).toBeDefined();
        expect(field.type === 'date' ? spec!.datapackage_type : spec!.type, `${table.object}.${field.name}`).toBe(
          field.type,
        );
        if (field.format) expect(spec!.format).toBe(field.format);
      }
    }
    const pkg = dataPackage({
      name: 'x',
      title: 'x',
      description: 'x',
      created: '',
      homepage: '',
      sources: [],
      licenses: [],
    });
    expect(pkg.resources.map((r) => r.path)).toEqual(TABLES.map((t) => t.path));
  });
});

/** Every table of the tabular package, parsed from its CSV with each column typed as the HSDS schema says. */
function parseTables(data: OpenData): Record<string, Record<string, unknown>[]> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of TABLES) {
    const rows = parse(data.take(OPEN_DATA_PATHS.hsdsTable(table.path)), { columns: true }) as Record<string, string>[];
    tables[table.object] = rows.map((row) => {
      const typed: Record<string, unknown> = {};
      for (const field of table.fields) {
        const value = row[field.name];
        if (value === undefined || value === '') continue;
        typed[field.name] = field.type === 'number' ? Number(value) : value;
      }
      return typed;
    });
  }
  return tables;
}

describe.skipIf(!hasHsdsSchemas())('HSDS output of the bundled directory', () => {
  let data: OpenData;
  beforeAll(() => {
    data = loadBundledOpenData();
  }, 120_000);

  it('every service record validates against compiled/service.json, with unique ids', () => {
    const records = JSON.parse(data.take(OPEN_DATA_PATHS.hsdsServices)) as { id: string; assured_date?: string }[];
    expect(records.length).toBe(data.count());
    const validate = service();
    const failures: string[] = [];
    for (const record of records) {
      if (!validate(record)) failures.push(`${record.id}: ${errorsOf(validate).slice(0, 3).join('; ')}`);
    }
    expect(failures.slice(0, 5)).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  }, 120_000);

  it('every taxonomy term and taxonomy validates', () => {
    const term = hsdsValidator('taxonomy_term.json');
    const taxonomy = hsdsValidator('taxonomy.json');
    for (const t of JSON.parse(data.take(OPEN_DATA_PATHS.hsdsTaxonomyTerms)) as unknown[]) {
      expect(term(t), errorsOf(term).join('; ')).toBe(true);
    }
    for (const t of JSON.parse(data.take(OPEN_DATA_PATHS.hsdsTaxonomies)) as unknown[]) {
      expect(taxonomy(t), errorsOf(taxonomy).join('; ')).toBe(true);
    }
  });

  it('the tabular package validates against compiled/tabular.json, with its required links and no dangling one', () => {
    const tables = parseTables(data);
    const validate = hsdsValidator('compiled/tabular.json');
    expect(validate(tables), errorsOf(validate).slice(0, 5).join('\n')).toBe(true);
    // Table Schema's own "required in a CSV" list, which JSON Schema does not check.
    const tabular = readHsdsSchema('compiled/tabular.json') as {
      properties: Record<string, { items: { tabular_required?: string[] } }>;
    };
    for (const [object, rows] of Object.entries(tables)) {
      for (const name of tabular.properties[object]!.items.tabular_required ?? []) {
        expect(rows.filter((r) => r[name] === undefined).length, `${object}.${name}`).toBe(0);
      }
    }
    const ids = (object: string) => new Set(tables[object]!.map((r) => r.id));
    const links: [string, string, string][] = [
      ['service', 'organization_id', 'organization'],
      ['location', 'organization_id', 'organization'],
      ['service_at_location', 'service_id', 'service'],
      ['service_at_location', 'location_id', 'location'],
      ['address', 'location_id', 'location'],
      ['phone', 'service_id', 'service'],
      ['language', 'service_id', 'service'],
      ['attribute', 'link_id', 'service'],
      ['attribute', 'taxonomy_term_id', 'taxonomy_term'],
      ['taxonomy_term', 'taxonomy_id', 'taxonomy'],
    ];
    for (const [object, field, target] of links) {
      const known = ids(target);
      expect(tables[object]!.filter((r) => !known.has(r[field])).length, `${object}.${field}`).toBe(0);
    }
    expect(tables.service!.length).toBe(data.count());
    const verified = tables.service!.filter((s) => s.assured_date).length;
    expect(verified).toBe(data.listings().filter((l) => l.lastVerified).length);
  }, 120_000);
});
