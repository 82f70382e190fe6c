/**
 * Faults that break the notification sequence: each notification missing, duplicated, out of order, misnamed or on the wrong channel, and one too many after it (ACCEPT-SEQ, ORDER, CHANNEL, SCHEMA, QUIET).
 */
import { type AcceptDeviation, duplicate, messageLog, move, participantsUpdated, remove, statusChange } from '../deviation.ts';

export const SEQUENCE_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'statuschange-missing',
    breaks: ['ACCEPT-SEQ-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'The StatusChange notification is not sent',
    rationale: 'After Accept a StatusChange to Chatting arrives first (seed)',
    transform: (p) => remove(p, statusChange(p)),
  },
  {
    name: 'participantsupdated-missing',
    breaks: ['ACCEPT-SEQ-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'The ParticipantsUpdated notification is not sent',
    rationale: 'After Accept a ParticipantsUpdated with agent and customer arrives (seed)',
    transform: (p) => remove(p, participantsUpdated(p)),
  },
  {
    name: 'messagelog-missing',
    breaks: ['ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'The MessageLogUpdated notification is not sent',
    rationale: 'After Accept a notification with the complete chat history arrives (seed)',
    transform: (p) => remove(p, messageLog(p)),
  },
  {
    name: 'statuschange-duplicated',
    breaks: ['ACCEPT-SEQ-01', 'ACCEPT-ERR-12'],
    description: 'The StatusChange notification is sent twice',
    rationale: 'Exactly one StatusChange to Chatting per Accept (seed sequence)',
    transform: (p) => duplicate(p, statusChange(p)),
  },
  {
    name: 'participantsupdated-duplicated',
    breaks: ['ACCEPT-SEQ-02', 'ACCEPT-ERR-12'],
    description: 'The ParticipantsUpdated notification is sent twice',
    rationale: 'Exactly one ParticipantsUpdated per Accept (seed sequence)',
    transform: (p) => duplicate(p, participantsUpdated(p)),
  },
  {
    name: 'messagelog-duplicated',
    breaks: ['ACCEPT-SEQ-03', 'ACCEPT-ERR-12'],
    description: 'The MessageLogUpdated notification is sent twice',
    rationale: 'Exactly one MessageLogUpdated per Accept (seed sequence)',
    transform: (p) => duplicate(p, messageLog(p)),
  },
  {
    name: 'order-participants-first',
    breaks: ['ACCEPT-ORDER-01'],
    description: 'ParticipantsUpdated arrives before StatusChange',
    rationale: 'Documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated (seed)',
    transform: (p) => move(p, participantsUpdated(p), 0),
  },
  {
    name: 'order-messagelog-first',
    breaks: ['ACCEPT-ORDER-01'],
    description: 'MessageLogUpdated arrives before the two ChatStateChangeMessages',
    rationale: 'Documented order: StatusChange, ParticipantsUpdated, MessageLogUpdated (seed)',
    transform: (p) => move(p, messageLog(p), 0),
  },
  {
    name: 'messagetype-misspelled',
    breaks: ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-03', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'MessageLogUpdated is sent with messageType "MessageLogUpdate"',
    rationale: 'messageType is MessageLogUpdated (seed; S14)',
    transform: (p) => {
      messageLog(p).data.messageType = 'MessageLogUpdate';
    },
  },
  {
    name: 'notificationtype-misspelled',
    breaks: ['ACCEPT-SCHEMA-01', 'ACCEPT-SEQ-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'StatusChange is sent with notificationType "StateChange"',
    rationale: 'notificationType is one of StatusChange, ParticipantsUpdated, PropertiesUpdated, Error (S14)',
    transform: (p) => {
      statusChange(p).data.notificationType = 'StateChange';
    },
  },
  {
    name: 'wrong-channel',
    breaks: ['ACCEPT-CHANNEL-01'],
    description: 'The notifications are published on /v2/me/interactions instead of /v2/me/chats',
    rationale: 'Chat notifications arrive on /v2/me/chats (S14, S15)',
    transform: (p) => {
      for (const d of p.notifications) d.channel = '/v2/me/interactions';
    },
  },
  {
    name: 'extra-notification-after',
    breaks: ['ACCEPT-QUIET-01'],
    description: 'A PropertiesUpdated for the chat arrives 300 ms after the sequence',
    rationale: 'Accept causes exactly the documented three notifications (seed)',
    lateMs: 300,
    transform: (p) => {
      const extra = structuredClone(statusChange(p));
      extra.data.notificationType = 'PropertiesUpdated';
      delete extra.data.referenceId;
      p.later.push({ delayMs: 300, delivery: extra });
    },
  },
];
