/**
 * The CometD transport a run used, read from its transcripts: each session records its handshake with
 * the transport it handshook over (helpers/target/cometd-session.ts), after a refused WebSocket upgrade
 * fell back to long-polling too. GWS_COMETD_TRANSPORT is what was asked; this is what was used.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Transcript } from '../contract/generated/payloads.ts';
import { readTranscriptFile } from './transcript-file.ts';

/** The transports the sessions of these transcripts handshook over, sorted. */
export function transportsUsed(transcripts: Transcript[]): string[] {
  const used = new Set<string>();
  for (const t of transcripts)
    for (const e of t.events) {
      if (e.kind !== 'note' || !e.text.startsWith('CometD handshake successful')) continue;
      const transport = (e.data as { transport?: unknown } | undefined)?.transport;
      if (typeof transport === 'string') used.add(transport);
    }
  return [...used].sort();
}

/** The transport used: one name, `mixed (a, b)` when sessions differ, undefined when no session handshook. */
export function transportUsed(transcripts: Transcript[]): string | undefined {
  const used = transportsUsed(transcripts);
  return used.length === 0 ? undefined : used.length === 1 ? used[0] : `mixed (${used.join(', ')})`;
}

/**
 * The transport used by the transcripts saved in these folders (reports/transcripts/). A file that
 * cannot be read is left out: the summary is written however the run ended.
 */
export function transportUsedIn(...dirs: string[]): string | undefined {
  const transcripts: Transcript[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const read = readTranscriptFile(join(dir, f));
      if ('transcript' in read) transcripts.push(read.transcript);
    }
  }
  return transportUsed(transcripts);
}
