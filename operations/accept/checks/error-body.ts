/**
 * Checks of the body of every failed Accept (the error cases and the validation probes): the Return
 * Values page's error shape, a non-zero statusCode with a statusMessage (S17), served as JSON. Not the
 * CSRF filter's answer (its documented text is ACCEPT-ERR-05's), nor refusals of credentials.
 */
import type { Finding, HttpEvent, NoteEvent, Transcript } from '../../../helpers/contract/generated/payloads.ts';
import { json } from '../../../helpers/judges/check.ts';
import { chatNotificationsBetween, chatsOf, isObject, type ProbeStep, probeSteps, succeeded } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, type AcceptChoice, type AcceptId, notApplicable, verdictOf } from '../judging.ts';

/**
 * An answer that says the request failed: a non-zero statusCode, or an HTTP error without a statusCode.
 * (HTTP 200 without statusCode, or an HTTP error with statusCode 0, contradicts itself: the Accept
 * requirements judge that.)
 */
function saysFailed(e: HttpEvent): boolean {
  const body = e.response?.body;
  const code = isObject(body) ? body.statusCode : undefined;
  if (typeof code === 'number') return code !== 0;
  return (e.response?.status ?? 200) >= 400;
}

/** The answers of the failed Accepts of a transcript: after each probe step, its actor's exchanges up to the next step. */
export function failedAnswers(t: Transcript): { index: number; exchange: HttpEvent }[] {
  if (t.scenario.kind !== 'error' && t.scenario.kind !== 'validation') return [];
  if (t.scenario.probe === 'no-csrf') return [];
  const out: { index: number; exchange: HttpEvent }[] = [];
  let probe: NoteEvent | undefined;
  t.events.forEach((e, index) => {
    if (e.kind === 'note' && (e.data as { step?: unknown } | undefined)?.step !== undefined) {
      probe = (e.data as { step?: unknown }).step === 'probe' ? (e as NoteEvent) : undefined;
      return;
    }
    if (probe && e.kind === 'http' && e.actor === probe.actor && e.response && /\/me\/chats\//.test(e.request.path) && saysFailed(e))
      out.push({ index, exchange: e });
  });
  return out;
}

const bodyOf = (e: HttpEvent) => e.response?.body;

/** The validation probes whose Accept may legally accept the chat, and the open choice that says so. */
export const OPEN_ACCEPT: Readonly<Record<string, AcceptChoice>> = {
  'empty-nickname': 'empty-nickname',
  'nickname-not-string': 'nickname-type',
};

/**
 * Why a validation transcript has no failed Accept to read, when that is the server's legal choice: every
 * probe it answered accepted the chat where the docs leave that open. Then the requirements about failed
 * Accepts do not apply to it (as to an optional field that never appeared); otherwise undefined.
 */
export function noFailureByChoice(t: Transcript): string | undefined {
  if (t.scenario.kind !== 'validation') return undefined;
  const chats = chatsOf(t.scenario);
  const accepted = (p: ProbeStep) =>
    succeeded(p.exchange) &&
    OPEN_ACCEPT[p.probe] !== undefined &&
    p.actor !== undefined &&
    chatNotificationsBetween(t, [p.actor], chats, p.index, p.until).length > 0;
  const answered = probeSteps(t).filter((p) => p.exchange?.response);
  if (answered.length === 0 || !answered.every(accepted)) return undefined;
  return `no Accept of this test failed: ${answered.map((p) => `the ${p.probe} Accept accepted the chat (open choice ${OPEN_ACCEPT[p.probe]})`).join('; ')}`;
}

/** No failed Accept to judge: not applicable when that is an open choice of the server's, else nothing. */
function withoutFailures(id: AcceptId, t: Transcript): Finding[] {
  const why = noFailureByChoice(t);
  return why ? [notApplicable(id, why)] : [];
}

export const errorHasStatusMessage: AcceptCheck = {
  requirement: 'ACCEPT-CODE-02',
  does: 'reads the statusCode and statusMessage of every failed Accept',
  run: (ctx) => {
    const answers = failedAnswers(ctx.transcript);
    if (answers.length === 0) return withoutFailures('ACCEPT-CODE-02', ctx.transcript);
    const bad = answers.filter(({ exchange }) => {
      const body = bodyOf(exchange);
      return !(
        isObject(body) &&
        typeof body.statusCode === 'number' &&
        body.statusCode !== 0 &&
        typeof body.statusMessage === 'string' &&
        body.statusMessage !== ''
      );
    });
    return [
      verdictOf(
        'ACCEPT-CODE-02',
        bad.length === 0,
        '{"statusCode": n > 0, "statusMessage": "..."}',
        bad.length === 0
          ? `${answers.length} failed Accepts, each with both`
          : bad.map(({ exchange }) => `HTTP ${exchange.response?.status} ${json(bodyOf(exchange))}`).join('; '),
        { evidence: bad.map((b) => b.index) },
      ),
    ];
  },
};

export const errorIsJson: AcceptCheck = {
  requirement: 'ACCEPT-CODE-03',
  does: 'reads the Content-Type of every failed Accept',
  run: (ctx) => {
    const answers = failedAnswers(ctx.transcript);
    if (answers.length === 0) return withoutFailures('ACCEPT-CODE-03', ctx.transcript);
    const typeOf = (e: HttpEvent) => {
      const v = Object.entries(e.response?.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1];
      return Array.isArray(v) ? v.join(', ') : v;
    };
    const bad = answers.filter(({ exchange }) => !/^application\/json\b/i.test(String(typeOf(exchange) ?? '').trim()));
    return [
      verdictOf(
        'ACCEPT-CODE-03',
        bad.length === 0,
        'Content-Type application/json',
        bad.length === 0 ? `${answers.length} failed Accepts served as JSON` : bad.map(({ exchange }) => json(typeOf(exchange))).join('; '),
        { evidence: bad.map((b) => b.index) },
      ),
    ];
  },
};

export const ERROR_BODY_CHECKS: AcceptCheck[] = [errorHasStatusMessage, errorIsJson];
