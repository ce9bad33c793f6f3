/**
 * Printing issues: one line each, as plain text for people or as GitHub
 * Actions workflow commands, which become annotations on the pull request.
 */
import type { Issue } from './issue';

export type OutputFormat = 'text' | 'github';

/**
 * Control, invisible and text-direction characters and lone surrogates, as
 * \uXXXX: a message quoting a bad value must not itself ring the terminal,
 * reorder the line it is printed on or hide what it is about.
 */
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u200b\u200e\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufdd0-\ufdef\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `data/facilities/co/x.json:7: address.zip: "8020" has the wrong format — write the ZIP as five digits`. */
export function formatText(issue: Issue): string {
  const tag = issue.severity === 'warning' ? 'warning: ' : '';
  return printable(`${issue.file}:${issue.line}: ${tag}${issue.field}: ${issue.problem} — ${issue.fix}`);
}

/** Escaping rules of workflow commands: data escapes %, CR, LF; property values also : and ,. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=…,line=…,title=…::message`. */
export function formatGithub(issue: Issue): string {
  const props = `file=${escapeProperty(issue.file)},line=${issue.line},title=${escapeProperty(issue.field)}`;
  return printable(`::${issue.severity} ${props}::${escapeData(`${issue.problem} — ${issue.fix}`)}`);
}

export function formatIssue(issue: Issue, format: OutputFormat): string {
  return format === 'github' ? formatGithub(issue) : formatText(issue);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `18512 files checked, 0 errors, 3 warnings in 4.2s`. */
export function formatSummary(report: { filesChecked: number; errors: number; warnings: number; seconds: number }) {
  return `${plural(report.filesChecked, 'file')} checked, ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')} in ${report.seconds.toFixed(1)}s`;
}
