/**
 * Checks of an Accept that must fail (one error case per transcript, the drive's `probe` step): a
 * non-zero statusCode naming the reason, HTTP 403 without the CSRF token, nothing changed afterwards
 * (S17); and of two Accepts at once, of which exactly one succeeds.
 */
import type { Finding, HttpEvent, Scenario, Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { validate } from '../../../helpers/contract/validator.ts';
import { json } from '../../../helpers/judges/check.ts';
import { declaredReason, declaredWithout, undeclaredHint } from '../../../helpers/judges/declared.ts';
import {
  changesBetween,
  chatsOf,
  httpAfter,
  isObject,
  label,
  notificationsOf,
  stepIndex,
  succeeded,
  windowEnd,
} from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptId, notApplicable, notJudged, SEQUENCE, verdictOf } from '../judging.ts';
import { ERROR_BODY_CHECKS } from './error-body.ts';
import { reasonCode } from './status-codes.ts';

type ErrorProbe = NonNullable<Scenario['probe']>;

/** The requirement each error case decides (with ACCEPT-ERR-06 and ACCEPT-CODE-01: see errorRequirements). */
export const PROBE_REQUIREMENT: Record<ErrorProbe, AcceptId> = {
  'unknown-id': 'ACCEPT-ERR-01',
  'missing-nickname': 'ACCEPT-ERR-02',
  'accepted-twice': 'ACCEPT-ERR-03',
  'not-offered': 'ACCEPT-ERR-04',
  'no-csrf': 'ACCEPT-ERR-05',
  'accepted-at-once': 'ACCEPT-ERR-12',
};

/**
 * The requirements one error case decides: its own; "nothing changed" unless one of its Accepts is
 * meant to succeed (two at once); the statusCode's reason unless the answer is the CSRF filter's.
 */
export function errorRequirements(probe: ErrorProbe): AcceptId[] {
  return [
    PROBE_REQUIREMENT[probe],
    ...(probe === 'accepted-at-once' ? [] : (['ACCEPT-ERR-06'] as const)),
    ...(probe === 'no-csrf' ? [] : (['ACCEPT-CODE-01', 'ACCEPT-CODE-02', 'ACCEPT-CODE-03'] as const)),
  ];
}

/** Why the CSRF error case does not apply: CSRF protection is an option of a GWS deployment (S18). */

interface ProbeView {
  probe: ErrorProbe;
  actor?: string;
  index: number;
  response?: HttpEvent;
  failed: boolean;
}

function probeView(t: Transcript): ProbeView | undefined {
  const probe = t.scenario.probe;
  const index = stepIndex(t, 'probe');
  if (!probe || index < 0) return undefined;
  const actor = t.events[index].actor;
  const found = actor ? httpAfter(t, index, actor, () => true) : undefined;
  const response = found?.event;
  const body = response?.response?.body;
  const failed = !!response?.response && (response.response.status !== 200 || !isObject(body) || body.statusCode !== 0);
  return { probe, actor, index, response, failed };
}

function nonZeroStatus(p: ProbeView, id: AcceptId): Finding {
  const r = p.response?.response;
  if (!r) return notJudged(id, 'the probe got no response');
  const checked = validate('OperationResponse', r.body);
  const ok = checked.ok && checked.value.statusCode !== 0;
  return verdictOf(id, ok, 'a non-zero statusCode with a statusMessage', `HTTP ${r.status} ${json(r.body)}`, { evidence: [p.index] });
}

/** The failed Accept of the error case that decides `id` answers a non-zero statusCode. */
function failsWithStatusCode(id: AcceptId): AcceptCheck {
  return {
    requirement: id,
    does: 'reads the statusCode of the failed Accept',
    run: (ctx) => {
      const p = probeView(ctx.transcript);
      if (!p || PROBE_REQUIREMENT[p.probe] !== id) return [];
      return [nonZeroStatus(p, id)];
    },
  };
}

export const unknownIdFails = failsWithStatusCode('ACCEPT-ERR-01');

export const missingNicknameFails = failsWithStatusCode('ACCEPT-ERR-02');

export const acceptedTwiceFails = failsWithStatusCode('ACCEPT-ERR-03');

export const notOfferedFails = failsWithStatusCode('ACCEPT-ERR-04');

export const noCsrfTokenIs403: AcceptCheck = {
  requirement: 'ACCEPT-ERR-05',
  does: 'reads the HTTP status of an Accept without the CSRF token',
  run: (ctx) => {
    const p = probeView(ctx.transcript);
    if (p?.probe !== 'no-csrf') return [];
    if (declaredWithout(ctx.transcript, 'csrf-protection'))
      return [notApplicable('ACCEPT-ERR-05', declaredReason(ctx.transcript, 'csrf-protection'))];
    const r = p.response?.response;
    if (!r) return [notJudged('ACCEPT-ERR-05', 'the probe got no response')];
    return [
      verdictOf(
        'ACCEPT-ERR-05',
        r.status === 403,
        'HTTP 403 (Missing or invalid Csrf token)',
        `HTTP ${r.status} ${json(r.body)}${r.status === 403 ? '' : undeclaredHint(ctx.transcript, 'csrf-protection')}`,
        { evidence: [p.index] },
      ),
    ];
  },
};

export const failedAcceptChangesNothing: AcceptCheck = {
  requirement: 'ACCEPT-ERR-06',
  does: 'looks for notifications after the failed Accept and retries the Accept',
  run: (ctx) => {
    const t = ctx.transcript;
    const p = probeView(t);
    if (!p || p.probe === 'accepted-at-once') return [];
    if (p.probe === 'no-csrf' && declaredWithout(t, 'csrf-protection'))
      return [notApplicable('ACCEPT-ERR-06', declaredReason(t, 'csrf-protection'))];
    if (!p.failed) return [notJudged('ACCEPT-ERR-06', `the ${p.probe} probe did not fail (see ${PROBE_REQUIREMENT[p.probe]})`)];
    const retry = stepIndex(t, 'retry-accept');
    const end = retry >= 0 ? retry : windowEnd(t);
    const chats = chatsOf(ctx.scenario);
    const problems = changesBetween(t, ctx.scenario, p.index, end).map(({ actor, n }) => `${actor} got ${label(n)}`);
    if (retry >= 0) {
      // The chat can still be accepted: the Accept after the probe is followed by the chat's
      // notifications (its response body is ACCEPT-RESP-01's business, judged in the Accept spec).
      const actor = t.events[retry].actor!;
      const again = httpAfter(t, retry, actor, () => true)?.event.response;
      const accepted = notificationsOf(t, actor, retry, windowEnd(t)).some(
        (n) => n.kind !== 'other' && n.chatId !== undefined && chats.includes(n.chatId),
      );
      if (!accepted)
        problems.push(
          `the Accept after it was not followed by the chat's notifications (it answered ${again ? `HTTP ${again.status} ${json(again.body)}` : 'nothing'})`,
        );
    }
    return [
      verdictOf(
        'ACCEPT-ERR-06',
        problems.length === 0,
        'no notification, and the chat can still be accepted',
        problems.length === 0 ? 'nothing changed' : problems.join('; '),
      ),
    ];
  },
};

export const oneOfTwoAtOnce: AcceptCheck = {
  requirement: 'ACCEPT-ERR-12',
  does: 'counts the successes of two Accepts sent at once, and the notifications that follow',
  run: (ctx) => {
    const t = ctx.transcript;
    const p = probeView(t);
    if (p?.probe !== 'accepted-at-once' || !p.actor) return [];
    const actor = p.actor;
    const exchanges = t.events
      .slice(p.index + 1)
      .filter((e): e is HttpEvent => e.kind === 'http' && e.actor === actor && e.request.method === 'POST')
      .slice(0, 2);
    if (exchanges.length < 2 || exchanges.some((e) => !e.response))
      return [notJudged('ACCEPT-ERR-12', 'the two Accepts did not both get an answer')];
    const chatId = ctx.scenario.chats[actor];
    const ofChat = notificationsOf(t, actor, p.index, windowEnd(t)).filter((n) => n.chatId === chatId);
    const count = (kind: string) => ofChat.filter((n) => n.kind === kind).length;
    const wins = exchanges.filter((e) => succeeded(e)).length;
    const statusCodeOf = (e: HttpEvent) => (isObject(e.response?.body) ? e.response.body.statusCode : undefined);
    // The one that fails says so: a non-zero statusCode (an HTTP error with statusCode 0 contradicts itself).
    const loserSaysSo = exchanges.filter((e) => !succeeded(e)).every((e) => typeof statusCodeOf(e) === 'number' && statusCodeOf(e) !== 0);
    const kinds = SEQUENCE;
    const ok = wins === 1 && loserSaysSo && kinds.every((k) => count(k) === 1);
    return [
      verdictOf(
        'ACCEPT-ERR-12',
        ok,
        'one Accept succeeds, the other fails with a non-zero statusCode; one StatusChange, ParticipantsUpdated and MessageLogUpdated',
        `${wins} succeeded (${exchanges.map((e) => `HTTP ${e.response?.status} ${json(e.response?.body)}`).join(', ')}); ${kinds.map((k) => `${count(k)} ${k}`).join(', ')}`,
        { evidence: [p.index] },
      ),
    ];
  },
};

export const errorNamesItsReason: AcceptCheck = {
  requirement: 'ACCEPT-CODE-01',
  does: "reads the statusCode of the error case's failed Accept",
  run: (ctx) => {
    const t = ctx.transcript;
    const p = probeView(t);
    if (!p || p.probe === 'no-csrf') return [];
    if (p.probe === 'accepted-at-once') {
      const actor = p.actor;
      const failed = t.events
        .slice(p.index + 1)
        .find((e): e is HttpEvent => e.kind === 'http' && e.actor === actor && !!e.response && !succeeded(e));
      return failed
        ? reasonCode(p.probe, failed.response?.body, p.index)
        : [notJudged('ACCEPT-CODE-01', 'neither of the two Accepts failed (see ACCEPT-ERR-12)')];
    }
    if (!p.failed) return [notJudged('ACCEPT-CODE-01', `the ${p.probe} probe did not fail (see ${PROBE_REQUIREMENT[p.probe]})`)];
    return reasonCode(p.probe, p.response?.response?.body, p.index);
  },
};

export const ERROR_CHECKS: AcceptCheck[] = [
  unknownIdFails,
  missingNicknameFails,
  acceptedTwiceFails,
  notOfferedFails,
  noCsrfTokenIs403,
  failedAcceptChangesNothing,
  oneOfTwoAtOnce,
  errorNamesItsReason,
  ...ERROR_BODY_CHECKS,
];
