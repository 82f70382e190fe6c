/**
 * Accept as the simulator serves it, faithful to the seed (docs/chat-accept-page.txt): the checks the
 * docs give, in order, each refusal the error the Return Values table gives it (the other reading where
 * the variant other-open-choices makes the other choices the docs leave open); then the chat offered to
 * this agent becomes Chatting, the answer is {"statusCode": 0}, and StatusChange, ParticipantsUpdated
 * and MessageLogUpdated go to this agent on /v2/me/chats. No fault is named here: the catalogue's
 * faults bend these checks by name, or transform the plan.
 */

import {
  chatResource,
  gwsError,
  messageLogUpdated,
  type OperationCall,
  type SimChat,
  type SimOperation,
  stateChange,
  successPlan,
} from '../../../simulator/kit.ts';

/** What Accept's checks and plan work on: the chat offered to this agent, and the nickname to show. */
export interface AcceptState {
  chat?: SimChat;
  nickname: unknown;
}

/** The reading of the Return Values table a refusal takes: the suite's own, or the other one the docs allow. */
const reading = (call: OperationCall, own: number, other: number) => (call.ctx.on('other-open-choices') ? other : own);

export const ACCEPT_HANDLER: SimOperation<AcceptState> = {
  name: 'Accept',
  prepare: (call) => ({ chat: call.ctx.model.chatForAgent(call.chatId, call.agent), nickname: call.body.nickname }),
  rules: [
    {
      // The chat is offered to this agent (another agent's, or none: not found).
      name: 'chat-offered-here',
      check: (call, s) =>
        s.chat
          ? undefined
          : call.ctx.on('other-open-choices') && call.ctx.model.chats.has(call.chatId)
            ? gwsError(403, 3, `Chat ${call.chatId} is offered to another agent`)
            : gwsError(404, 6, `Chat ${call.chatId} not found`),
    },
    {
      name: 'nickname-given',
      check: (call, s) =>
        s.nickname !== undefined && s.nickname !== ''
          ? undefined
          : s.nickname === '' && call.ctx.on('other-open-choices')
            ? gwsError(400, 10, 'nickname must not be empty')
            : gwsError(400, 1, 'Required parameter nickname is missing'),
    },
    {
      name: 'nickname-text',
      check: (call, s) => (typeof s.nickname === 'string' ? undefined : gwsError(400, reading(call, 10, 2), 'nickname must be a string')),
    },
    {
      name: 'savelar-true-or-false',
      check: (call) =>
        call.body.saveLAR === undefined || typeof call.body.saveLAR === 'boolean'
          ? undefined
          : gwsError(400, reading(call, 10, 2), 'saveLAR must be true or false'),
    },
    {
      name: 'chat-still-offered',
      check: (call, s) =>
        s.chat!.state === 'Invited'
          ? undefined
          : gwsError(400, reading(call, 2, 3), `Chat ${call.chatId} cannot be accepted in state ${s.chat!.state}`),
    },
  ],
  plan(call, s) {
    const { model, apiBase } = call.ctx;
    const chat = s.chat!;
    const referenceId = call.session.nextReferenceId++;
    model.accept(chat, call.agent, String(s.nickname), Date.now());
    call.ctx.log.info({ chat: chat.id, agent: call.agent.username, referenceId }, 'chat accepted');
    return successPlan([
      stateChange('StatusChange', chatResource(apiBase, chat, 'chatting-empty'), referenceId),
      stateChange('ParticipantsUpdated', chatResource(apiBase, chat, 'chatting'), referenceId),
      messageLogUpdated(apiBase, chat, chat.entries),
    ]);
  },
};
