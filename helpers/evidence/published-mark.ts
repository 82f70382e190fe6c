/**
 * The mark a probe puts in a message it publishes on a chat channel as a client: whoever receives a
 * message with it shows that a client's publish reached them (the security scenario's publish probe).
 */
export const PUBLISHED_MARK = 'gws-chat-conformance: published by a client';
