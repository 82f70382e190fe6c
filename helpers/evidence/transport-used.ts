/**
 * The CometD transport a run used, read from its transcripts: each session records its handshake with
 * the transport it handshook over (helpers/target/cometd-session.ts), after a refused WebSocket upgrade
 * fell back to long-polling too. GWS_COMETD_TRANSPORT is what was asked; this is what was used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What this module reads of a transcript (a Transcript is one): its events, as a file may hold them. */
type Events = { events: readonly unknown[] };

/** The transports the sessions of these transcripts handshook over, sorted. */
export function transportsUsed(transcripts: readonly Events[]): string[] {
  const used = new Set<string>();
  for (const t of transcripts)
    for (const e of t.events as readonly { kind?: unknown; text?: unknown; data?: unknown }[]) {
      if (e?.kind !== 'note' || typeof e.text !== 'string' || !e.text.startsWith('CometD handshake successful')) continue;
      const transport = (e.data as { transport?: unknown } | undefined)?.transport;
      if (typeof transport === 'string') used.add(transport);
    }
  return [...used].sort();
}

/** The transport used: one name, `mixed (a, b)` when sessions differ, undefined when no session handshook. */
export function transportUsed(transcripts: readonly Events[]): string | undefined {
  const used = transportsUsed(transcripts);
  return used.length === 0 ? undefined : used.length === 1 ? used[0] : `mixed (${used.join(', ')})`;
}

/**
 * The transport used by the transcripts saved in these folders (reports/transcripts/). A file that
 * cannot be read, or holds no list of events, is left out: the summary is written however the run
 * ended. The files are read as JSON, not checked against the transcript schema: this is one line of the
 * summary, read at the end of every run, and what judges a transcript checks it (transcript-file.ts).
 */
export function transportUsedIn(...dirs: string[]): string | undefined {
  const transcripts: Events[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const events = eventsIn(join(dir, f));
      if (events) transcripts.push({ events });
    }
  }
  return transportUsed(transcripts);
}

function eventsIn(file: string): readonly unknown[] | undefined {
  try {
    const events = (JSON.parse(readFileSync(file, 'utf8')) as { events?: unknown } | null)?.events;
    return Array.isArray(events) ? events : undefined;
  } catch {
    return undefined;
  }
}
