/**
 * Checks of the validation scenario: each Accept with an invalid value (one after another, on one
 * offered chat) fails and changes nothing before the next; its statusCode names the reason. Where the
 * docs leave open whether a value is invalid (an empty nickname, a nickname that is not a string), the
 * Accept may also accept the chat, as any Accept does: an open choice.
 */
import { type CheckContext, json } from '../../../helpers/judges/check.ts';
import {
  changesBetween,
  chatNotificationsBetween,
  chatsOf,
  earlierSuccess,
  isObject,
  label,
  probeSteps,
  succeeded,
} from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptChoice, type AcceptId, notApplicable, notJudged, openChoiceFinding, verdictOf } from '../judging.ts';
import { ERROR_BODY_CHECKS, noFailureByChoice, OPEN_ACCEPT } from './error-body.ts';
import { reasonCode } from './status-codes.ts';

/** The requirement each validation probe decides (the probes are helpers/scenarios/validation.ts's). */
export const VALIDATION_REQUIREMENT: Readonly<Record<string, AcceptId>> = {
  'empty-nickname': 'ACCEPT-ERR-07',
  'nickname-not-string': 'ACCEPT-ERR-08',
  'savelar-invalid': 'ACCEPT-ERR-09',
  'no-operationname': 'ACCEPT-ERR-10',
  'unknown-operationname': 'ACCEPT-ERR-11',
};

/**
 * The probe of `probe` fails and nothing about the chat arrives for anybody before the next step. With
 * `acceptIsOpen`, accepting the chat is legal too (an open choice of that name), as any Accept does: a
 * success, then the chat's notifications to the agent before the next step.
 */
function failsAndChangesNothing(id: AcceptId, probe: string, acceptIsOpen?: AcceptChoice): AcceptCheck {
  return {
    requirement: id,
    does: `reads the answer to the ${probe} Accept and looks for notifications until the next step`,
    run: (ctx: CheckContext) => {
      const t = ctx.transcript;
      const p = probeSteps(t).find((s) => s.probe === probe);
      if (!p) return [];
      const r = p.exchange?.response;
      if (!r) return [notJudged(id, `the ${probe} Accept got no answer`)];
      const chats = chatsOf(ctx.scenario);
      // After an earlier probe succeeded, its notifications may still arrive: they cannot be told from this one's.
      const before = earlierSuccess(t, p);
      if (acceptIsOpen && succeeded(p.exchange)) {
        if (before)
          return [
            notJudged(id, `the ${probe} Accept succeeded after the ${before.probe} probe had: its notifications cannot be told apart`),
          ];
        const own = p.actor ? chatNotificationsBetween(t, [p.actor], chats, p.index, p.until) : [];
        const seen = `HTTP ${r.status} ${json(r.body)}`;
        return [
          verdictOf(
            id,
            own.length > 0,
            "a non-zero statusCode and no notification, or the chat accepted: statusCode 0, then the chat's notifications",
            own.length > 0
              ? `${seen}; then ${own.map(({ n }) => label(n)).join(', ')}`
              : `${seen}, and no notification of the chat followed: neither refused nor accepted`,
            { evidence: [p.index] },
          ),
          ...(own.length > 0
            ? [
                openChoiceFinding(
                  id,
                  acceptIsOpen,
                  `the ${probe} Accept refused with a non-zero statusCode`,
                  `the ${probe} Accept accepted the chat (${seen})`,
                  { evidence: [p.index] },
                ),
              ]
            : []),
        ];
      }
      const changed = before ? [] : changesBetween(t, ctx.scenario, p.index, p.until);
      const code = isObject(r.body) ? r.body.statusCode : undefined;
      const problems = [
        succeeded(p.exchange) ? `it succeeded: HTTP ${r.status} ${json(r.body)}` : '',
        !succeeded(p.exchange) && (typeof code !== 'number' || code === 0)
          ? `no non-zero statusCode: HTTP ${r.status} ${json(r.body)}`
          : '',
        ...changed.map(({ actor, n }) => `${actor} got ${label(n)}`),
      ].filter(Boolean);
      return [
        verdictOf(
          id,
          problems.length === 0,
          'a non-zero statusCode, and no notification',
          problems.length === 0
            ? `HTTP ${r.status} ${json(r.body)}; ${before ? `notifications after it not judged (the ${before.probe} probe before it succeeded)` : 'nothing changed'}`
            : problems.join('; '),
          {
            evidence: [p.index],
          },
        ),
      ];
    },
  };
}

export const emptyNicknameFails = failsAndChangesNothing('ACCEPT-ERR-07', 'empty-nickname', OPEN_ACCEPT['empty-nickname']);
export const nicknameNotStringFails = failsAndChangesNothing('ACCEPT-ERR-08', 'nickname-not-string', OPEN_ACCEPT['nickname-not-string']);
export const saveLarInvalidFails = failsAndChangesNothing('ACCEPT-ERR-09', 'savelar-invalid');
export const noOperationNameFails = failsAndChangesNothing('ACCEPT-ERR-10', 'no-operationname');
export const unknownOperationFails = failsAndChangesNothing('ACCEPT-ERR-11', 'unknown-operationname');

/**
 * ACCEPT-CODE-01, on the validation probes: each failed probe's statusCode names its reason. Once a
 * probe succeeded the chat is no longer as the later probes expect: those are not read.
 */
export const validationNamesReasons: AcceptCheck = {
  requirement: 'ACCEPT-CODE-01',
  does: 'reads the statusCode of each failed validation probe, while the chat is still only offered',
  run: (ctx) => {
    const out: ReturnType<AcceptCheck['run']> = [];
    for (const p of probeSteps(ctx.transcript).filter((s) => VALIDATION_REQUIREMENT[s.probe])) {
      if (!p.exchange?.response) continue;
      if (succeeded(p.exchange)) break;
      out.push(...reasonCode(p.probe, p.exchange.response.body, p.index));
    }
    const why = out.length === 0 ? noFailureByChoice(ctx.transcript) : undefined;
    return why ? [notApplicable('ACCEPT-CODE-01', why)] : out;
  },
};

export const VALIDATION_CHECKS: AcceptCheck[] = [
  emptyNicknameFails,
  nicknameNotStringFails,
  saveLarInvalidFails,
  noOperationNameFails,
  unknownOperationFails,
  validationNamesReasons,
  ...ERROR_BODY_CHECKS,
];
