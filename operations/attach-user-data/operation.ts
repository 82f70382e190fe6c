/**
 * AttachUserData, as the docs describe it (the Chat AttachUserData page, S11; the PropertiesUpdated sample,
 * S14; docs/gws-chat-api-facts.md §4.1, §5, §6.1): the agent attaches key-value pairs to a chat it is
 * Chatting in. The answer is {"statusCode": 0}; one PropertiesUpdated follows with the request's
 * referenceId and the whole chat, its userData holding the pairs (values strings or numbers, keeping
 * their type) beside the keys it had.
 */
import { definePropertiesOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const ATTACH_USER_DATA = definePropertiesOperation({
  name: 'AttachUserData',
  prefix: 'ATTACHDATA',
  doc: PAGES.userData,
  params: [{ name: 'userData', type: 'object', required: true, says: 'the key-value pairs to attach' }],
  userData: { change: 'set', param: 'userData' },
  effects: ['the chat carries the attached data (PropertiesUpdated, the REST view)'],
});
