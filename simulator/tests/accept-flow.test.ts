/**
 * The faithful simulator serves Accept as the seed documents it, and the chat's life around it:
 * routing, the customer's view, Reject and re-offer, Complete.
 */
import { expect } from '@playwright/test';
import { SEED_CHATTING_CAPABILITIES } from '../../helpers/contract/capabilities.ts';
import { CHATS_CHANNEL } from '../../helpers/contract/endpoints.ts';
import type { BayeuxEvent, ChatStateChangeMessage, MessageLogUpdated } from '../../helpers/contract/generated/payloads.ts';
import { validate } from '../../helpers/contract/validator.ts';
import { awaitOffer, stateChangeOf } from '../../helpers/target/agent.ts';
import { acceptSequence, chatEvents, QUIET_MS, sleep, test } from './fixtures.ts';

test.describe('faithful simulator: Accept as the seed documents it', () => {
  test('offer, Accept, statusCode 0, then StatusChange, ParticipantsUpdated, MessageLogUpdated', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    const chat = await customer.startChat({ nickname: 'PersonP' });
    await customer.send(chat, 'Hello World');
    const chatId = await awaitOffer(recorder, agent.actor, 5000);

    const offer = stateChangeOf(chatEvents(recorder, agent.actor)[0])!;
    expect(validate('ChatStateChangeMessage', offer).errors).toEqual([]);
    expect(offer.chat).toMatchObject({ id: chatId, state: 'Invited', capabilities: ['Accept', 'Reject'] });

    const from = recorder.cursor();
    const response = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ statusCode: 0 });

    const events = await acceptSequence(recorder, agent.actor, from);
    expect(events.map((e) => e.channel)).toEqual([CHATS_CHANNEL, CHATS_CHANNEL, CHATS_CHANNEL]);
    for (const e of events) expect(validate('ChatsNotification', e.message).errors).toEqual([]);
    const [status, participants, log] = events.map((e) => (e.message as { data: unknown }).data) as [
      ChatStateChangeMessage,
      ChatStateChangeMessage,
      MessageLogUpdated,
    ];

    expect(status).toMatchObject({
      messageType: 'ChatStateChangeMessage',
      notificationType: 'StatusChange',
      chat: { id: chatId, state: 'Chatting', participants: [] },
    });
    // The seed's list, verbatim, in its order.
    expect(status.chat.capabilities).toEqual([...SEED_CHATTING_CAPABILITIES]);
    expect(typeof status.referenceId).toBe('number');
    expect(status.chat.uri).toBe(`${new URL(agent.http.baseUrl).origin}/api/v2/chats/${chatId}`);

    expect(participants).toMatchObject({
      notificationType: 'ParticipantsUpdated',
      referenceId: status.referenceId,
      chat: { id: chatId, uri: status.chat.uri, state: 'Chatting' },
    });
    expect(participants.chat.participants?.map((p) => [p.type, p.nickname])).toEqual([
      ['Agent', 'Marat'],
      ['Customer', 'PersonP'],
    ]);

    expect(log).toMatchObject({ messageType: 'MessageLogUpdated', notificationType: 'NewMessages', chatUri: status.chat.uri });
    expect(log.messages.map((m) => [m.index, m.type, m.from.type, m.text ?? null])).toEqual([
      [1, 'ParticipantJoined', 'Customer', null],
      [2, 'Text', 'Customer', 'Hello World'],
      [3, 'ParticipantJoined', 'Agent', null],
    ]);
    expect(log.messages[2].from.participantId).toBe(participants.chat.participants![0].participantId);

    const state = await agent.http.getChat(chatId);
    expect(state.body).toMatchObject({ statusCode: 0, chat: { id: chatId, state: 'Chatting' } });
  });

  test('saveLAR is accepted', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    const response = await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat', saveLAR: true });
    expect(response.body).toEqual({ statusCode: 0 });
  });

  test('the customer sees the agent join and the agent messages; the agent sees the customer messages', async ({
    recorder,
    online,
    customer,
  }) => {
    const agent = await online(0);
    const chat = await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, agent.actor, 5000);
    await agent.http.accept(chatId, { operationName: 'Accept', nickname: 'Marat' });
    expect((await agent.http.chatOperation(chatId, { operationName: 'SendMessage', text: 'How may I help you?' })).body).toEqual({
      statusCode: 0,
    });
    const refreshed = await customer.refresh(chat, 1);
    expect(refreshed.messages?.map((m) => [m.type, m.from.type, m.text ?? null])).toEqual([
      ['ParticipantJoined', 'Client', null],
      ['ParticipantJoined', 'Agent', null],
      ['Message', 'Agent', 'How may I help you?'],
    ]);
    const from = recorder.cursor();
    await customer.send(chat, 'I need help');
    const note = await recorder.waitFor(
      (e) => e.kind === 'bayeux' && e.actor === agent.actor && JSON.stringify(e.message).includes('I need help'),
      'customer message',
      5000,
      from,
    );
    expect(validate('ChatsNotification', (note as BayeuxEvent).message).ok).toBe(true);
  });

  test('with no Ready agent the chat waits, and is offered when an agent becomes Ready', async ({ recorder, online, customer }) => {
    const agent = await online(0, false);
    await customer.startChat({ nickname: 'Waiting' });
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, agent.actor)).toEqual([]);
    await agent.http.setChatReady(true);
    await awaitOffer(recorder, agent.actor, 5000);
  });

  test('Reject answers statusCode 0, notifies Completed, and the chat is offered to another agent', async ({
    recorder,
    online,
    customer,
  }) => {
    const first = await online(0);
    const second = await online(1);
    await customer.startChat({ nickname: 'PersonP' });
    const chatId = await awaitOffer(recorder, first.actor, 5000); // Ready longest
    const from = recorder.cursor();
    expect((await first.http.chatOperation(chatId, { operationName: 'Reject' })).body).toEqual({ statusCode: 0 });
    const reoffered = await awaitOffer(recorder, second.actor, 5000, from);
    expect(reoffered).toBe(chatId);
    await recorder.waitFor((e) => e.kind === 'bayeux' && e.actor === first.actor, 'the Completed notification', 5000, from);
    await sleep(QUIET_MS);
    const rejected = chatEvents(recorder, first.actor, from).map((e) => stateChangeOf(e)!);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ notificationType: 'StatusChange', chat: { id: chatId, state: 'Completed', participants: [] } });
    expect(rejected[0].chat.capabilities).toBeUndefined();
    expect(typeof rejected[0].referenceId).toBe('number');
  });

  test('Complete frees the agent for the next chat', async ({ recorder, online, customer }) => {
    const agent = await online(0);
    await customer.startChat({ nickname: 'One' });
    const first = await awaitOffer(recorder, agent.actor, 5000);
    await agent.http.accept(first, { operationName: 'Accept', nickname: 'Marat' });
    const from = recorder.cursor();
    await customer.startChat({ nickname: 'Two' });
    await sleep(QUIET_MS);
    expect(chatEvents(recorder, agent.actor, from).filter((e) => stateChangeOf(e)?.chat.state === 'Invited')).toEqual([]); // capacity 1
    expect((await agent.http.chatOperation(first, { operationName: 'Complete' })).body).toEqual({ statusCode: 0 });
    const second = await awaitOffer(recorder, agent.actor, 5000, from);
    expect(second).not.toBe(first);
  });
});
