/**
 * Transcripts of an earlier format, read as the current one. Format 1 (before the operations were
 * declared as data) drove one operation, Accept, and named neither it nor the operation of a step; its
 * actors were "acceptors". A format-1 transcript (a baseline saved from staging, say) is upgraded on
 * read, nothing else changed: judged again, it gives the findings it gave then.
 */
import type { Transcript, TranscriptV1 } from '../contract/generated/payloads.ts';

export const TRANSCRIPT_FORMAT = 'gws-chat-conformance/transcript@2';
export const TRANSCRIPT_FORMAT_V1 = 'gws-chat-conformance/transcript@1';

/** The one operation format 1 knew: every format-1 transcript drove it. */
const FORMAT_1_OPERATION = 'Accept';

/** The format-1 transcript as format 2: the operation named on the scenario and on every step. */
export function upgradeV1(v1: TranscriptV1): Transcript {
  const { acceptors, ...scenario } = v1.scenario;
  return {
    ...v1,
    format: TRANSCRIPT_FORMAT,
    scenario: { operation: FORMAT_1_OPERATION, ...scenario, actors: acceptors },
    events: v1.events.map((e) =>
      e.kind === 'note' && typeof (e.data as { step?: unknown } | undefined)?.step === 'string'
        ? { ...e, data: { ...e.data, operation: FORMAT_1_OPERATION } }
        : e,
    ),
  };
}
