import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES } from '../../../lib/open-data/hsds/tabular';
import { OPEN_DATA_PATHS } from '../../../lib/open-data/open-data';
import { openDataFile } from '../_open-data';

/** /data/hsds/<table>.csv: one table of the HSDS 3.0 tabular data package (datapackage.json describes them). */
export const getStaticPaths = (() =>
  TABLES.map((t) => ({ params: { table: t.path.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => openDataFile(OPEN_DATA_PATHS.hsdsTable(`${params.table!}.csv`));
