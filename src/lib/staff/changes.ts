/**
 * The data change log: which facilities were added, changed (and in which
 * fields), moved or removed between two revisions, from git history.
 */
import { asRecord, stringAt } from './dataset';
import type { FileChange } from './git';
import type { ReportFormat } from './stale';

export interface ChangeEntry {
  status: FileChange['status'];
  path: string;
  oldPath?: string;
  id: string;
  name: string;
  /** Top-level fields whose value differs (changed and renamed files). */
  fields: string[];
}

function parse(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  try {
    return asRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** Describe one file change from its text before and after (undefined when absent). */
export function describeChange(change: FileChange, before: string | undefined, after: string | undefined): ChangeEntry {
  const old = parse(before);
  const now = parse(after);
  const record = now ?? old;
  const id = stringAt(record, 'id') ?? change.path.replace(/^.*\//, '').replace(/\.json$/, '');
  const fields =
    old && now
      ? [...new Set([...Object.keys(old), ...Object.keys(now)])].filter(
          (k) => k !== '$schema' && JSON.stringify(old[k]) !== JSON.stringify(now[k]),
        )
      : [];
  return {
    status: change.status,
    path: change.path,
    ...(change.oldPath ? { oldPath: change.oldPath } : {}),
    id,
    name: stringAt(record, 'name') ?? id,
    fields,
  };
}

const HEADINGS: Record<ChangeEntry['status'], string> = {
  added: 'Added',
  modified: 'Changed',
  renamed: 'Moved',
  removed: 'Removed',
};

/** The change log as Markdown, plain text or JSON. */
export function formatChanges(entries: readonly ChangeEntry[], range: string, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify({ range, changes: entries }, null, 2)}\n`;
  const md = format === 'markdown';
  const counts = (Object.keys(HEADINGS) as ChangeEntry['status'][]).map(
    (s) => [s, entries.filter((e) => e.status === s)] as const,
  );
  const lines = [
    md ? `# Data changes ${range}` : `DATA CHANGES ${range}`,
    '',
    counts.map(([s, list]) => `${list.length} ${HEADINGS[s].toLowerCase()}`).join(', ') + '.',
  ];
  for (const [status, list] of counts) {
    if (!list.length) continue;
    lines.push('', md ? `## ${HEADINGS[status]} (${list.length})` : `${HEADINGS[status]} (${list.length}):`, '');
    for (const e of list) {
      const what = e.fields.length ? `: ${e.fields.join(', ')}` : '';
      const from = e.oldPath ? ` (from ${e.oldPath})` : '';
      lines.push(
        md
          ? `- \`${e.id}\` ${e.name.replace(/[\\`*_[\]<>#|]/g, '\\$&')}${from}${what}`
          : `  ${e.id}  ${e.name}${from}${what}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
