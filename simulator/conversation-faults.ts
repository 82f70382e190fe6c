/**
 * The faults of the rules that hold across a whole conversation (helpers/judges/catalogue/
 * conversation-requirements.ts): what the agent is sent of the customer's messages, the customer's
 * transcript, the referenceIds of successive requests, and the chat's REST view. They are the
 * simulator's own (the customer side, the request counter and the REST view belong to no one
 * operation): each switches a server-wide behaviour on (switches.ts) and names the requirements it
 * breaks, exactly.
 */
import type { Deviation } from './operations/operation.ts';

const GMS = 'GMS Chat API v2 (S26)';

export const CONVERSATION_FAULTS: readonly Deviation[] = [
  {
    name: 'customer-message-twice',
    breaks: ['CONV-CUSTOMER-01'],
    description: 'A message the customer sends reaches the agent twice (its MessageLogUpdated sent again)',
    rationale: `Each message the customer sends (${GMS} send) is added to the transcript once, and MessageLogUpdated carries what was added (S14)`,
    switches: ['customer-message-twice'],
  },
  {
    name: 'customer-message-lost',
    breaks: ['CONV-CUSTOMER-01'],
    description:
      "A message the customer sends while the agent is Chatting never reaches the agent (the customer's transcript still shows it)",
    rationale: `What the customer sends (${GMS} send) is added to the chat, and the agent is sent what is added (S14 MessageLogUpdated)`,
    switches: ['customer-message-lost'],
  },
  {
    name: 'customer-message-from-agent',
    breaks: ['CONV-CUSTOMER-02'],
    description: "The agent is sent the customer's message as if from the agent's own participant",
    rationale: "The Accept sample's transcript shows the customer's entries from {type Customer} with the customer's participantId (S1)",
    switches: ['customer-message-from-agent'],
  },
  {
    name: 'customer-message-index-reused',
    breaks: ['CONV-CUSTOMER-03'],
    description: "The agent is sent the customer's message with the index of the entry before it",
    rationale: "An entry's index is its position in the transcript: a new entry's is above every one before (S14, S8)",
    switches: ['customer-message-index-reused'],
  },
  {
    name: 'customer-transcript-reordered',
    breaks: ['CONV-TRANSCRIPT-01'],
    description: "The customer's GMS transcript lists the chat's messages in reverse order",
    rationale: `The customer's transcript (${GMS} refresh) and the agent's are one transcript, by index (S1, S26)`,
    switches: ['customer-transcript-reordered'],
  },
  {
    name: 'customer-leaves-unseen',
    breaks: ['CONV-CUSTOMER-04'],
    description: 'The customer leaves (GMS disconnect) while the agent is Chatting, and the agent is sent nothing',
    rationale: `Disconnect ends the customer's session (${GMS}); a participant leaving shows as a ParticipantLeft entry (S1 sample)`,
    switches: ['customer-leaves-unseen'],
  },
  {
    name: 'referenceid-repeated',
    breaks: ['CONV-REFID-01'],
    description: 'Every notification a request causes carries referenceId 1, whichever request it was',
    rationale: 'referenceId correlates a notification with the request that caused it (S14): requests cannot share one',
    switches: ['referenceid-repeated'],
  },
  {
    name: 'ended-chat-answers-success',
    breaks: ['CONV-ENDED-01'],
    description: 'An operation on a chat the agent has completed or rejected answers {"statusCode": 0} (and does nothing)',
    rationale: 'A Completed chat has no capabilities (S2, S3); a request that cannot be carried out answers a non-zero statusCode (S17)',
    switches: ['ended-chat-answers-success'],
  },
  {
    name: 'ended-chat-refusal-notifies',
    breaks: ['CONV-ENDED-02'],
    description: 'An operation refused on a chat the agent has completed or rejected is followed by a StatusChange about the chat',
    rationale: 'A failed request changes nothing (S17)',
    switches: ['ended-chat-refusal-notifies'],
  },
  {
    name: 'left-chat-answers-success',
    breaks: ['CONV-LEFT-01'],
    description: 'An operation refused on a chat the agent left (LeftChat) answers {"statusCode": 0} instead (and does nothing)',
    rationale:
      "Leave ends the customer's session, and the sample's LeftChat capabilities list nothing that writes to the customer (S4); a request that cannot be carried out answers a non-zero statusCode (S17)",
    switches: ['left-chat-answers-success'],
  },
  {
    name: 'rest-view-offered',
    breaks: ['CONV-REST-01', 'CONV-REST-03', 'CONV-REST-05'],
    description:
      "The chat's REST view (GET /api/v2/me/chats/{id}) shows the chat as it was offered, whatever state it is in: the offer's state and capabilities, no participants",
    rationale:
      'A GET of one resource answers the resource (S17); the sample client recovers the chats it was notified of from it (C2): it shows the chat as it is',
    switches: ['rest-view-offered'],
  },
  {
    name: 'rest-view-customer-renamed',
    breaks: ['CONV-REST-03'],
    description: 'The chat\'s REST view lists the customer as "Customer", not under the nickname given to GMS',
    rationale:
      'The customer appears under the nickname of the chat request (GMS Chat API v2; the seed); a GET of the chat answers it as it is (S17, C2)',
    switches: ['rest-view-customer-renamed'],
  },
  {
    name: 'rest-view-userdata-unchanged',
    breaks: ['CONV-REST-02'],
    description: "The chat's REST view shows the userData the chat started with, whatever the user data operations changed",
    rationale: 'The user data operations change the chat (S11); a GET of the chat answers it as it is (S17, C2)',
    switches: ['rest-view-userdata-unchanged'],
  },
  {
    name: 'rest-list-without-chat',
    breaks: ['CONV-REST-04'],
    description: "The agent's chats over REST (GET /api/v2/me/chats?fields=*) leave out the chats the agent is chatting in",
    rationale:
      "A GET of a collection answers its resources (S17); the sample client recovers the agent's chats from it (C2): a chat the agent holds is in it",
    switches: ['rest-list-without-chat'],
  },
  {
    name: 'rest-view-ended-chatting',
    breaks: ['CONV-REST-05'],
    description: "The chat's REST view shows a chat the agent left or completed as Chatting still",
    rationale:
      "Leave and Complete end the agent's part in the chat, as their StatusChange says (S3, S4); a GET of the chat answers it as it is (S17, C2)",
    switches: ['rest-view-ended-chatting'],
  },
  {
    name: 'rest-view-participant-ids-renewed',
    breaks: ['CONV-REST-03'],
    description: "The chat's REST view gives its participants participantIds of its own, not those the notifications gave them",
    rationale:
      "A participant keeps its participantId in the chat (the seed's ParticipantsUpdated; S8–S13 entries name it); a GET of the chat answers it as it is (S17, C2)",
    switches: ['rest-view-participant-ids-renewed'],
  },
];
