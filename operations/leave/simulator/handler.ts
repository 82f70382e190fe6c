/**
 * Leave as the simulator serves it (the Chat Leave page, S4): a Chatting chat of this agent, outside a
 * conference, is LeftChat; the answer is {"statusCode": 0}; a StatusChange with the request's
 * referenceId shows the chat LeftChat with the sample's capabilities; the customer's session ends, and the
 * chat stays the agent's to complete.
 */
import {
  type AgentChat,
  agentChat,
  chatChattingHere,
  chatKnownHere,
  chatResource,
  type SimOperation,
  stateChange,
  successPlan,
} from '../../../simulator/kit.ts';

export type LeaveState = AgentChat;

export const LEAVE_HANDLER: SimOperation<LeaveState> = {
  name: 'Leave',
  prepare: agentChat,
  rules: [chatKnownHere, chatChattingHere],
  plan(call, s) {
    const chat = s.chat!;
    const referenceId = call.session.nextReferenceId++;
    call.ctx.model.leave(chat, Date.now());
    return successPlan([stateChange('StatusChange', chatResource(call.ctx.apiBase, chat, 'leftchat'), referenceId)]);
  },
};
