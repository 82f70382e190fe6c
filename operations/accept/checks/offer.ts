/**
 * Checks of the offer: how a chat reaches the agent before it is accepted.
 */
import { CHATS_CHANNEL } from '../../../helpers/contract/endpoints.ts';
import { validate } from '../../../helpers/contract/validator.ts';
import { json } from '../../../helpers/judges/check.ts';
import { capabilitiesOf, chatOf, classify, isOffer, lastSegment, stepIndex } from '../../../helpers/judges/views.ts';
import { type AcceptCheck, notJudged, verdictOf } from '../judging.ts';

export const offeredAsDocumented: AcceptCheck = {
  requirement: 'ACCEPT-OFFER-01',
  does: 'reads the offer each acceptor received before its Accept',
  run: (ctx) => {
    const t = ctx.transcript;
    return ctx.scenario.actors.flatMap((actor) => {
      const chatId = ctx.scenario.chats[actor];
      const accept = stepIndex(t, 'accept', actor);
      const until = accept < 0 ? t.events.length : accept;
      const offers = t.events
        .slice(0, until)
        .map((e, i) => (e.kind === 'bayeux' && e.actor === actor ? classify(i, e) : undefined))
        .filter((n) => n !== undefined && n.chatId === chatId && n.kind === 'StatusChange');
      if (!chatId || offers.length === 0)
        return [{ ...notJudged('ACCEPT-OFFER-01', 'no offer of the chat was recorded before the Accept'), actor }];
      const offer = offers[0]!;
      const caps = capabilitiesOf(offer);
      const shape = validate('ChatStateChangeMessage', offer.data);
      const uri = chatOf(offer).uri;
      const problems = [
        offer.channel === CHATS_CHANNEL ? '' : `on ${offer.channel}`,
        isOffer(offer) ? '' : `in state ${json(chatOf(offer).state)}`,
        caps.includes('Reject') ? '' : `capabilities ${json(caps)} without Reject`,
        ...shape.errors.map((e) => `${e.pointer || '/'}: expected ${e.expected}, got ${e.actual}`),
        uri === undefined || lastSegment(uri) === chatId ? '' : `chat.uri ${json(uri)} names another chat`,
      ].filter(Boolean);
      return [
        {
          ...verdictOf(
            'ACCEPT-OFFER-01',
            problems.length === 0,
            'a StatusChange on /v2/me/chats of the documented shape, not Chatting, offering Accept and Reject',
            problems.length === 0 ? 'as documented' : problems.join('; '),
            {
              evidence: [offer.index],
            },
          ),
          actor,
        },
      ];
    });
  },
};
