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

/** What is wrong with a website link beyond its syntax (a password in it, a private host); empty when nothing. */
export function websiteProblems(website: string): { problem: string; fix: string }[] {
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return []; // the schema reports unparsable URLs
  }
  const problems: { problem: string; fix: string }[] = [];
  if (url.username || url.password) {
    problems.push({
      problem: 'contains a user name or password',
      fix: 'remove the "user:password@" part; link to the public page',
    });
  }
  if (isPrivateHost(url.hostname)) {
    problems.push({
      problem: `host "${url.hostname}" is not a public website`,
      fix: "use the facility's public address, e.g. https://www.facility-name.org",
    });
  }
  return problems;
}

/** The staff website and the one from SAMHSA's locator are links alike: both are checked. */
export function checkWebsite(facility: FacilityInput): Finding[] {
  const findings: Finding[] = [];
  if (typeof facility.website === 'string') {
    for (const p of websiteProblems(facility.website)) findings.push(error(['website'], p.problem, p.fix));
  }
  const sourced = facility.samhsaWebsite?.url;
  if (typeof sourced === 'string') {
    for (const p of websiteProblems(sourced)) {
      findings.push(
        error(
          ['samhsaWebsite', 'url'],
          p.problem,
          'set website to the right address (it wins), or list samhsaWebsite in curatedFields and delete it',
        ),
      );
    }
  }
  return findings;
}
