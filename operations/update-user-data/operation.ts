/**
 * UpdateUserData, as the docs describe it (the Chat UpdateUserData page, S11; docs/gws-chat-api-facts.md
 * §4.1, §5, §6.1): the agent overwrites the values of the keys it gives in a chat it is Chatting in. The
 * answer is {"statusCode": 0}; one PropertiesUpdated follows with the request's referenceId and the
 * whole chat, its userData holding the new values (keeping their type) beside the keys it had.
 */
import { definePropertiesOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const UPDATE_USER_DATA = definePropertiesOperation({
  name: 'UpdateUserData',
  prefix: 'UPDATEDATA',
  doc: PAGES.userData,
  params: [{ name: 'userData', type: 'object', required: true, says: 'the key-value pairs to overwrite (or add)' }],
  userData: { change: 'set', param: 'userData' },
  effects: ['the chat carries the updated data (PropertiesUpdated, the REST view)'],
});
