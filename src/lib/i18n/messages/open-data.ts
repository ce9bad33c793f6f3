import type { DownloadWords } from '../../open-data/catalog';
import type { Locale } from '../locales';
import { rich, type Rich } from '../rich';
import { SPANISH_COLUMN_DESCRIPTIONS } from './open-data-columns';

/**
 * Every word of the open-data page (/data/, /es/data/), so that the page
 * file only lays them out and can move without its text. Counts, dates,
 * sizes, column names and citations are passed in, never written here. The
 * files themselves are not translated: column names and values stay in
 * English, and the Spanish page says so.
 */

/** Why a column of the CSV and GeoJSON files holds what it holds, as the page documents it. */
interface DocumentedColumn {
  name: string;
  description: string;
}

const OPEN_REFERRAL_DOCS = 'https://docs.openreferral.org/en/latest/';
const CC_BY_SA = 'https://creativecommons.org/licenses/by-sa/4.0/';

/** "a, b, c" as code, for column and attribute names in running text. */
const codes = (names: readonly string[]): Rich =>
  names.flatMap((name, i) => (i ? [', ', { code: name }] : [{ code: name }]));

const EN_DOWNLOADS: DownloadWords = {
  directoryCsv: {
    title: 'Whole directory, CSV',
    description: 'One row per facility, with the fields below. Opens in any spreadsheet.',
  },
  directoryGeoJson: {
    title: 'Whole directory, GeoJSON',
    description:
      'One point feature per facility (RFC 7946), with the same fields as properties. Opens in QGIS and most map tools.',
  },
  hsdsServices: {
    title: 'HSDS service records',
    description:
      "An array of HSDS 3.0 services, one per facility, each in the shape of the standard's compiled service schema: organization, location and address, phones, languages and attributes.",
  },
  hsdsTaxonomyTerms: {
    title: 'HSDS taxonomy terms',
    description: "The terms attributes point at: SAMHSA service codes, and the site's own terms.",
  },
  hsdsTaxonomies: { title: 'HSDS taxonomies', description: 'The three taxonomies the terms belong to.' },
  hsdsPackage: {
    title: 'HSDS tabular data package',
    description: 'datapackage.json: describes the CSV tables below (Frictionless Data), with sources and licences.',
  },
  hsdsTable: (object, fields) => `HSDS ${object} table: ${fields.join(', ')}.`,
};

const en = {
  title: 'Open data: download the directory',
  description:
    'Download every treatment facility in the directory as CSV, GeoJSON or Open Referral HSDS 3.0, in full or by state. Public domain data from SAMHSA.',
  heading: 'Open data',
  intro: (count: string, built: string): Rich => [
    `Every listing of this directory, ${count} facilities (closed ones included, marked closed), is free to download, reuse and republish. The files below were made on `,
    { strong: built },
    ', with this version of the site, from the same listings its pages show.',
  ],
  /** What a reader of another language needs to know about the files; nothing in English. */
  filesLanguage: '',
  sizes:
    'Sizes are of the files as stored. Web servers that compress downloads send much less: the whole-directory CSV, for one, compresses to about a tenth of its size.',
  directoryHeading: 'The whole directory',
  statesHeading: 'By state or territory',
  statesIntro: 'The same fields as the whole directory, for one state or territory.',
  statesCaption: 'Downloads by state or territory',
  statesColumns: { place: 'State or territory', facilities: 'Facilities' },
  /** Hidden after "CSV" and "GeoJSON" in a state's row, so each link names its state. */
  forState: (name: string) => ` for ${name}`,
  fieldsHeading: 'Fields of the CSV and GeoJSON files',
  fieldsIntro:
    'CSV files are UTF-8 without a byte order mark, comma-separated, with a header row and CRLF line ends (RFC 4180). Lists are separated by a semicolon and a space. An empty cell means the data has no value. In GeoJSON the point is the geometry, [longitude, latitude], and the other fields are properties (no point: a null geometry). Column names and meanings do not change; new columns are added at the end.',
  fieldsCaption: 'Fields of the directory files',
  fieldsColumns: { name: 'Column', meaning: 'What it holds' },
  /** The page's description of a column. */
  column: (column: DocumentedColumn) => column.description,
  hsdsHeading: 'Open Referral HSDS 3.0',
  hsdsIntro: rich(
    'The whole directory in the ',
    { link: 'Human Services Data Specification', href: OPEN_REFERRAL_DOCS },
    ' (HSDS) 3.0 of Open Referral, the open standard for directories of health and human services. Each facility is an organization that provides one service at one physical location.',
  ),
  hsdsIds: (idType: string): Rich => [
    "Ids are UUID version 5, made from the facility's id, so the same facility keeps the same ids in every edition of these files. A location's ",
    { code: 'external_identifier' },
    ` is the facility's id (${idType}).`,
  ],
  hsdsAttributes: (linkTypes: readonly string[]): Rich => [
    linkTypes.map((t) => t.replace(/_/g, ' ')).join(', '),
    ': attributes of the service, one per fact, its ',
    { code: 'link_type' },
    ' naming the kind and its ',
    { code: 'value' },
    " this site's label. Each points at the SAMHSA service code (taxonomy term) in the facility's own SAMHSA record that states the fact; where staff added a fact no code states, it points at this site's own term.",
  ],
  hsdsAssured: rich(
    { code: 'assured_date' },
    ' is the date staff last confirmed the listing with the facility, when they have.',
  ),
  hsdsWithheld:
    "A withheld street address has no address record; an approximate point says so in the location's description.",
  hsdsTablesHeading: 'Tabular data package (CSV tables)',
  yourListsHeading: 'Your own lists as CSV',
  yourListsIntro: (savedHref: string): Rich => [
    "The finder's results and your ",
    { link: 'saved list', href: savedHref },
    ' download as CSV in your browser; nothing is sent anywhere. They use the columns above, with the same names and meanings, and start with a byte order mark so that Excel reads accents right. Text that a spreadsheet would run as a formula starts with an apostrophe.',
  ],
  finderColumns: (extra: readonly DocumentedColumn[], shared: readonly string[]): Rich => [
    { strong: 'Finder results' },
    ' (every result, not only the page shown): ',
    ...extra.flatMap((c): Rich => [{ code: c.name }, ` (${c.description}) `]),
    `then ${shared.join(', ')}. Coordinates have four decimals, and `,
    { code: 'phone' },
    ' is the first intake line when a facility has no main phone.',
  ],
  shortlistColumns: (extra: readonly DocumentedColumn[]): Rich => [
    { strong: 'Saved list' },
    ': every column above, then ',
    ...extra.flatMap((c): Rich => [{ code: c.name }, ` (${c.description})`]),
    '.',
  ],
  licenceHeading: 'Licence and attribution',
  licenceIntro: rich(
    'The facility data comes from the national directories of the Substance Abuse and Mental Health Services Administration (SAMHSA), works of the U.S. government and in the ',
    { strong: 'public domain' },
    '. SAMHSA asks to be cited as the source and that the data not be sold. Please cite:',
  ),
  citeSite: (siteName: string, built: string) => `${siteName}, open data of ${built}`,
  hsdsLicence: rich(
    'The HSDS files follow the Open Referral Human Services Data Specification 3.0, © Open Referral, licensed ',
    { link: 'CC BY-SA 4.0', href: CC_BY_SA },
    '. If you publish the specification itself, or a work based on it, credit Open Referral under the same licence.',
  ),
  aboutData: (aboutHref: string): Rich => [
    'Where listings come from and how they are checked: ',
    { link: 'About the data', href: aboutHref },
    '.',
  ],
  downloads: EN_DOWNLOADS,
};

export type OpenDataMessages = typeof en;

const es: OpenDataMessages = {
  title: 'Datos abiertos: descargue el directorio',
  description:
    'Descargue todos los centros de tratamiento del directorio en CSV, GeoJSON u Open Referral HSDS 3.0, completo o por estado. Datos de dominio público de SAMHSA.',
  heading: 'Datos abiertos',
  intro: (count, built) => [
    `Todos los listados de este directorio, ${count} centros (incluidos los que cerraron, marcados como cerrados), se pueden descargar, usar y volver a publicar gratis. Los archivos de abajo se hicieron el `,
    { strong: built },
    ', con esta versión del sitio, a partir de los mismos listados que muestran sus páginas.',
  ],
  filesLanguage:
    'Los archivos están en inglés: los nombres de las columnas y sus valores (por ejemplo, los niveles de atención). Aquí se explica cada columna en español.',
  sizes:
    'Los tamaños son los de los archivos guardados. Los servidores web que comprimen las descargas envían mucho menos: el CSV del directorio completo, por ejemplo, se comprime a más o menos una décima parte de su tamaño.',
  directoryHeading: 'El directorio completo',
  statesHeading: 'Por estado o territorio',
  statesIntro: 'Los mismos campos que el directorio completo, para un estado o territorio.',
  statesCaption: 'Descargas por estado o territorio',
  statesColumns: { place: 'Estado o territorio', facilities: 'Centros' },
  forState: (name) => ` de ${name}`,
  fieldsHeading: 'Campos de los archivos CSV y GeoJSON',
  fieldsIntro:
    'Los archivos CSV están en UTF-8 sin marca de orden de bytes (BOM), separados por comas, con una fila de encabezados y fines de línea CRLF (RFC 4180). En las listas, los valores se separan con punto y coma y un espacio. Una celda vacía quiere decir que el dato no tiene valor. En GeoJSON, el punto es la geometría, [longitud, latitud], y los demás campos son propiedades (sin punto, la geometría es nula). Los nombres y el significado de las columnas no cambian; las columnas nuevas se agregan al final.',
  fieldsCaption: 'Campos de los archivos del directorio',
  fieldsColumns: { name: 'Columna', meaning: 'Qué contiene' },
  column: (column) => SPANISH_COLUMN_DESCRIPTIONS[column.name] ?? column.description,
  hsdsHeading: 'Open Referral HSDS 3.0',
  hsdsIntro: [
    'El directorio completo en la ',
    { link: 'Human Services Data Specification', href: OPEN_REFERRAL_DOCS },
    ' (HSDS) 3.0 de Open Referral, el estándar abierto para directorios de servicios de salud y servicios sociales. Cada centro es una organización que da un servicio en un lugar físico.',
  ],
  hsdsIds: (idType) => [
    'Los identificadores son UUID versión 5, hechos a partir del identificador del centro, así que el mismo centro conserva los mismos identificadores en cada edición de estos archivos. El ',
    { code: 'external_identifier' },
    ` de un lugar (location) es el identificador del centro (${idType}).`,
  ],
  hsdsAttributes: (linkTypes) => [
    ...codes(linkTypes),
    ': atributos del servicio, uno por dato; su ',
    { code: 'link_type' },
    ' nombra el tipo y su ',
    { code: 'value' },
    ' es la etiqueta de este sitio (en inglés). Cada uno apunta al código de servicio de SAMHSA (término de taxonomía) que afirma ese dato en el registro de SAMHSA del propio centro; cuando el personal agregó un dato que ningún código afirma, apunta a un término propio de este sitio.',
  ],
  hsdsAssured: [
    { code: 'assured_date' },
    ' es la fecha en que el personal confirmó por última vez el listado con el centro, si lo ha hecho.',
  ],
  hsdsWithheld:
    'Una dirección que SAMHSA no publica no tiene registro de dirección; un punto aproximado lo dice en la descripción del lugar.',
  hsdsTablesHeading: 'Paquete de datos tabulares (tablas CSV)',
  yourListsHeading: 'Sus propias listas en CSV',
  yourListsIntro: (savedHref) => [
    'Los resultados del buscador y su ',
    { link: 'lista guardada', href: savedHref },
    ' se descargan como CSV en su navegador; no se envía nada a ningún lado. Usan las columnas de arriba, con los mismos nombres y significados, y empiezan con una marca de orden de bytes para que Excel lea bien los acentos. El texto que una hoja de cálculo tomaría como fórmula empieza con un apóstrofo.',
  ],
  finderColumns: (extra, shared) => [
    { strong: 'Resultados del buscador' },
    ' (todos los resultados, no solo la página que se muestra): ',
    ...extra.flatMap((c): Rich => [{ code: c.name }, ` (${es.column(c)}) `]),
    'y luego ',
    ...codes(shared),
    '. Las coordenadas tienen cuatro decimales, y ',
    { code: 'phone' },
    ' es la primera línea de admisión cuando un centro no tiene teléfono principal.',
  ],
  shortlistColumns: (extra) => [
    { strong: 'Lista guardada' },
    ': todas las columnas de arriba y luego ',
    ...extra.flatMap((c): Rich => [{ code: c.name }, ` (${es.column(c)})`]),
    '.',
  ],
  licenceHeading: 'Licencia y atribución',
  licenceIntro: [
    'Los datos de los centros vienen de los directorios nacionales de la Administración de Servicios de Salud Mental y Abuso de Sustancias (SAMHSA), obras del gobierno de los Estados Unidos y de ',
    { strong: 'dominio público' },
    '. SAMHSA pide que se le cite como fuente y que los datos no se vendan. Por favor, cite:',
  ],
  citeSite: (siteName, built) => `${siteName}, datos abiertos del ${built}`,
  hsdsLicence: [
    'Los archivos HSDS siguen la Human Services Data Specification 3.0 de Open Referral, © Open Referral, con licencia ',
    { link: 'CC BY-SA 4.0', href: CC_BY_SA },
    '. Si publica la especificación misma, o una obra basada en ella, dé crédito a Open Referral con la misma licencia.',
  ],
  aboutData: (aboutHref) => [
    'De dónde vienen los listados y cómo se revisan: ',
    { link: 'Acerca de los datos', href: aboutHref },
    '.',
  ],
  downloads: {
    directoryCsv: {
      title: 'Directorio completo, CSV',
      description: 'Una fila por centro, con los campos de abajo. Se abre en cualquier hoja de cálculo.',
    },
    directoryGeoJson: {
      title: 'Directorio completo, GeoJSON',
      description:
        'Un punto (feature) por centro (RFC 7946), con los mismos campos como propiedades. Se abre en QGIS y en la mayoría de las herramientas de mapas.',
    },
    hsdsServices: {
      title: 'Registros de servicios HSDS',
      description:
        'Una lista (array) de servicios HSDS 3.0, uno por centro, cada uno con la forma del esquema compilado de servicio del estándar: organización, lugar y dirección, teléfonos, idiomas y atributos.',
    },
    hsdsTaxonomyTerms: {
      title: 'Términos de taxonomía HSDS',
      description:
        'Los términos a los que apuntan los atributos: los códigos de servicio de SAMHSA y los términos propios del sitio.',
    },
    hsdsTaxonomies: { title: 'Taxonomías HSDS', description: 'Las tres taxonomías a las que pertenecen los términos.' },
    hsdsPackage: {
      title: 'Paquete de datos tabulares HSDS',
      description: 'datapackage.json: describe las tablas CSV de abajo (Frictionless Data), con fuentes y licencias.',
    },
    hsdsTable: (object, fields) => `Tabla ${object} de HSDS: ${fields.join(', ')}.`,
  },
};

const OPEN_DATA: Record<Locale, OpenDataMessages> = { en, es };

export function openDataMessages(locale: Locale): OpenDataMessages {
  return OPEN_DATA[locale];
}
