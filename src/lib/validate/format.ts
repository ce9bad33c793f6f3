/**
 * Printing issues: one line each, as plain text for people or as GitHub
 * Actions workflow commands, which become annotations on the pull request.
 */
import { escapeBadCharacters } from '../data-file/text-rules';
import type { Issue } from './issue';

export type OutputFormat = 'text' | 'github';

/**
 * `data/facilities/co/x.json:7: address.zip: "8020" has the wrong format — write the ZIP as five digits`.
 * Control and invisible characters of quoted values print as \uXXXX, so a line cannot hide or reorder itself.
 */
export function formatText(issue: Issue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return escapeBadCharacters(`${issue.file}:${issue.line}: ${tag}${issue.field}: ${issue.problem} — ${issue.fix}`);
}

/** Escaping rules of workflow commands: data escapes %, CR, LF; property values also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::message`. */
export function formatGithub(issue: Issue): string {
  const props = `file=${escapeProperty(issue.file)},line=${issue.line},title=${escapeProperty(issue.field)}`;
  return escapeBadCharacters(`::${issue.severity} ${props}::${escapeData(`${issue.problem} — ${issue.fix}`)}`);
}

export function formatIssue(issue: Issue, format: OutputFormat): string {
  return format === 'github' ? formatGithub(issue) : formatText(issue);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `18512 files checked, 0 errors, 3 warnings in 4.2s`. */
export function formatSummary(report: { filesChecked: number; errors: number; warnings: number; seconds: number }) {
  return `${plural(report.filesChecked, 'file')} checked, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} in ${report.seconds.toFixed(1)}s`;
}
