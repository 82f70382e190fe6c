/**
 * Complete as the simulator serves it (the Chat Complete page, S3): a Chatting chat of this agent is
 * Completed, the answer is {"statusCode": 0}, a StatusChange Completed goes to the agent (as the sample:
 * no referenceId, no capabilities), and the agent's capacity is free for the next chat.
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

export type CompleteState = AgentChat;

export const COMPLETE_HANDLER: SimOperation<CompleteState> = {
  name: 'Complete',
  prepare: agentChat,
  rules: [
    chatKnownHere,
    {
      name: 'chat-chatting-here',
      // Chatting, or LeftChat: after Leave the agent can still complete the chat (S4).
      check: (call, s) =>
        (s.chat!.state === 'Chatting' || s.chat!.state === 'LeftChat') && s.chat!.agent === call.agent
          ? undefined
          : gwsError(400, 2, `Chat ${call.chatId} cannot be completed in state ${s.chat!.state}`),
    },
  ],
  plan(call, s) {
    const chat = s.chat!;
    call.session.nextReferenceId++;
    call.ctx.model.complete(chat, Date.now());
    const plan = successPlan([stateChange('StatusChange', chatResource(call.ctx.apiBase, chat, 'completed'))]);
    plan.afterwards = () => routeAndOffer(call.ctx);
    return plan;
  },
};
