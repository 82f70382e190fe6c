/**
 * GWS_REPORT_FORMATS: the reports `npm run conformance` writes beside its summary (summary.md and
 * summary.json, always): html (Playwright's HTML report), junit (JUnit XML), allure (Allure's report),
 * or none of them. All three by default. Each one left out is work the run does not do: Allure's
 * report is built in a process of its own after the run, Playwright's HTML report copies every
 * attachment.
 */
import { ConfigError } from './config-error.ts';

export const REPORT_FORMATS = ['html', 'junit', 'allure'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function readReportFormats(env: NodeJS.ProcessEnv = process.env): ReadonlySet<ReportFormat> {
  const raw = env.GWS_REPORT_FORMATS;
  if (raw === undefined) return new Set(REPORT_FORMATS);
  const items = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== '');
  const unknown = items.filter((i) => i !== 'none' && !(REPORT_FORMATS as readonly string[]).includes(i));
  const problem =
    items.length === 0
      ? 'set but empty'
      : unknown.length > 0
        ? `unknown format${unknown.length > 1 ? 's' : ''} ${unknown.map((u) => JSON.stringify(u)).join(', ')} (allowed: ${REPORT_FORMATS.join(', ')}, or none)`
        : items.includes('none') && items.length > 1
          ? 'none with other formats'
          : undefined;
  if (problem)
    throw new ConfigError(
      'GWS_REPORT_FORMATS',
      problem,
      'Set GWS_REPORT_FORMATS to a comma-separated list of html, junit and allure, or to none for the summary alone, or unset it for all three.',
    );
  return new Set(items.filter((i): i is ReportFormat => i !== 'none'));
}
