/**
 * SAMHSA cuts facility names to fit its fields: "Pine Rest Christian Mental
 * Hlth Servs", "Drug Abuse Foundation of Palm Bch Cnty/Detox Prog". People
 * read and search for the words, so names are shown with these spelled out;
 * the record keeps the name as published in `samhsaName`.
 *
 * A reviewed list, not a guess: every entry was read in all the names that use
 * it in the 2023 substance-use and 2024 mental-health directories and means
 * one thing in all of them. Only the title-case word is expanded ("Ctr", not
 * "CTR", which may be an acronym). Left out on purpose because they mean more
 * than one thing there: Assoc (Association / Associates), Psych (Psychiatric /
 * Psychology), Co (County / Company / "Co Occurring"), Res (Residential /
 * Resources / Residence), Ind, Org, St (Saint / Street), Tx (English
 * "treatment", Spanish "tratamiento"), Dr, Jr, Mt, Rehab (a word in its own right).
 */

/** Abbreviation -> the word it stands for. */
// prettier-ignore
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  Add: 'Addiction', Addict: 'Addiction', Adol: 'Adolescent', Adv: 'Advancement', Alc: 'Alcohol',
  Alt: 'Alternative', Amb: 'Ambulatory', Bch: 'Beach', Behav: 'Behavioral', Chem: 'Chemical',
  Chn: 'Children', Cnty: 'County', Cntys: 'Counties', Comm: 'Community', Comp: 'Comprehensive',
  Coord: 'Coordinated', Csl: 'Counseling', Cttnwd: 'Cottonwood', Ctr: 'Center', Ctrs: 'Centers',
  Cty: 'County', Dep: 'Dependency', Dept: 'Department', Dev: 'Development', Div: 'Division',
  Educ: 'Education', Fam: 'Family', Hlth: 'Health', Hlthcare: 'Healthcare', Hosp: 'Hospital',
  Hyg: 'Hygiene', Info: 'Information', Inpt: 'Inpatient', Inst: 'Institute', Interv: 'Intervention',
  Med: 'Medical', Mem: 'Memorial', Mgmt: 'Management', Ntwk: 'Network', Ofc: 'Office',
  Opp: 'Opportunities', Outpt: 'Outpatient', Prev: 'Prevention', Prg: 'Program', Prog: 'Program',
  Progs: 'Programs', Recov: 'Recovery', Reg: 'Regional', Resid: 'Residential', Serv: 'Services',
  Servs: 'Services', Spk: 'Speaking', Srvs: 'Services', Subst: 'Substance', Svcs: 'Services',
  Sys: 'System', Trt: 'Treatment', Trtr: 'Treatment', Univ: 'University', Wmn: 'Women', Yth: 'Youth',
};

/** Phrases whose words read differently together; applied before the single words. */
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bMed Sup\b/g, 'Medically Supervised'],
  [/\bAdolescent Med\b/g, 'Adolescent Medicine'],
  [/\bAdol Med\b/g, 'Adolescent Medicine'],
];

const WORD = new RegExp(`\\b(${Object.keys(ABBREVIATIONS).join('|')})\\b`, 'g');

/**
 * The name with SAMHSA's abbreviations written out. Idempotent: an expanded
 * name stays as it is, so raw and expanded names give the same match key.
 *
 *   expandAbbreviations('Firelands Csl and Recovery Servs') // 'Firelands Counseling and Recovery Services'
 */
export function expandAbbreviations(name: string): string {
  let out = name;
  for (const [pattern, text] of PHRASES) out = out.replace(pattern, text);
  return out.replace(WORD, (word) => ABBREVIATIONS[word] ?? word);
}

/** How many abbreviations a name has (for the import summary). */
export function countAbbreviations(name: string): number {
  let n = 0;
  for (const [pattern] of PHRASES) n += name.match(pattern)?.length ?? 0;
  const rest = PHRASES.reduce((text, [pattern]) => text.replace(pattern, ''), name);
  return n + (rest.match(WORD)?.length ?? 0);
}
