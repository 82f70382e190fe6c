/**
 * GWS_BASELINE_SCOPE: what `npm run conformance` compares with GWS_BASELINE. `all` (the default):
 * verdicts, contract drift and timing, so a baseline without transcripts is a configuration error and
 * a baseline that ran other scenarios leaves the comparison incomplete (exit 2); `verdicts`: the
 * verdicts alone, on purpose (as `npm run compare -- --verdicts-only`).
 */
import { ConfigError } from './config-error.ts';

export const BASELINE_SCOPES = ['all', 'verdicts'] as const;
export type BaselineScope = (typeof BASELINE_SCOPES)[number];

export function readBaselineScope(env: NodeJS.ProcessEnv = process.env): BaselineScope {
  const raw = env.GWS_BASELINE_SCOPE;
  if (raw === undefined) return 'all';
  const scope = raw.trim();
  if ((BASELINE_SCOPES as readonly string[]).includes(scope)) return scope as BaselineScope;
  throw new ConfigError(
    'GWS_BASELINE_SCOPE',
    scope === '' ? 'set but empty' : `unknown value ${JSON.stringify(raw)} (allowed: ${BASELINE_SCOPES.join(', ')})`,
    'Set GWS_BASELINE_SCOPE=all (verdicts, contract drift and timing; the default) or GWS_BASELINE_SCOPE=verdicts (the verdicts alone), or unset it.',
  );
}
