/**
 * Interactive prompts for `npm run facility:new` when flags are missing and
 * the terminal is interactive. Every answer goes through the same parser as
 * the flag, so a typo is caught and asked again instead of failing at the end.
 */
import { CODED_VOCABULARIES, type Term } from '../taxonomy';
import { flagError, UsageError } from './cli';
import {
  LIST_FLAGS,
  parsePhone,
  parseState,
  parseTerms,
  parseText,
  parseVerified,
  parseWebsite,
  parseZip,
  type ListFlag,
} from './facility-input';
import type { NewFacilityFlags } from './new-facility';

/** Ask one question, resolve with the answer (no trailing newline). */
export type Ask = (question: string) => Promise<string>;

function choices(flag: ListFlag): string {
  const terms = CODED_VOCABULARIES[LIST_FLAGS[flag]] as readonly Term[];
  return terms.map((t) => `    ${t.id.padEnd(26)} ${t.label}`).join('\n');
}

/**
 * Ask for each missing required flag (and offer the common optional ones),
 * re-asking until the answer parses. Returns the completed flags.
 */
export async function promptMissing(
  flags: NewFacilityFlags,
  ask: Ask,
  print: (line: string) => void,
  today: string,
): Promise<NewFacilityFlags> {
  const out: NewFacilityFlags = { ...flags };
  const askUntil = async (question: string, check: (answer: string) => unknown, optional = false) => {
    for (;;) {
      const answer = (await ask(question)).trim();
      if (optional && answer === '') return undefined;
      try {
        check(answer);
        return answer;
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        print(`  ${error.message}`);
      }
    }
  };
  print('Add a facility. Press Enter to skip an optional question; Ctrl+C to stop without writing anything.');
  if (out.name === undefined) out.name = await askUntil('Facility name: ', (a) => parseText('--name', a));
  if (out.street === undefined)
    out.street = await askUntil('Street address (first line): ', (a) => parseText('--street', a));
  if (out.street2 === undefined) {
    out.street2 = await askUntil('Suite, building or floor (optional): ', (a) => parseText('--street2', a), true);
  }
  let zipCity: string | undefined;
  let zipState: string | undefined;
  if (out.zip === undefined) {
    out.zip = await askUntil('ZIP code: ', (a) => parseZip(a));
  }
  try {
    const centroid = parseZip(out.zip!).centroid;
    zipCity = centroid?.city;
    zipState = centroid?.state;
  } catch {
    // a bad --zip flag is reported by buildNewFacility
  }
  if (out.city === undefined) {
    const answer = await askUntil(
      `City${zipCity ? ` [${zipCity}]` : ''}: `,
      (a) => (a || !zipCity ? parseText('--city', a) : a),
      !!zipCity,
    );
    out.city = answer || zipCity;
  }
  if (out.state === undefined) {
    const answer = await askUntil(
      `State (two letters)${zipState ? ` [${zipState}]` : ''}: `,
      (a) => (a || !zipState ? parseState(a) : a),
      !!zipState,
    );
    out.state = answer || zipState;
  }
  if (out.phone === undefined) out.phone = await askUntil('Main phone: ', (a) => parsePhone('--phone', a));
  if (out.website === undefined) out.website = await askUntil('Website (optional): ', (a) => parseWebsite(a), true);
  for (const flag of ['levels', 'focus'] as const) {
    if (out[flag]?.length) continue;
    print(`${flag === 'levels' ? 'Levels of care' : 'Care focus'}, comma-separated:\n${choices(flag)}`);
    const answer = await askUntil(`${flag}: `, (a) => {
      if (parseTerms(flag, [a]).length === 0)
        throw flagError(`--${flag}`, 'needs at least one id', 'type ids from the list');
    });
    out[flag] = [answer!];
  }
  for (const flag of ['ages', 'payment', 'specialties'] as const) {
    if (out[flag]?.length) continue;
    print(`${flag} (optional), comma-separated:\n${choices(flag)}`);
    const answer = await askUntil(`${flag}: `, (a) => parseTerms(flag, [a]), true);
    if (answer) out[flag] = [answer];
  }
  if (out.telehealth === undefined) {
    const answer = await askUntil(
      'Offers treatment by video or phone? [y/N]: ',
      (a) => {
        if (!/^(y|yes|n|no)$/i.test(a)) throw new UsageError('answer y or n');
      },
      true,
    );
    out.telehealth = !!answer && /^y/i.test(answer);
  }
  if (out.verified === undefined) {
    out.verified = await askUntil(
      'Date you confirmed these details with the facility (YYYY-MM-DD or "today"; optional): ',
      (a) => parseVerified(a, today),
      true,
    );
  }
  return out;
}
