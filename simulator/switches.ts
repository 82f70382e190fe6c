/**
 * The server-wide behaviours a deviation (a fault, or a legal variant) can switch on: how the simulator
 * authenticates, protects writes, serves CometD, routes and offers chats, and answers errors. Each is a
 * mechanism of the simulator, named here once and typed; which requirement a switch breaks is the
 * declaring deviation's to say (operations/<name>/simulator/). What a deviation does to one operation's
 * answer and notifications is a transform of that operation's plan, not a switch.
 */
export const SIM_SWITCHES = [
  // Credentials and sessions
  'password-not-checked',
  'credentials-fall-back',
  'credentials-refused-as-500',
  // CSRF protection
  'csrf-off',
  'csrf-not-enforced',
  'csrf-token-not-compared',
  'csrf-token-not-bound',
  'csrf-without-session',
  // CometD
  'handshake-anonymous',
  'handshake-password-unchecked',
  'client-publish-broadcast',
  'websocket-refused',
  // Routing and offers
  'offer-without-reject',
  'offer-leak-to-observers',
  'uuid-ids',
  // The customer's side (GMS) and what the agent is sent of it; referenceIds across requests
  'customer-message-twice',
  'customer-message-lost',
  'customer-message-from-agent',
  'customer-message-index-reused',
  'customer-transcript-reordered',
  'customer-leaves-unseen',
  'referenceid-repeated',
  'ended-chat-answers-success',
  'ended-chat-refusal-notifies',
  'left-chat-answers-success',
  // The chat's REST view (GET /api/v2/me/chats/{id})
  'rest-view-offered',
  'rest-view-customer-renamed',
  'rest-view-userdata-unchanged',
  'rest-list-without-chat',
  'rest-view-ended-chatting',
  'rest-view-participant-ids-renewed',
  // Chat operations' error answers: a deviation's switch bends its own operation's refusals (and those of no known operation)
  'unknown-operation-ignored',
  'error-statuscodes-generic',
  'error-without-statusmessage',
  'error-html',
  'errors-http-200',
  // Where the docs leave a choice open: the other readings (statusCodes, the session deciding over the Basic header)
  'other-open-choices',
] as const;

export type SimSwitch = (typeof SIM_SWITCHES)[number];
