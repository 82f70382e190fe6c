/**
 * SendMessage as the simulator serves it (the Chat SendMessage page, S8): in a Chatting chat of this
 * agent, the text is added to the transcript as the agent's Text entry, the answer is {"statusCode": 0},
 * and a MessageLogUpdated with that one entry goes to the agent.
 */

import {
  type AgentChat,
  agentChat,
  chatKnownHere,
  gwsError,
  messageLogUpdated,
  type SimOperation,
  successPlan,
} from '../../../simulator/kit.ts';

export type SendMessageState = AgentChat;

export const SEND_MESSAGE_HANDLER: SimOperation<SendMessageState> = {
  name: 'SendMessage',
  prepare: agentChat,
  rules: [
    chatKnownHere,
    {
      name: 'chat-chatting-here',
      check: (call, s) =>
        s.chat!.state === 'Chatting' && s.chat!.agentParticipant
          ? undefined
          : gwsError(400, 2, `Chat ${call.chatId} is not in state Chatting`),
    },
    {
      name: 'text-given',
      check: (call) =>
        typeof call.body.text === 'string' && call.body.text !== '' ? undefined : gwsError(400, 1, 'Required parameter text is missing'),
    },
  ],
  plan(call, s) {
    const chat = s.chat!;
    call.session.nextReferenceId++;
    const entry = call.ctx.model.addEntry(chat, 'Text', chat.agentParticipant!, Date.now(), call.body.text as string);
    return successPlan([messageLogUpdated(call.ctx.apiBase, chat, [entry])]);
  },
};
