/**
 * SendCustomNoticeToAgents, as the docs describe it (the Chat SendCustomNoticeToAgents page, S12; 8.5.2
 * DRAFT; docs/gws-chat-api-facts.md §5, §6.2): the agent sends a notice to the chat's agents only. The
 * answer is {"statusCode": 0}; one MessageLogUpdated NewMessages follows with one CustomNotice entry
 * carrying the noticeText exactly as sent, from the agent's participant, visibility Agents; the customer
 * never sees it. The page speaks of agents in a conference or consultation; it does not say the notice is
 * refused without one [I]: a server that refuses it there is declared in a profile.
 */
import { defineEntryOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const CUSTOM_NOTICE = defineEntryOperation({
  name: 'SendCustomNoticeToAgents',
  prefix: 'CUSTOMNOTICE',
  doc: PAGES.customNotice,
  params: [{ name: 'noticeText', type: 'string', required: true, says: 'the notice to the agents' }],
  entry: {
    type: 'CustomNotice',
    visibility: 'Agents',
    from: 'the agent',
    echoes: [{ field: 'noticeText', param: 'noticeText' }],
    without: [],
    customer: 'never sees it',
  },
  effects: ['the customer never sees the notice (GMS transcript)'],
});
