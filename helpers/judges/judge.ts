/**
 * The plan: which checks judge a transcript of each scenario, in which order. Judges are pure
 * functions from a transcript to findings; each check names one requirement (judges/requirements.ts).
 *
 * Never a false PASS: a transcript with a failure of the target or the network, or a CometD session
 * cut while the scenario could have been notified (judges/transport.ts), is INCONCLUSIVE on every
 * requirement; a requirement whose subject did not happen (no StatusChange to inspect, say) is
 * INFO "not judged", and the requirement about the missing thing fails on its own.
 */
import type { Finding, HttpEvent, NoteEvent, Scenario, Transcript } from '../contract/generated/payloads.ts';
import { ACCEPT_CHECKS } from './accept/index.ts';
import type { Check, CheckContext } from './check.ts';
import { CONCURRENCY_CHECKS } from './concurrency.ts';
import { ERROR_CHECKS, errorRequirements } from './errors.ts';
import { PARAMS_CHECKS } from './params.ts';
import { requirement } from './requirements.ts';
import { SECURITY_CHECKS, SECURITY_REQUIREMENT } from './security.ts';
import { lostEvidence } from './transport.ts';
import { VALIDATION_CHECKS, VALIDATION_REQUIREMENT } from './validation.ts';

export const CHECKS: Record<Scenario['kind'], Check[]> = {
  accept: ACCEPT_CHECKS,
  error: ERROR_CHECKS,
  concurrency: [...ACCEPT_CHECKS, ...CONCURRENCY_CHECKS],
  params: PARAMS_CHECKS,
  validation: VALIDATION_CHECKS,
  security: SECURITY_CHECKS,
};

/** The requirements a transcript of this scenario decides. */
export function requirementsFor(scenario: Scenario): string[] {
  if (scenario.kind === 'error') return scenario.probe ? errorRequirements(scenario.probe) : ['ACCEPT-ERR-06'];
  const all = [...new Set(CHECKS[scenario.kind].map((c) => c.requirement))];
  // A validation or security transcript of some probes only (a group) decides their requirements.
  const byProbe = scenario.kind === 'validation' ? VALIDATION_REQUIREMENT : scenario.kind === 'security' ? SECURITY_REQUIREMENT : undefined;
  if (!byProbe || !scenario.probes) return all;
  const own = new Set(scenario.probes.map((p) => byProbe[p]).filter(Boolean));
  return all.filter((id) => own.has(id) || !Object.values(byProbe).includes(id));
}

/** Runs every check of the transcript's scenario. A failure of the target makes all INCONCLUSIVE. */
export function judgeTranscript(transcript: Transcript): Finding[] {
  const ctx: CheckContext = { transcript, scenario: transcript.scenario };
  const failures = transcript.events.filter((e): e is NoteEvent => e.kind === 'failure');
  // Requests of the clean-up (after the evidence is complete) that fail say nothing about the evidence.
  const cleanup = transcript.events.findIndex((e) => e.kind === 'note' && (e.data as { step?: unknown } | undefined)?.step === 'cleanup');
  const broken = transcript.events.filter(
    (e, i): e is HttpEvent => e.kind === 'http' && typeof e.error === 'string' && (cleanup < 0 || i < cleanup),
  );
  const lost = lostEvidence(transcript);
  if (failures.length > 0 || broken.length > 0 || lost) {
    // The failures the drive recorded say what failed and the setting involved; a request that got no
    // answer speaks for itself only when nothing else was recorded; a CometD session cut in the
    // scenario's window may have lost a notification.
    const cause = (
      failures.length > 0
        ? failures.map((f) => f.text)
        : broken.length > 0
          ? broken.map((b) => `${b.request.method} ${b.request.path}: ${b.error}`)
          : [lost!]
    ).join('; ');
    return requirementsFor(transcript.scenario).map((id) => ({
      requirement: id,
      verdict: 'INCONCLUSIVE',
      expected: requirement(id).text,
      observed: `the run could not decide: ${cause}`,
    }));
  }
  return CHECKS[transcript.scenario.kind].flatMap((check) => check.run(ctx));
}
