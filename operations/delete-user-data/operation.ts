/**
 * DeleteUserData, as the docs describe it (the Chat DeleteUserData page, S11; docs/gws-chat-api-facts.md
 * §4.1, §5, §6.1): the agent deletes the keys it names from the userData of a chat it is Chatting in.
 * The answer is {"statusCode": 0}; one PropertiesUpdated follows with the request's referenceId and the
 * whole chat, its userData without those keys, the others kept.
 */
import { definePropertiesOperation } from '../../helpers/contract/operation.ts';
import { PAGES } from '../../helpers/judges/catalogue/pages.ts';

export const DELETE_USER_DATA = definePropertiesOperation({
  name: 'DeleteUserData',
  prefix: 'DELETEDATA',
  doc: PAGES.userData,
  params: [{ name: 'keys', type: 'array', required: true, says: 'the keys to delete' }],
  userData: { change: 'remove', param: 'keys' },
  effects: ['the chat no longer carries the deleted keys (PropertiesUpdated, the REST view)'],
});
