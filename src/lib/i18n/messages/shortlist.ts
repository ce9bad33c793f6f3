import { plural } from '../format';
import type { Locale } from '../locales';
import { SITE_NAME } from '../../site-config';

/** "1 facility", "12 facilities" / "1 centro", "12 centros". */
const facilities = (locale: Locale, n: number) =>
  plural(
    locale,
    n,
    locale === 'es' ? { one: '{n} centro', other: '{n} centros' } : { one: '{n} facility', other: '{n} facilities' },
  );

/**
 * Every word of the shortlist page, the printed referral packet and the Save
 * controls, one catalogue per language with the same keys.
 */
const en = {
  empty: 'You have not saved any facilities on this device yet.',
  emptyHow: 'Use the Save button on a search result or on a facility’s page, and it will be listed here.',
  findCare: 'Find care',
  loading: 'Loading details…',
  loadFailed: 'The details of your saved facilities could not be loaded. Check your connection; your list is safe.',
  toolsHeading: 'Print, download or share',
  includeNotes: 'Include my notes',
  includeNotesHint: 'In the printout, the CSV file and the share link. Off: your notes stay on this device.',
  coverLabel: 'Note for the cover of the printout (optional)',
  coverHint: 'For example who the list is for, or what you talked about.',
  print: 'Print referral packet',
  csv: 'Download CSV',
  share: 'Make a share link',
  listHeading: (n: number) => `Your list (${facilities('en', n)})`,
  clearAll: 'Clear all',
  cleared: (n: number) => `Cleared ${facilities('en', n)} from your list.`,
  undo: 'Undo',
  restored: 'Your list is back.',
  remove: 'Remove',
  removed: (name: string) => `Removed ${name} from your list.`,
  noteLabel: 'Private note',
  noteHint: 'Kept on this device only.',
  gone: 'This facility is no longer in the directory.',
  moved: (name: string) => `Now part of the listing ${name}.`,
  downloaded: (n: number) => `Downloaded a CSV of ${facilities('en', n)}.`,
  // Facility details
  address: 'Address',
  withheld: 'Address withheld by SAMHSA',
  approximate: 'approximate location',
  phones: 'Phone',
  main: 'Main',
  intake: 'Intake',
  noPhone: 'No phone number on file',
  website: 'Website',
  from: (source: string) => `from the ${source}`,
  levels: 'Levels of care',
  payment: 'Payment',
  specialties: 'Specialties',
  languages: 'Languages',
  source: 'Source',
  status: { 'temporarily-closed': 'Temporarily closed: call before you go.', closed: 'Closed.' } as Record<
    string,
    string
  >,
  note: 'Note',
  // Share
  shareLabel: 'Share link',
  shareWithNotes: 'It carries the facilities and your notes.',
  shareWithoutNotes: 'It carries the facilities, not your notes.',
  shareHow:
    'Open it on another device to see the same list. The list travels inside the link (after the # sign), which browsers never send to a website.',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Select the link and copy it.',
  // A list someone shared
  sharedHeading: (n: number) => `A link shared ${facilities('en', n)} with you`,
  sharedOpened: (n: number) => `Opened a shared list of ${facilities('en', n)}. It is now saved on this device.`,
  sharedSame: 'This link holds the list you already have.',
  sharedRejected: (n: number) =>
    `${n} ${n === 1 ? 'entry' : 'entries'} of the link did not name a facility and ${n === 1 ? 'was' : 'were'} left out.`,
  sharedAdd: 'Add them to my list',
  sharedReplace: 'Replace my list with them',
  sharedIgnore: 'Keep my list as it is',
  sharedAdded: (n: number) => `Your list now has ${facilities('en', n)}.`,
  sharedIgnored: 'Kept your list as it is.',
  // Printed packet
  packetTitle: 'Treatment programs to contact',
  packetPrepared: (date: string) => `Prepared ${date}`,
  packetFrom: (site: string) =>
    `Listings from ${SITE_NAME} (${site}), built from SAMHSA’s national directories. Details change: call before you go.`,
  packetCrisis: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.',
  questionsHeading: 'Questions to ask when you call',
  // Save controls (result cards, facility pages)
  save: 'Save',
  saved: 'Saved',
  added: (name: string) => `Saved ${name} on this device.`,
  removedSaved: (name: string) => `Removed ${name} from your list.`,
  count: (n: number) => (n === 0 ? 'Your list is empty.' : `${facilities('en', n)} on your list.`),
  full: 'Your list is full. Remove a facility from it to save another.',
  storageOff: 'This browser is not letting the site keep a list on this device (storage is off or full).',
  saveWhere: 'Saved facilities stay on this device only.',
  saveList: 'Your saved list',
  verified: (date: string) => `Verified with the facility on ${date}`,
  notVerified: 'Not yet verified with the facility',
  // The page
  pageTitle: 'Saved facilities',
  pageDescription:
    'Facilities you saved on this device: add private notes, print a referral packet, download or share.',
  pageWhere:
    'Your list is kept in this browser’s local storage, on this device only. It is never sent to us or anyone else, and there is no account. Clearing this browser’s site data removes it; to open it on another device, make a share link.',
  noScript: 'The saved list needs JavaScript.',
};

export type ShortlistMessages = typeof en;

const es: ShortlistMessages = {
  empty: 'Todavía no ha guardado ningún centro en este dispositivo.',
  emptyHow: 'Use el botón Guardar en un resultado de búsqueda o en la página de un centro, y aparecerá aquí.',
  findCare: 'Buscar tratamiento',
  loading: 'Cargando los detalles…',
  loadFailed: 'No se pudieron cargar los detalles de sus centros guardados. Revise su conexión; su lista está a salvo.',
  toolsHeading: 'Imprimir, descargar o compartir',
  includeNotes: 'Incluir mis notas',
  includeNotesHint:
    'En la copia impresa, el archivo CSV y el enlace para compartir. Si no lo marca, sus notas se quedan en este dispositivo.',
  coverLabel: 'Nota para la portada de la copia impresa (opcional)',
  coverHint: 'Por ejemplo, para quién es la lista o de qué hablaron.',
  print: 'Imprimir el paquete de referencia',
  csv: 'Descargar CSV',
  share: 'Crear un enlace para compartir',
  listHeading: (n) => `Su lista (${facilities('es', n)})`,
  clearAll: 'Borrar todo',
  cleared: (n) => `Se borraron ${facilities('es', n)} de su lista.`,
  undo: 'Deshacer',
  restored: 'Su lista volvió.',
  remove: 'Quitar',
  removed: (name) => `Se quitó ${name} de su lista.`,
  noteLabel: 'Nota privada',
  noteHint: 'Solo se guarda en este dispositivo.',
  gone: 'Este centro ya no está en el directorio.',
  moved: (name) => `Ahora forma parte del listado ${name}.`,
  downloaded: (n) => `Se descargó un CSV de ${facilities('es', n)}.`,
  address: 'Dirección',
  withheld: 'Dirección no publicada por SAMHSA',
  approximate: 'ubicación aproximada',
  phones: 'Teléfono',
  main: 'Principal',
  intake: 'Admisiones',
  noPhone: 'No hay un número de teléfono registrado',
  website: 'Sitio web',
  from: (source) => `de ${source}`,
  levels: 'Tipos de tratamiento',
  payment: 'Pago',
  specialties: 'Especialidades',
  languages: 'Idiomas',
  source: 'Fuente',
  status: { 'temporarily-closed': 'Cerrado por ahora: llame antes de ir.', closed: 'Cerrado.' },
  note: 'Nota',
  shareLabel: 'Enlace para compartir',
  shareWithNotes: 'Lleva los centros y sus notas.',
  shareWithoutNotes: 'Lleva los centros, no sus notas.',
  shareHow:
    'Ábralo en otro dispositivo para ver la misma lista. La lista va dentro del enlace (después del signo #), y los navegadores nunca la envían a un sitio web.',
  copy: 'Copiar el enlace',
  copied: 'Se copió el enlace.',
  copyFailed: 'Seleccione el enlace y cópielo.',
  sharedHeading: (n) => `Alguien le compartió un enlace con ${facilities('es', n)}`,
  sharedOpened: (n) => `Se abrió una lista compartida de ${facilities('es', n)}. Ya está guardada en este dispositivo.`,
  sharedSame: 'Este enlace tiene la misma lista que usted ya tiene.',
  sharedRejected: (n) =>
    n === 1
      ? '1 elemento del enlace no correspondía a ningún centro y no se incluyó.'
      : `${n} elementos del enlace no correspondían a ningún centro y no se incluyeron.`,
  sharedAdd: 'Agregarlos a mi lista',
  sharedReplace: 'Reemplazar mi lista con estos',
  sharedIgnore: 'Dejar mi lista como está',
  sharedAdded: (n) => `Su lista ahora tiene ${facilities('es', n)}.`,
  sharedIgnored: 'Su lista quedó como estaba.',
  packetTitle: 'Programas de tratamiento para llamar',
  packetPrepared: (date) => `Preparado el ${date}`,
  packetFrom: (site) =>
    `Listados de ${SITE_NAME} (${site}), hechos con los directorios nacionales de SAMHSA. Los datos cambian: llame antes de ir.`,
  packetCrisis:
    'En una crisis, llame o envíe un texto al 988 (988 Lifeline; marque el 2 o envíe AYUDA para hablar en español). En una emergencia, llame al 911.',
  questionsHeading: 'Preguntas para hacer cuando llame',
  save: 'Guardar',
  saved: 'Guardado',
  added: (name) => `Se guardó ${name} en este dispositivo.`,
  removedSaved: (name) => `Se quitó ${name} de su lista.`,
  count: (n) => (n === 0 ? 'Su lista está vacía.' : `${facilities('es', n)} en su lista.`),
  full: 'Su lista está llena. Quite un centro para guardar otro.',
  storageOff:
    'Este navegador no permite que el sitio guarde una lista en este dispositivo (el almacenamiento está apagado o lleno).',
  saveWhere: 'Los centros guardados se quedan solo en este dispositivo.',
  saveList: 'Su lista guardada',
  verified: (date) => `Confirmado con el centro el ${date}`,
  notVerified: 'Todavía no se ha confirmado con el centro',
  pageTitle: 'Centros guardados',
  pageDescription:
    'Los centros que guardó en este dispositivo: agregue notas privadas, imprima un paquete de referencia, descárguelo o compártalo.',
  pageWhere:
    'Su lista se guarda en el almacenamiento local de este navegador, solo en este dispositivo. Nunca se nos envía a nosotros ni a nadie, y no hace falta una cuenta. Si borra los datos de sitios de este navegador, la lista se borra; para abrirla en otro dispositivo, cree un enlace para compartir.',
  noScript: 'La lista guardada necesita JavaScript.',
};

const SHORTLIST: Record<Locale, ShortlistMessages> = { en, es };

export function shortlistMessages(locale: Locale): ShortlistMessages {
  return SHORTLIST[locale];
}
