import { SITE_NAME } from '../../lib/site-config';

const facilities = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'facility' : 'facilities'}`;

/** Every word of the shortlist page, in one place for translation. */
export const T = {
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
  listHeading: (n: number) => `Your list (${facilities(n)})`,
  clearAll: 'Clear all',
  cleared: (n: number) => `Cleared ${facilities(n)} from your list.`,
  undo: 'Undo',
  restored: 'Your list is back.',
  remove: 'Remove',
  removed: (name: string) => `Removed ${name} from your list.`,
  noteLabel: 'Private note',
  noteHint: 'Kept on this device only.',
  gone: 'This facility is no longer in the directory.',
  moved: (name: string) => `Now part of the listing ${name}.`,
  downloaded: (n: number) => `Downloaded a CSV of ${facilities(n)}.`,
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
  sharedHeading: (n: number) => `A link shared ${facilities(n)} with you`,
  sharedOpened: (n: number) => `Opened a shared list of ${facilities(n)}. It is now saved on this device.`,
  sharedSame: 'This link holds the list you already have.',
  sharedRejected: (n: number) =>
    `${n} ${n === 1 ? 'entry' : 'entries'} of the link did not name a facility and ${n === 1 ? 'was' : 'were'} left out.`,
  sharedAdd: 'Add them to my list',
  sharedReplace: 'Replace my list with them',
  sharedIgnore: 'Keep my list as it is',
  sharedAdded: (n: number) => `Your list now has ${facilities(n)}.`,
  sharedIgnored: 'Kept your list as it is.',
  // Printed packet
  packetTitle: 'Treatment programs to contact',
  packetPrepared: (date: string) => `Prepared ${date}`,
  packetFrom: (site: string) =>
    `Listings from ${SITE_NAME} (${site}), built from SAMHSA’s national directories. Details change: call before you go.`,
  packetCrisis: 'In a crisis, call or text 988 (Suicide & Crisis Lifeline). In an emergency, call 911.',
  questionsHeading: 'Questions to ask when you call',
};
