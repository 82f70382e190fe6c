/**
 * What the handlers of operations on one of the agent's chats share: the chat found as the agent sees
 * it (offered to it, or its own), and the first check, that there is one (else HTTP 404, statusCode 6:
 * resource not found, Return Values).
 */
import { gwsError } from '../http.ts';
import type { SimChat } from '../model.ts';
import type { OperationCall, Rule } from './operation.ts';

/** The state of an operation on one of the agent's chats. */
export interface AgentChat {
  chat?: SimChat;
}

/** The chat the request names, if the agent has it (offered or its own). */
export const agentChat = (call: OperationCall): AgentChat => ({ chat: call.ctx.model.chatForAgent(call.chatId, call.agent) });

/** The agent has the chat the request names. */
export const chatKnownHere: Rule<AgentChat> = {
  name: 'chat-known-here',
  check: (call, s) => (s.chat ? undefined : gwsError(404, 6, `Chat ${call.chatId} not found`)),
};
