/**
 * SendNicknameUpdatedNotice, as the docs describe it (the Chat SendNicknameUpdatedNotice page, S12;
 * docs/gws-chat-api-facts.md §5, §6.2): the agent tells the chat's other participants it changed its
 * nickname. The answer is {"statusCode": 0}; one MessageLogUpdated NewMessages follows with one
 * NicknameUpdated entry whose noticeText is the new nickname, from the agent's participant (the sample
 * shows it under the new nickname), visibility All; the customer sees it. Whether later entries keep the
 * new nickname no page shows: not judged.
 */
import { defineEntryOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const NICKNAME_NOTICE = defineEntryOperation({
  name: 'SendNicknameUpdatedNotice',
  prefix: 'NICKNAME',
  doc: PAGES.nicknameNotice,
  params: [
    { name: 'noticeText', type: 'string', required: true, says: 'the new nickname of the agent' },
    { name: 'text', type: 'string', required: false, says: 'a text with it (2017 draft; not judged)' },
  ],
  entry: {
    type: 'NicknameUpdated',
    visibility: 'All',
    from: 'the agent, renamed',
    echoes: [{ field: 'noticeText', param: 'noticeText' }],
    without: [],
    customer: 'sees it',
  },
  effects: ['the customer sees the NicknameUpdated notice (GMS transcript)'],
});
