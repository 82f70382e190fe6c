/**
 * Faults that break the chat history in MessageLogUpdated: indices, timestamps, the customer's messages, the agent's join (ACCEPT-LOG, SCHEMA).
 */
import { type Deviation, entries, messageLog, parseGwsTimestamp } from './plan.ts';

export const HISTORY_FAULTS: readonly Deviation[] = [
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
    breaks: ['ACCEPT-LOG-02'],
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
];
