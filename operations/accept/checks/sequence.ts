/**
 * Checks of the notification sequence after Accept: StatusChange, ParticipantsUpdated and
 * MessageLogUpdated, once each, in the documented order, on /v2/me/chats, each of the documented shape.
 */

import { onChatsChannel as channelOf, documentedShapes, exactlyOne } from '../../../helpers/judges/conditions/index.ts';
import { byKind, label } from '../../../helpers/judges/views.ts';
import { ACCEPTED, type AcceptCheck, notJudged, SEQUENCE, verdictOf } from '../judging.ts';
import { perAcceptor } from '../view.ts';

export const oneStatusChange = exactlyOne(ACCEPTED, 'ACCEPT-SEQ-01', 'StatusChange');
export const oneParticipantsUpdated = exactlyOne(ACCEPTED, 'ACCEPT-SEQ-02', 'ParticipantsUpdated');
export const oneMessageLogUpdated = exactlyOne(ACCEPTED, 'ACCEPT-SEQ-03', 'MessageLogUpdated');

export const documentedOrder: AcceptCheck = {
  requirement: 'ACCEPT-ORDER-01',
  does: 'compares the arrival order of the three notifications',
  run: perAcceptor((v) => {
    const order = SEQUENCE;
    const seen = v.ofChat.filter((n) => order.includes(n.kind));
    if (order.some((k) => byKind(v, k).length !== 1))
      return [notJudged('ACCEPT-ORDER-01', 'the three notifications did not each arrive once (see ACCEPT-SEQ-01..03)')];
    const observed = seen.map((n) => n.kind);
    return [
      verdictOf('ACCEPT-ORDER-01', observed.join() === order.join(), order.join(' → '), observed.join(' → '), {
        table: { expected: [...order], observed: seen.map(label) },
      }),
    ];
  }),
};

export const onChatsChannel = channelOf(ACCEPTED, 'ACCEPT-CHANNEL-01');
export const documentedShape = documentedShapes(ACCEPTED, 'ACCEPT-SCHEMA-01');
