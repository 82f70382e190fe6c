/**
 * Checks of the identities that appear in more than one place: the customer in ParticipantsUpdated
 * and in the history, the participants' ids, and the customer's nickname as given on the GMS side.
 */
import { json } from '../../../helpers/judges/check.ts';
import { type EntryLike, messagesOf, type ParticipantLike, participantsOf, single } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, verdictOf } from '../judging.ts';
import { type AcceptView, perAcceptor } from '../view.ts';

function participants(v: AcceptView): { index: number; parts: ParticipantLike[] } | undefined {
  const pu = single(v, 'ParticipantsUpdated');
  return pu ? { index: pu.index, parts: participantsOf(pu) } : undefined;
}

const history = (v: AcceptView): EntryLike[] | undefined => messagesOf(single(v, 'MessageLogUpdated'));

export const customerIdConsistent: AcceptCheck = {
  requirement: 'ACCEPT-ID-01',
  does: "compares the customer's participantId in ParticipantsUpdated with the customer's history entries",
  run: perAcceptor((v) => {
    const pu = participants(v);
    const log = history(v);
    if (!pu || !log)
      return [notJudged('ACCEPT-ID-01', 'ParticipantsUpdated or the history did not arrive (see ACCEPT-SEQ-02, ACCEPT-SEQ-03)')];
    const customer = pu.parts.find((p) => p.type === 'Customer');
    if (!customer) return [notJudged('ACCEPT-ID-01', 'ParticipantsUpdated lists no customer (see ACCEPT-PART-02)')];
    const entries = log.filter((m) => m.from?.type === 'Customer');
    if (entries.length === 0) return [notJudged('ACCEPT-ID-01', 'the history holds no entry of the customer (see ACCEPT-LOG-01)')];
    const other = entries.filter((m) => m.from?.participantId !== customer.participantId);
    // The customer's id on someone else's entry: two participants under one id.
    const borrowed = log.filter((m) => m.from?.type !== 'Customer' && m.from?.participantId === customer.participantId);
    const problems = [
      ...other.map((m) => `entry ${String(m.index)} from ${json(m.from?.participantId)}`),
      ...borrowed.map((m) => `entry ${String(m.index)} of ${json(m.from?.type)} ${json(m.from?.nickname)} under the customer's id`),
    ];
    return [
      verdictOf(
        'ACCEPT-ID-01',
        problems.length === 0,
        `the customer's entries, and only theirs, from participantId ${json(customer.participantId)}`,
        problems.length === 0 ? `all ${entries.length} from ${json(customer.participantId)}, no one else's` : problems.join('; '),
        { evidence: [pu.index] },
      ),
    ];
  }),
};

export const participantIdsDistinct: AcceptCheck = {
  requirement: 'ACCEPT-ID-02',
  does: 'reads the participantIds of ParticipantsUpdated',
  run: perAcceptor((v) => {
    const pu = participants(v);
    if (!pu) return [notJudged('ACCEPT-ID-02', 'no ParticipantsUpdated arrived (see ACCEPT-SEQ-02)')];
    const ids = pu.parts.map((p) => p.participantId);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    return [
      verdictOf(
        'ACCEPT-ID-02',
        twice.length === 0,
        'distinct participantIds',
        json(pu.parts.map((p) => `${String(p.type)}:${String(p.participantId)}`)),
        {
          evidence: [pu.index],
        },
      ),
    ];
  }),
};

export const customerNicknameAsGiven: AcceptCheck = {
  requirement: 'ACCEPT-ID-03',
  does: "compares the customer's nickname in ParticipantsUpdated and the history with the one the suite gave GMS",
  run: perAcceptor((v, ctx) => {
    const given = ctx.scenario.customerNickname;
    if (!given)
      return [
        notJudged(
          'ACCEPT-ID-03',
          'the suite did not start the chat (GWS_CHAT_SOURCE=external): it does not know the nickname the customer gave',
        ),
      ];
    const pu = participants(v);
    const log = history(v);
    if (!pu && !log) return [notJudged('ACCEPT-ID-03', 'neither ParticipantsUpdated nor the history arrived')];
    const seen = [
      ...(pu?.parts.filter((p) => p.type === 'Customer').map((p) => p.nickname) ?? []),
      ...(log?.filter((m) => m.from?.type === 'Customer').map((m) => m.from?.nickname) ?? []),
    ];
    if (seen.length === 0) return [notJudged('ACCEPT-ID-03', 'the customer appears nowhere (see ACCEPT-PART-02, ACCEPT-LOG-01)')];
    const other = [...new Set(seen.filter((n) => n !== given))];
    return [
      verdictOf(
        'ACCEPT-ID-03',
        other.length === 0,
        `the customer as ${json(given)}`,
        other.length === 0 ? `as ${json(given)} everywhere` : `also as ${json(other)}`,
      ),
    ];
  }),
};
