import { existsSync } from 'node:fs';

/**
 * Flags for Debian's Chromium in a sandboxed, offline machine: without the
 * background-networking flags Chromium keeps trying to reach Google hosts.
 */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CHROMIUM_PATH overrides; otherwise Debian's package location. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with "apt-get install -y chromium" or set CHROMIUM_PATH.`,
    );
  }
  return path;
}
