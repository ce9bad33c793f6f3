/**
 * What each column of the open-data files holds, in Spanish, by column name,
 * for the Spanish /data/ page. The English descriptions live with the columns
 * themselves (src/lib/open-data/columns.ts, src/lib/export/downloads.ts);
 * open-data.test.ts fails when a column has no Spanish description here.
 * Column names and cell values stay in English: they are a published contract.
 */
const LIST = '(valores separados por "; ")';

export const SPANISH_COLUMN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'Identificador estable; la página del centro es /facilities/<id>/ (en español, /es/facilities/<id>/).',
  name: 'Nombre del centro.',
  alternate_name: 'Nombre del programa o nombre comercial ("doing business as").',
  status: '"active" (abierto), "temporarily-closed" (cerrado por un tiempo) o "closed" (cerrado).',
  street1: 'Primera línea de la dirección; vacía cuando SAMHSA no publica la dirección.',
  street2: 'Oficina (suite), edificio o piso.',
  city: 'Ciudad o pueblo.',
  state: 'Código de estado o territorio del Servicio Postal (USPS), por ejemplo CO.',
  zip: 'Código postal de cinco dígitos (como texto, para conservar los ceros al principio).',
  latitude: 'Latitud en grados decimales (WGS84); vacía cuando no se conoce el punto.',
  longitude: 'Longitud en grados decimales (WGS84).',
  location_precision:
    '"exact" (dirección ubicada en el mapa) o "zip-centroid" (aproximada: el punto medio de la zona del código postal).',
  phone: 'Teléfono principal, 555-123-4567 (" x12" agrega una extensión).',
  intake_phones: `Líneas de admisión ${LIST}.`,
  website: 'Sitio web (http o https).',
  website_source:
    'De dónde viene el sitio web cuando el personal no lo ha confirmado: el localizador de tratamiento de SAMHSA y el año.',
  levels_of_care: `Niveles de atención que ofrece ${LIST}.`,
  care_focus: `Lo que trata el centro, como salud mental o consumo de sustancias ${LIST}.`,
  specialties: `Programas especiales y grupos que atiende ${LIST}.`,
  ages: `Grupos de edad que acepta ${LIST}.`,
  payment: `Formas de pago, seguros y fondos que acepta ${LIST}.`,
  languages: `Idiomas además del inglés ${LIST}.`,
  medications: `Medicamentos para el trastorno por consumo de opioides o de alcohol ${LIST}.`,
  therapies: `Enfoques de tratamiento ${LIST}.`,
  telehealth: '"yes" si ofrece tratamiento por video o por teléfono.',
  last_verified:
    'Fecha (AAAA-MM-DD) en que el personal confirmó por última vez el listado con el centro; vacía si nunca se ha confirmado.',
  verification:
    'Qué tan al día está el listado, en palabras (en inglés), por ejemplo "From the SAMHSA directory of 2024, not yet verified".',
  sources: `Ediciones de los directorios de SAMHSA de donde viene el listado ${LIST}.`,
  page_url: 'La página del centro en este sitio.',
  result: 'Posición en los resultados, desde 1.',
  distance_miles: 'Millas desde el lugar buscado, con un decimal; vacía cuando la búsqueda no tenía lugar.',
  note: 'Su nota privada, si eligió incluir las notas; si no, vacía.',
};
