/**
 * The outcome of a run from its requirement rows, and its exit code:
 *
 *   CONFORMANT      0  every requirement decided (or not applicable to the target), none broken
 *   NON-CONFORMANT  1  a MUST failed (strict profile: a SHOULD too), however the rest of the run went
 *   INCONCLUSIVE    2  the target, the network, the configuration or the run failed (interrupted, crashed)
 *   NOTHING RUN     2  no test decided a requirement
 *   PARTIAL         3  what ran passed, but not every requirement was decided (--grep): never certified
 *
 * The one-line verdict names the target. The verdicts file is what the reporter hands the conformance
 * command: the rows, how Playwright ended, the causes of what could not be decided, the information.
 */
import { readFileSync } from 'node:fs';
import type { ConformanceSummary, SummaryRow } from '../contract/generated/payloads.ts';
import type { Requirement } from '../judges/catalogue/requirement.ts';
import { type RowVerdict, worseDecision } from '../judges/verdicts.ts';

/** What a report says of each requirement of the catalogue. */
export type RequirementText = Pick<Requirement, 'id' | 'level' | 'text' | 'source' | 'url'>;

export type { RowVerdict };
export type RequirementRow = Pick<SummaryRow, 'id' | 'level' | 'verdict' | 'tests' | 'reason'> & { flaky?: boolean };
export type Outcome = ConformanceSummary['outcome'];

export interface VerdictsFile {
  rows: RequirementRow[];
  /** How Playwright ended the run (FullResult.status). */
  status: 'passed' | 'failed' | 'timedout' | 'interrupted';
  /** Why requirements could not be decided, each once; INCONCLUSIVE rows refer to them by number. */
  causes: string[];
  information: ConformanceSummary['information'];
  /** Where the docs leave a choice open and the server chose otherwise (absent in files of older suites). */
  openChoices?: ConformanceSummary['openChoices'];
  profile: string;
  /**
   * The suite's requirement catalogue, as the reporter was given it (playwright.config.ts): the summary
   * has a row for each. The command loads the suite for it only when the reporter wrote none.
   */
  requirements?: readonly RequirementText[];
}

/** The worse of two row verdicts (judges/verdicts.ts ranks them). */
export const worseRow = worseDecision;

export interface OutcomeContext {
  /** The run stopped before it ended (SIGINT, SIGTERM, Playwright interrupted): never conformant. */
  interrupted?: string;
  /** The first cause of what could not be decided, stated in the line. */
  cause?: string;
  /** Named at the end of the line. */
  target?: string;
}

function list(rows: RequirementRow[], verdict: RowVerdict): string[] {
  return rows.filter((r) => r.verdict === verdict).map((r) => r.id);
}

function ids(names: string[]): string {
  return names.length <= 8 ? names.join(', ') : `${names.slice(0, 8).join(', ')}, ...`;
}

export function outcomeOf(
  rows: RequirementRow[],
  profile: string,
  context: OutcomeContext = {},
): { outcome: Outcome; line: string; exitCode: 0 | 1 | 2 | 3 } {
  const by = (v: RowVerdict) => list(rows, v);
  const n = (v: RowVerdict) => by(v).length;
  const strict = profile === 'strict';
  const target = context.target ? `; target ${context.target}` : '';
  const parts = [
    `${n('PASS')} passed`,
    n('NON-STRICT') && !strict ? `${n('NON-STRICT')} non-strict` : '',
    n('INCONCLUSIVE') ? `${n('INCONCLUSIVE')} inconclusive` : '',
    n('NOT DECIDED') ? `${n('NOT DECIDED')} not decided (${ids(by('NOT DECIDED'))})` : '',
    n('NOT APPLICABLE') ? `${n('NOT APPLICABLE')} not applicable (${ids(by('NOT APPLICABLE'))})` : '',
    n('NOT RUN') ? `${n('NOT RUN')} not run (${ids(by('NOT RUN'))})` : '',
  ].filter(Boolean);
  const rest = parts.join(', ');
  const failed = [...by('FAIL'), ...(strict ? by('NON-STRICT') : [])];
  if (failed.length > 0) {
    return { outcome: 'non-conformant', exitCode: 1, line: `NON-CONFORMANT: ${failed.length} failed (${ids(failed)}), ${rest}${target}` };
  }
  if (context.interrupted) {
    return {
      outcome: 'inconclusive',
      exitCode: 2,
      line: `INCONCLUSIVE: the run was interrupted (${context.interrupted}): ${rest}${target}`,
    };
  }
  if (n('INCONCLUSIVE') > 0) {
    const cause = context.cause ? `${context.cause}; ` : '';
    const others = parts.filter((p) => !p.endsWith(' inconclusive')).join(', ');
    return {
      outcome: 'inconclusive',
      exitCode: 2,
      line: `INCONCLUSIVE: ${cause}${n('INCONCLUSIVE')} requirement${n('INCONCLUSIVE') === 1 ? '' : 's'} could not be decided, ${others}${target}`,
    };
  }
  if (rows.every((r) => r.verdict === 'NOT RUN')) {
    return { outcome: 'nothing-run', exitCode: 2, line: `NOTHING RUN: no conformance test decided a requirement${target}` };
  }
  if (n('NOT RUN') > 0 || n('NOT DECIDED') > 0) {
    return { outcome: 'partial', exitCode: 3, line: `PARTIAL (not a certification): ${rest}${target}` };
  }
  return {
    outcome: 'conformant',
    exitCode: 0,
    line: `CONFORMANT: ${n('PASS')} requirements passed, ${n('NON-STRICT')} non-strict${n('NOT APPLICABLE') ? `, ${n('NOT APPLICABLE')} not applicable (${ids(by('NOT APPLICABLE'))})` : ''}${target}`,
  };
}

/** Reads the verdicts file the reporter wrote (GWS_VERDICTS_FILE). */
export function readVerdictsFile(file: string): VerdictsFile {
  return JSON.parse(readFileSync(file, 'utf8')) as VerdictsFile;
}
