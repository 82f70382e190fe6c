/**
 * The capability lists the docs print, defined once: the simulator serves them, the checks compare with
 * them (docs/gws-chat-api-facts.md §4.3).
 */
import type { ChatCapability } from './generated/payloads.ts';

/** A Chatting chat right after Accept, verbatim from the seed (S1). */
export const SEED_CHATTING_CAPABILITIES: readonly ChatCapability[] = [
  'Transfer',
  'Complete',
  'Leave',
  'InFocus',
  'SendMessage',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];

/** A Chatting chat in the user data samples, verbatim (S11, S14: SetInFocus, the disposition and user data operations). */
export const USER_DATA_CHATTING_CAPABILITIES: readonly ChatCapability[] = [
  'Transfer',
  'Leave',
  'Invite',
  'Consult',
  'SetInFocus',
  'SetDisposition',
  'AttachUserData',
  'DeleteUserData',
  'UpdateUserData',
  'Complete',
  'SendMessage',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];

/** What every documented Chatting list holds (the seed; S11, S14): the rest varies between samples. */
export const COMMON_CHATTING_CAPABILITIES: readonly ChatCapability[] = [
  'Transfer',
  'Leave',
  'Complete',
  'SendMessage',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];

/** An offered chat (INFERRED: the sample clients list Accept and Reject among the chat capabilities, C2). */
export const OFFER_CAPABILITIES: readonly ChatCapability[] = ['Accept', 'Reject'];

/** A chat the agent left outside a conference, verbatim from the Leave page's sample (S4). */
export const LEFTCHAT_CAPABILITIES: readonly ChatCapability[] = ['Transfer', 'Complete', 'Leave', 'InFocus'];

/** What writes to the customer: gone from a chat whose customer's session has ended (S4's LeftChat list has none of them). */
export const CUSTOMER_WRITING_CAPABILITIES: readonly ChatCapability[] = [
  'SendMessage',
  'SendStartTypingNotification',
  'SendStopTypingNotification',
];
