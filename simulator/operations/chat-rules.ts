/**
 * What the handlers of operations on one of the agent's chats share: the chat found as the agent sees
 * it (offered to it, or its own), the first check, that there is one (else HTTP 404, statusCode 6:
 * resource not found, Return Values), and the check that the agent is Chatting in it.
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

/** The agent's chat is Chatting, with the agent in it (an offer is not). */
export const chatChattingHere: Rule<AgentChat> = {
  name: 'chat-chatting-here',
  check: (call, s) =>
    s.chat!.state === 'Chatting' && s.chat!.agent === call.agent && s.chat!.agentParticipant
      ? undefined
      : gwsError(400, 2, `Chat ${call.chatId} is not in state Chatting with this agent`),
};

/** The chat is only offered to the agent: not one it accepted (what an operation on a Chatting chat refuses). */
export const onlyOfferedTo = (s: AgentChat, agent: unknown): boolean => s.chat?.offeredTo === agent && s.chat?.agent !== agent;
