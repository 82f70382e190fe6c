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
