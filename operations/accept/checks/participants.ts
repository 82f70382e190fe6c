/**
 * Checks of the participants ParticipantsUpdated lists: the agent under the nickname sent, and the customer.
 */
import { json } from '../../../helpers/judges/check.ts';
import { participantsOf, single } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

export const agentWithNickname: AcceptCheck = {
  requirement: 'ACCEPT-PART-01',
  does: 'looks for the agent with the nickname sent in ParticipantsUpdated',
  run: perAcceptor((v) => {
    const pu = single(v, 'ParticipantsUpdated');
    if (!pu) return [notJudged('ACCEPT-PART-01', 'no ParticipantsUpdated arrived (see ACCEPT-SEQ-02)')];
    const parts = participantsOf(pu);
    const ok = parts.some((p) => p.type === 'Agent' && p.nickname === v.nickname);
    return [
      verdictOf(
        'ACCEPT-PART-01',
        ok,
        `an Agent participant with nickname ${json(v.nickname)}`,
        json(parts.map((p) => `${String(p.type)}:${String(p.nickname)}`)),
        { evidence: [pu.index] },
      ),
    ];
  }),
};

export const customerListed: AcceptCheck = {
  requirement: 'ACCEPT-PART-02',
  does: 'looks for the customer in ParticipantsUpdated',
  run: perAcceptor((v) => {
    const pu = single(v, 'ParticipantsUpdated');
    if (!pu) return [notJudged('ACCEPT-PART-02', 'no ParticipantsUpdated arrived (see ACCEPT-SEQ-02)')];
    const parts = participantsOf(pu);
    const customers = parts.filter((p) => p.type === 'Customer');
    const out = [
      verdictOf(
        'ACCEPT-PART-02',
        customers.length > 0,
        'a Customer participant',
        json(parts.map((p) => `${String(p.type)}:${String(p.nickname)}`)),
        {
          evidence: [pu.index],
        },
      ),
    ];
    return out;
  }),
};
