/**
 * Faults that break the chat history in MessageLogUpdated: indices, timestamps, visibility, the customer's
 * messages and identity, the agent's join (ACCEPT-LOG, ID-01, SCHEMA).
 */
import { type AcceptDeviation, entries, type JsonObject, messageLog, parseGwsTimestamp } from '../deviation.ts';

export const HISTORY_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'messagelog-index-from-zero',
    breaks: ['ACCEPT-LOG-03'],
    description: 'Transcript indices start at 0',
    rationale: 'Transcript indices start at 1 (seed; GMS transcript)',
    transform: (p) => {
      for (const e of entries(p)) e.index = (e.index as number) - 1;
    },
  },
  {
    name: 'messagelog-index-duplicate',
    breaks: ['ACCEPT-LOG-02'],
    description: 'Two transcript entries share one index (gaps alone are legal: see variant non-contiguous-indices)',
    rationale: 'Each transcript entry has its own position (seed)',
    transform: (p) => {
      const list = entries(p);
      list[list.length - 1].index = list[list.length - 2].index;
    },
  },
  {
    name: 'messagelog-index-decreasing',
    breaks: ['ACCEPT-LOG-02', 'ACCEPT-LOG-05'],
    description: 'The first two transcript entries arrive swapped (index 2 before index 1)',
    rationale: 'Transcript entries are in increasing index order (seed)',
    transform: (p) => {
      const list = entries(p);
      [list[0], list[1]] = [list[1], list[0]];
    },
  },
  {
    name: 'messagelog-bad-timestamp',
    breaks: ['ACCEPT-SCHEMA-01'],
    description: 'Transcript timestamps in ISO 8601 UTC (2014-01-02T22:23:18.000Z), not a documented form',
    rationale: 'timestamp is yyyy-MM-dd[T ]HH:mm:ss.SSSZ with a numeric offset (seed; S8)',
    transform: (p) =>
      entries(p).forEach((e) => {
        e.timestamp = new Date(parseGwsTimestamp(e.timestamp as string)).toISOString();
      }),
  },
  {
    name: 'messagelog-agent-join-missing',
    breaks: ['ACCEPT-LOG-04'],
    description: "The transcript lacks the agent's ParticipantJoined entry",
    rationale: "The history after Accept runs up to the agent's joining (seed: ParticipantJoined of the agent last)",
    transform: (p) => {
      entries(p).pop();
    },
  },
  {
    name: 'messagelog-history-truncated',
    breaks: ['ACCEPT-LOG-01'],
    description: "The history holds only the agent's ParticipantJoined: the customer's join and messages are missing",
    rationale: 'After Accept "a CometD notification will arrive with complete chat history" (seed)',
    transform: (p) => {
      messageLog(p).data.messages = entries(p).slice(-1);
    },
  },
  {
    name: 'agent-join-customer-id',
    breaks: ['ACCEPT-ID-01'],
    description: "The agent's join in the history carries the customer's participantId",
    rationale: 'A participantId names one participant: the customer is 009052C5E6D6004A on their entries only (seed)',
    transform: (p) => {
      const all = entries(p);
      const customer = all.find((e) => (e.from as JsonObject).type === 'Customer');
      const last = all[all.length - 1];
      if (customer && last) (last.from as JsonObject).participantId = (customer.from as JsonObject).participantId;
    },
  },
  {
    name: 'history-customer-id-differs',
    breaks: ['ACCEPT-ID-01'],
    description: "The customer's history entries carry another participantId than ParticipantsUpdated gives the customer",
    rationale:
      'The customer is one participant, with one participantId, in ParticipantsUpdated and in the history (seed: PersonP 009052C5E6D6004A)',
    transform: (p) => {
      for (const e of entries(p)) {
        const from = e.from as JsonObject;
        if (from.type === 'Customer') from.participantId = String(from.participantId).split('').reverse().join('');
      }
    },
  },
  {
    name: 'messagelog-timestamps-backwards',
    breaks: ['ACCEPT-LOG-05'],
    description: 'The history timestamps run backwards: the latest entry carries the earliest time',
    rationale: 'Timestamps follow the order of the transcript (seed: they increase with the index)',
    transform: (p) => {
      const list = entries(p);
      const times = list.map((e) => e.timestamp).reverse();
      list.forEach((e, i) => {
        e.timestamp = times[i];
      });
    },
  },
  {
    name: 'timestamp-seconds-in-seconds',
    breaks: ['ACCEPT-LOG-06'],
    description: 'History entries carry timestampSeconds in seconds, not epoch milliseconds',
    rationale: 'timestampSeconds is the epoch-millisecond instant of timestamp (SendMessage page: 1389261492035)',
    transform: (p) => {
      for (const e of entries(p)) e.timestampSeconds = Math.floor(parseGwsTimestamp(e.timestamp as string) / 1000);
    },
  },
  {
    name: 'messagelog-visibility-agents',
    breaks: ['ACCEPT-LOG-07'],
    description: "The customer's entries in the history are visibility Agents",
    rationale: "The customer's join and messages are visible to all (seed: visibility All)",
    transform: (p) => {
      for (const e of entries(p)) if ((e.from as JsonObject).type === 'Customer') e.visibility = 'Agents';
    },
  },
];
