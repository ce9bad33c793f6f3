/**
 * The validator as the Astro build uses it: one call, and either nothing or a
 * short message listing the first problems, ready to be thrown.
 */
import { formatSummary, formatText } from './format';
import { validateDataset, type ValidationReport } from './validate-dataset';

/** How many problems the build message lists before "… and N more". */
export const BUILD_MESSAGE_LIMIT = 20;

export interface BuildCheck {
  report: ValidationReport;
  /** Undefined when there is no error (warnings do not stop a build). */
  message?: string;
}

export function checkDataForBuild(dataDir: string, rootDir: string): BuildCheck {
  const report = validateDataset({ dataDir, rootDir });
  if (report.errors === 0) return { report };
  const errors = report.issues.filter((i) => i.severity === 'error');
  const lines = errors.slice(0, BUILD_MESSAGE_LIMIT).map(formatText);
  if (errors.length > lines.length) lines.push(`… and ${errors.length - lines.length} more errors`);
  const message = [`Invalid facility data (${formatSummary(report)}):`, ...lines].join('\n');
  return { report, message };
}
