/**
 * SendMessage as the simulator serves it (the Chat SendMessage page, S8): in a Chatting chat of this
 * agent, the text is added to the transcript as the agent's Text entry, the answer is {"statusCode": 0},
 * and a MessageLogUpdated with that one entry goes to the agent; without text, it is refused
 * (statusCode 1).
 */
import { type AgentChat, entryHandler, gwsError, type Rule, type SimOperation } from '../../../simulator/kit.ts';
import { SEND_MESSAGE } from '../operation.ts';

export type SendMessageState = AgentChat;

const textGiven: Rule<AgentChat> = {
  name: 'text-given',
  check: (call) =>
    typeof call.body.text === 'string' && call.body.text !== '' ? undefined : gwsError(400, 1, 'Required parameter text is missing'),
};

export const SEND_MESSAGE_HANDLER: SimOperation<SendMessageState> = entryHandler(SEND_MESSAGE, [textGiven]);
