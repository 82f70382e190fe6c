/**
 * Reject as the simulator serves it (the Chat Reject page, S2): a chat offered to this agent is
 * Completed for it, the answer is {"statusCode": 0}, a StatusChange Completed with the request's
 * referenceId, no participants and no capabilities goes to the agent, and the chat is offered to the
 * next Ready agent, never to this one again.
 */

import {
  type AgentChat,
  agentChat,
  chatKnownHere,
  chatResource,
  gwsError,
  routeAndOffer,
  type SimOperation,
  stateChange,
  successPlan,
} from '../../../simulator/kit.ts';

export type RejectState = AgentChat;

export const REJECT_HANDLER: SimOperation<RejectState> = {
  name: 'Reject',
  prepare: agentChat,
  rules: [
    chatKnownHere,
    {
      name: 'chat-offered-here',
      check: (call, s) =>
        s.chat!.state === 'Invited' && s.chat!.offeredTo === call.agent
          ? undefined
          : gwsError(400, 2, `Chat ${call.chatId} cannot be rejected in state ${s.chat!.state}`),
    },
  ],
  plan(call, s) {
    const chat = s.chat!;
    const referenceId = call.session.nextReferenceId++;
    call.ctx.model.reject(chat, call.agent);
    const plan = successPlan([stateChange('StatusChange', chatResource(call.ctx.apiBase, chat, 'completed'), referenceId)]);
    plan.afterwards = () => routeAndOffer(call.ctx);
    return plan;
  },
};
