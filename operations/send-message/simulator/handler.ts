/**
 * SendMessage as the simulator serves it (the Chat SendMessage page, S8): in a Chatting chat of this
 * agent, the text is added to the transcript as the agent's Text entry, the answer is {"statusCode": 0},
 * and a MessageLogUpdated with that one entry goes to the agent; without text, it is refused
 * (statusCode 1).
 */
import { type AgentChat, entryHandler, type SimOperation } from '../../../simulator/kit.ts';
import { SEND_MESSAGE } from '../operation.ts';

export type SendMessageState = AgentChat;

/** Its rule that text is given is that of every operation whose entry echoes a parameter (text-given). */
export const SEND_MESSAGE_HANDLER: SimOperation<SendMessageState> = entryHandler(SEND_MESSAGE);
