/**
 * Checks of the security scenario: what the server must refuse (no credentials, an unknown user, a wrong
 * password without the session; a wrong token, another session's token, no session cookie; handshakes
 * without credentials, or with a wrong password and no session), how it answers a wrong password beside
 * the agent's session cookie (refused as documented, or served on the session: an open choice), and where
 * a message a client publishes on /v2/me/chats may go.
 */

import { GATEWAY_STATUSES, NOT_AUTHENTICATED } from '../../../helpers/contract/endpoints.ts';
import type { BayeuxEvent, Finding, HttpEvent } from '../../../helpers/contract/generated/payloads.ts';
import { PUBLISHED_MARK } from '../../../helpers/evidence/published-mark.ts';
import { type CheckContext, json } from '../../../helpers/judges/check.ts';
import { declaredReason, declaredWithout, undeclaredHint } from '../../../helpers/judges/declared.ts';
import { changesBetween, earlierSuccess, isObject, label, type ProbeStep, probeSteps, succeeded } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptChoice, type AcceptId, notApplicable, notJudged, openChoiceFinding, verdictOf } from '../judging.ts';

function probeOf(ctx: CheckContext, name: string): ProbeStep | undefined {
  return probeSteps(ctx.transcript).find((s) => s.probe === name);
}

/**
 * How the server answered a request with bad credentials. A refusal is what the docs name: HTTP 401, or a
 * body with statusCode 20 (Return Values page: user not authenticated; fact sheet §7). A gateway's
 * 502/503/504 is the network's answer, not the server's (the drive records it with an error).
 */
export type CredentialAnswer = 'refused' | 'served' | 'gateway' | 'other';

export function credentialAnswer(e: HttpEvent): CredentialAnswer {
  const r = e.response;
  if (e.error !== undefined || (r && GATEWAY_STATUSES.includes(r.status))) return 'gateway';
  if (!r) return 'other';
  if (r.status === 401 || (isObject(r.body) && r.body.statusCode === NOT_AUTHENTICATED)) return 'refused';
  return succeeded(e) ? 'served' : 'other';
}

const REFUSAL = 'refused: HTTP 401, or statusCode 20 (user not authenticated)';

/**
 * Requests the server must refuse, each a probe: HTTP 401 or statusCode 20, nothing else. A success
 * is broken, and so is any other answer (an HTTP 500, a 404, a 200 without statusCode): the server did
 * not refuse as documented. A gateway's answer leaves it INCONCLUSIVE; no answer, not judged. With
 * `servedIsOpen`, serving the request is legal too, an open choice of that name: PASS, and recorded.
 */
function refused(id: AcceptId, probes: Record<string, string>, what: string, servedIsOpen?: AcceptChoice): AcceptCheck {
  return {
    requirement: id,
    does: `reads the answer to ${what}`,
    run: (ctx) =>
      Object.entries(probes).flatMap(([probe, request]): Finding[] => {
        const p = probeOf(ctx, probe);
        if (!p) return [];
        const e = p.exchange;
        if (!e?.response && e?.error === undefined) return [notJudged(id, `${request} got no answer`)];
        const answer = credentialAnswer(e);
        const seen = e.response ? `HTTP ${e.response.status} ${json(e.response.body)}` : String(e.error);
        if (answer === 'gateway')
          return [
            {
              requirement: id,
              verdict: 'INCONCLUSIVE',
              expected: REFUSAL,
              observed: `the run could not decide: ${request}: ${e.error ?? `a gateway answered ${seen} instead of the target`}`,
              evidence: [p.index],
            },
          ];
        if (answer === 'served' && servedIsOpen)
          return [
            verdictOf(id, true, `${request}: ${REFUSAL}, or served on the session`, `${seen}: served on the session`, {
              evidence: [p.index],
            }),
            openChoiceFinding(
              id,
              servedIsOpen,
              `${request}: ${REFUSAL}`,
              `${request}: served on the session (HTTP ${e.response?.status}, statusCode 0)`,
              {
                evidence: [p.index],
              },
            ),
          ];
        const why = answer === 'served' ? 'served' : 'neither HTTP 401 nor statusCode 20: not a documented refusal';
        return [
          verdictOf(id, answer === 'refused', `${request}: ${REFUSAL}`, `${seen}${answer === 'refused' ? '' : `: ${why}`}`, {
            evidence: [p.index],
          }),
        ];
      }),
  };
}

/** A write the CSRF protection must refuse with HTTP 403, changing nothing. */
function csrfRefused(id: AcceptId, probe: string, what: string): AcceptCheck {
  return {
    requirement: id,
    does: `reads the answer to ${what} and the notifications after it`,
    run: (ctx) => {
      const p = probeOf(ctx, probe);
      if (!p) return [];
      if (declaredWithout(ctx.transcript, 'csrf-protection')) return [notApplicable(id, declaredReason(ctx.transcript, 'csrf-protection'))];
      const r = p.exchange?.response;
      if (!r) return [notJudged(id, `${what} got no answer`)];
      // After an earlier probe succeeded, its notifications may still arrive: they cannot be told from this one's.
      const before = earlierSuccess(ctx.transcript, p);
      const changed = before ? [] : changesBetween(ctx.transcript, ctx.scenario, p.index, p.until);
      const problems = [
        r.status === 403 ? '' : `HTTP ${r.status} ${json(r.body)}`,
        ...changed.map(({ actor, n }) => `${actor} got ${label(n)}`),
      ].filter(Boolean);
      return [
        verdictOf(
          id,
          problems.length === 0,
          'HTTP 403 (Missing or invalid Csrf token), and no notification',
          problems.length === 0
            ? 'HTTP 403; nothing changed'
            : `${problems.join('; ')}${undeclaredHint(ctx.transcript, 'csrf-protection')}`,
          {
            evidence: [p.index],
          },
        ),
      ];
    },
  };
}

/**
 * CometD handshakes the server must refuse, each a probe. With `acceptedIsOpen`, a probe whose
 * acceptance is legal too (an open choice of that name): PASS either way, and the acceptance recorded.
 */
function handshakeRefused(
  id: AcceptId,
  does: string,
  probes: Record<string, string>,
  acceptedIsOpen: Record<string, AcceptChoice> = {},
): AcceptCheck {
  return {
    requirement: id,
    does,
    run: (ctx) =>
      Object.entries(probes).flatMap(([probe, what]): Finding[] => {
        const p = probeOf(ctx, probe);
        if (!p) return [];
        const outcome = p.outcome;
        if (typeof outcome?.successful !== 'boolean') return [notJudged(id, `the outcome of ${what} was not recorded`)];
        // Only the server's refusal is one: no answer at all (a timeout) proves nothing either way.
        if (!outcome.successful && outcome.answered === false)
          return [notJudged(id, `${what} got no answer (${outcome.why ?? 'none'}): neither accepted nor refused`)];
        const seen = outcome.successful ? 'the handshake succeeded' : `refused (${outcome.why ?? 'unsuccessful'})`;
        const open = acceptedIsOpen[probe];
        if (outcome.successful && open)
          return [
            verdictOf(id, true, `${what}: refused, or accepted on the session`, 'accepted on the session', { evidence: [p.index] }),
            openChoiceFinding(id, open, `${what}: refused`, `${what}: accepted on the session`, { evidence: [p.index] }),
          ];
        return [verdictOf(id, !outcome.successful, `${what}: refused`, seen, { evidence: [p.index] })];
      }),
  };
}

export const wrongPasswordRefused = refused(
  'ACCEPT-AUTH-01',
  { 'wrong-password': 'a read of the offered chat with a wrong password and no session' },
  'a read of the offered chat with a wrong password and no session',
);
export const noOrUnknownCredentialsRefused = refused(
  'ACCEPT-AUTH-03',
  {
    'no-credentials': 'a read of the offered chat without credentials or session',
    'unknown-user': 'a read of the offered chat as an unknown user, without session',
  },
  'reads of the offered chat without credentials, and as an unknown user',
);
/** A refusal passes; served on the session is the open choice credentials-beside-session. */
export const wrongPasswordWithSessionRefused = refused(
  'ACCEPT-AUTH-02',
  { 'wrong-password-with-session': "a read of the offered chat with a wrong password and the agent's session cookie" },
  "a read of the offered chat with a wrong password and the agent's session cookie",
  'credentials-beside-session',
);
export const wrongTokenIs403 = csrfRefused('ACCEPT-CSRF-02', 'wrong-csrf-token', 'an Accept with a wrong CSRF token');
export const foreignTokenIs403 = csrfRefused('ACCEPT-CSRF-03', 'foreign-csrf-token', "an Accept with another session's CSRF token");
export const noSessionCookieIs403 = csrfRefused(
  'ACCEPT-CSRF-04',
  'no-session-cookie',
  'an Accept with credentials and token but no session cookie',
);
export const anonymousHandshakeRefused = handshakeRefused(
  'ACCEPT-BAYEUX-01',
  'reads how a CometD handshake without credentials or session went',
  {
    'handshake-anonymous': 'a CometD handshake without credentials or session',
  },
);
/** Without the session a refusal passes; with it, accepted on the session is the open choice handshake-on-session. */
export const wrongPasswordHandshakeRefused = handshakeRefused(
  'ACCEPT-BAYEUX-02',
  'reads how CometD handshakes with a wrong password, without and with the session cookie, went',
  {
    'handshake-wrong-password-no-session': 'a CometD handshake with a wrong password and no session',
    'handshake-wrong-password': "a CometD handshake with a wrong password and the agent's session cookie",
  },
  { 'handshake-wrong-password': 'handshake-on-session' },
);

export const publishedReachesNobody: AcceptCheck = {
  requirement: 'ACCEPT-ISOLATION-03',
  does: "looks for the observer's published message in every other agent's notifications",
  run: (ctx) => {
    const p = probeOf(ctx, 'publish');
    if (!p) return [];
    const t = ctx.transcript;
    const reached = t.events
      .map((e, i) => ({ e, i }))
      .filter((x): x is { e: BayeuxEvent; i: number } => x.i > p.index && x.e.kind === 'bayeux' && x.e.actor !== p.actor)
      .filter(({ e }) => {
        const data = (e.message as { data?: unknown }).data;
        return isObject(data) && data.conformanceMark === PUBLISHED_MARK;
      });
    const out = [
      verdictOf(
        'ACCEPT-ISOLATION-03',
        reached.length === 0,
        `no other agent receives what ${p.actor} published on /v2/me/chats`,
        reached.length === 0 ? 'nobody else received it' : reached.map(({ e }) => `${e.actor} received it`).join('; '),
        { evidence: reached.map(({ i }) => i) },
      ),
    ];
    if (p.outcome?.successful) {
      out.push({
        requirement: 'ACCEPT-ISOLATION-03',
        verdict: 'INFO',
        expected: 'client publishes on /v2/me/chats refused',
        observed: 'the server accepted the publish',
      });
    }
    return out;
  },
};

/** The requirement each security probe decides. */
export const SECURITY_REQUIREMENT: Readonly<Record<string, AcceptId>> = {
  'no-credentials': 'ACCEPT-AUTH-03',
  'unknown-user': 'ACCEPT-AUTH-03',
  'wrong-password': 'ACCEPT-AUTH-01',
  'wrong-password-with-session': 'ACCEPT-AUTH-02',
  'wrong-csrf-token': 'ACCEPT-CSRF-02',
  'foreign-csrf-token': 'ACCEPT-CSRF-03',
  'no-session-cookie': 'ACCEPT-CSRF-04',
  'handshake-anonymous': 'ACCEPT-BAYEUX-01',
  'handshake-wrong-password-no-session': 'ACCEPT-BAYEUX-02',
  'handshake-wrong-password': 'ACCEPT-BAYEUX-02',
  publish: 'ACCEPT-ISOLATION-03',
};

export const SECURITY_CHECKS: AcceptCheck[] = [
  wrongPasswordRefused,
  noOrUnknownCredentialsRefused,
  wrongPasswordWithSessionRefused,
  wrongTokenIs403,
  foreignTokenIs403,
  noSessionCookieIs403,
  anonymousHandshakeRefused,
  wrongPasswordHandshakeRefused,
  publishedReachesNobody,
];
