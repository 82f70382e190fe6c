/**
 * Recover, then judge. A run whose evidence has a gap (a CometD session cut, a re-handshake, a request
 * without answer, a gateway's 502/503/504: the judge then finds every requirement INCONCLUSIVE, and
 * nothing FAIL) is driven again, on fresh sessions and a fresh chat (a drive always starts its own), and
 * the re-run is judged; the attempts set aside are kept with the reason. A requirement stays
 * INCONCLUSIVE only when every attempt was cut. A FAIL is never re-run away: a run whose evidence is
 * clean is judged once, whatever it shows. GWS_RECOVERY_ATTEMPTS bounds the re-runs (0: none).
 */
import { GATEWAY_STATUSES } from '../contract/endpoints.ts';
import type { Finding, Transcript } from '../contract/generated/payloads.ts';
import { answeredJson } from '../target/failure.ts';

/** An attempt set aside: its transcript and why its evidence could not be judged. */
export interface SetAside {
  transcript: Transcript;
  cause: string;
}

export interface Recovered {
  transcript: Transcript;
  findings: Finding[];
  /** The attempts before the one judged, in order; empty when the first was judged. */
  setAside: SetAside[];
}

const COULD_NOT_DECIDE = /^the run could not decide: /;

/**
 * Why the evidence of a judged run has a gap, or undefined when it has none: the judge's cause, when
 * it found a requirement INCONCLUSIVE and none FAIL (a FAIL means the evidence showed a broken contract).
 */
export function gapOf(findings: readonly Finding[]): string | undefined {
  if (findings.some((f) => f.verdict === 'FAIL')) return undefined;
  const cut = findings.find((f) => f.verdict === 'INCONCLUSIVE');
  return cut ? cut.observed.replace(COULD_NOT_DECIDE, '') : undefined;
}

/** A connection that was made, then reset before the answer: something at that address took it. */
const RESET = /socket hang up|ECONNRESET/;

/**
 * Whether the target answered in the attempt as an API does (a JSON body: GWS and GMS answer JSON), or
 * a gateway in front of it did (502, 503, 504), or a connection to it was reset after it was made (a
 * cut at the run's first request, before anything answered): a cut is recovered from; a target never
 * reached (down: the connection refused; a wrong address) or one that answered only what is not the
 * API (a login page, a redirect, a web server's 404: a wrong GWS_BASE_URL) is not, as a re-run would
 * only fail the same way, later.
 */
export function reached(transcript: Transcript): boolean {
  return transcript.events.some(
    (e) =>
      e.kind === 'http' &&
      (e.response !== undefined
        ? answeredJson(e.response) || GATEWAY_STATUSES.includes(e.response.status)
        : typeof e.error === 'string' && RESET.test(e.error)),
  );
}

/**
 * Judges `first`; while its evidence has a gap, the target was reached, and attempts remain, drives the
 * run again (`redrive`) and judges that. Returns the attempt judged last and those set aside before it.
 * `answeredElsewhere`: the target answered as an API outside the attempt (another run of this process),
 * so an attempt cut before any answer of its own (at its first request) met a live target: it is driven
 * again too.
 */
export async function judgeWithRecovery(
  first: Transcript,
  judge: (t: Transcript) => Finding[],
  redrive: () => Promise<Transcript>,
  attempts: number,
  answeredElsewhere: () => boolean = () => false,
): Promise<Recovered> {
  const setAside: SetAside[] = [];
  let transcript = first;
  let findings = judge(first);
  for (let left = attempts; left > 0; left--) {
    const cause = gapOf(findings);
    if (cause === undefined || !(reached(transcript) || answeredElsewhere())) break;
    setAside.push({ transcript, cause });
    transcript = await redrive();
    findings = judge(transcript);
  }
  return { transcript, findings, setAside };
}
