/**
 * Websites become links on the site. The schema already allows only http(s);
 * this adds what a URL parser cannot know: no passwords in the link and no
 * hosts that only exist on someone's own network.
 */
import type { FacilityInput } from '../schema';
import { error, type Finding } from './issue';

/**
 * Reserved or private-use names that never resolve on the public internet
 * (RFC 2606, 6761, 6762, 8375, ICANN's .internal), plus common intranet TLDs.
 */
const PRIVATE_SUFFIXES = [
  'localhost',
  'local',
  'internal',
  'intranet',
  'lan',
  'home',
  'corp',
  'private',
  'test',
  'invalid',
  'example',
  'onion',
  'alt',
  'home.arpa',
  'example.com',
  'example.net',
  'example.org',
];

function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return true; // IP literals: not a facility website
  return PRIVATE_SUFFIXES.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

export function checkWebsite(facility: FacilityInput): Finding[] {
  const website = facility.website;
  if (typeof website !== 'string') return [];
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return []; // the schema reports unparsable URLs
  }
  const findings: Finding[] = [];
  if (url.username || url.password) {
    findings.push(
      error(
        ['website'],
        'contains a user name or password',
        'remove the "user:password@" part; link to the public page',
      ),
    );
  }
  if (isPrivateHost(url.hostname)) {
    findings.push(
      error(
        ['website'],
        `host "${url.hostname}" is not a public website`,
        "use the facility's public address, e.g. https://www.facility-name.org",
      ),
    );
  }
  return findings;
}
