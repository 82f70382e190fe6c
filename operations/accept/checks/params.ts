/**
 * Checks of the parameters scenario: the optional saveLAR with each documented value, and a nickname
 * with non-ASCII characters, shown exactly as sent.
 */
import { json } from '../../../helpers/judges/check.ts';
import { byKind, messagesOf, participantsOf, single, succeeded } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, SEQUENCE, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

export const saveLarAccepted: AcceptCheck = {
  requirement: 'ACCEPT-PARAM-01',
  does: 'reads the answer to each Accept that sent saveLAR, and the notifications that follow',
  run: perAcceptor((v) => {
    const sent = (v.accept?.request.body as { saveLAR?: unknown } | undefined)?.saveLAR;
    if (typeof sent !== 'boolean') return [];
    const r = v.accept?.response;
    if (!r) return [notJudged('ACCEPT-PARAM-01', 'the Accept got no answer')];
    const missing = SEQUENCE.filter((k) => byKind(v, k).length === 0);
    const ok = succeeded(v.accept) && missing.length === 0;
    return [
      verdictOf(
        'ACCEPT-PARAM-01',
        ok,
        `saveLAR ${sent}: statusCode 0 and the three notifications`,
        `HTTP ${r.status} ${json(r.body)}${missing.length > 0 ? `; missing ${missing.join(', ')}` : '; the three notifications arrived'}`,
      ),
    ];
  }),
};

export const nonAsciiNicknameKept: AcceptCheck = {
  requirement: 'ACCEPT-PARAM-02',
  does: 'compares a non-ASCII nickname sent in Accept with ParticipantsUpdated and the history',
  run: perAcceptor((v) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range is the point
    if (/^[\x00-\x7f]*$/.test(v.nickname)) return [];
    const pu = single(v, 'ParticipantsUpdated');
    const log = single(v, 'MessageLogUpdated');
    if (!pu && !log) return [notJudged('ACCEPT-PARAM-02', 'neither ParticipantsUpdated nor the history arrived')];
    const shown: string[] = [];
    for (const p of pu ? participantsOf(pu) : []) if (p.type === 'Agent') shown.push(String(p.nickname));
    const messages = messagesOf(log) ?? [];
    const last = messages[messages.length - 1];
    if (last?.type === 'ParticipantJoined') shown.push(String(last.from?.nickname));
    if (shown.length === 0) return [notJudged('ACCEPT-PARAM-02', 'the agent appears nowhere (see ACCEPT-PART-01, ACCEPT-LOG-04)')];
    const other = shown.filter((s) => s !== v.nickname);
    return [
      verdictOf(
        'ACCEPT-PARAM-02',
        other.length === 0,
        `the agent as ${json(v.nickname)}`,
        other.length === 0 ? `as ${json(v.nickname)}` : `as ${json(other)}`,
      ),
    ];
  }),
};

export const PARAMS_CHECKS: AcceptCheck[] = [saveLarAccepted, nonAsciiNicknameKept];
