/**
 * What an offer is, defined once: a ChatStateChangeMessage StatusChange about a chat not yet Chatting
 * whose capabilities include Accept (the Accept and Reject pages: the operation is done "when a new
 * chat is offered"; the sample clients read the capabilities; docs/gws-chat-api-facts.md §6.5). The
 * drive waits for it, the judges read it, the mutation engine names it.
 */
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Does this notification's data offer a chat? */
export function isOfferData(data: unknown): boolean {
  if (!isObject(data) || data.messageType !== 'ChatStateChangeMessage' || data.notificationType !== 'StatusChange') return false;
  const chat = data.chat;
  return isObject(chat) && chat.state !== 'Chatting' && Array.isArray(chat.capabilities) && chat.capabilities.includes('Accept');
}
