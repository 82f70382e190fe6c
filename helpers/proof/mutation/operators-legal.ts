/**
 * Legal operators: changes the docs allow, each the shape of a legal variant of a real server (other
 * property order, undocumented extra fields, another id format, notifications before the response, a
 * referenceId in the response). Their mutants must all survive: one killed is a false alarm.
 */
import type { BayeuxEvent, HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { chatsOf, isObject } from '../../judges/views.ts';
import { dataOf, exchanges, type Json, notifications } from './locate.ts';
import type { CorpusEntry, Mutant, Operator } from './types.ts';

type Made = Omit<Mutant, 'operator'>;

function reversed(v: Json): Json {
  if (Array.isArray(v)) return v.map(reversed);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v)
        .reverse()
        .map(([k, x]) => [k, reversed(x)]),
    );
  return v;
}

function withExtras(v: Json): Json {
  if (Array.isArray(v)) return v.map(withExtras);
  if (v && typeof v === 'object')
    return { ...Object.fromEntries(Object.entries(v).map(([k, x]) => [k, withExtras(x)])), vendorExtension: 'x' };
  return v;
}

function perNotification(name: string, does: string, change: (data: Json) => Json): Operator {
  return {
    name,
    does,
    legal: true,
    mutate(entry) {
      return notifications(entry.transcript).map((n): Made => {
        const transcript = structuredClone(entry.transcript) as Transcript;
        const e = transcript.events[n.index] as BayeuxEvent;
        (e.message as { data: Json }).data = change(dataOf(e));
        return { id: `${entry.name}:${name}:${n.label}`, description: `${n.label}: ${does}`, transcript };
      });
    },
  };
}

/** Every string of the transcript with `from` replaced by `to`. */
function replaceEverywhere(v: unknown, from: string, to: string): unknown {
  if (typeof v === 'string') return v.split(from).join(to);
  if (Array.isArray(v)) return v.map((x) => replaceEverywhere(x, from, to));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, replaceEverywhere(x, from, to)]));
  return v;
}

const stepOf = (e: Transcript['events'][number]) =>
  e.kind === 'note' ? ((e as NoteEvent).data as { step?: unknown } | undefined)?.step : undefined;

export const LEGAL_OPERATORS: Operator[] = [
  perNotification('reorder-properties', 'writes every object of the payload with its properties in reverse order', reversed),
  perNotification('extra-property', 'adds an undocumented property to every object of the payload', withExtras),
  {
    name: 'other-id-format',
    does: 'gives every chat a UUID id instead, consistently everywhere',
    legal: true,
    mutate(entry: CorpusEntry) {
      const ids = chatsOf(entry.transcript.scenario);
      return ids.map((id, i): Made => {
        const uuid = `6f1c2a3e-0000-4000-8000-${String(i + 1).padStart(12, '0')}`;
        return {
          id: `${entry.name}:other-id-format:chat${i + 1}`,
          description: `chat ${i + 1} gets the id ${uuid}`,
          transcript: replaceEverywhere(entry.transcript, id, uuid) as Transcript,
        };
      });
    },
  },
  {
    name: 'notifications-before-response',
    does: "records the Accept's answer after its notifications",
    legal: true,
    mutate(entry: CorpusEntry) {
      return exchanges(entry.transcript)
        .filter((x) => x.label.includes('/http:accept:200#'))
        .flatMap((x): Made[] => {
          const transcript = structuredClone(entry.transcript) as Transcript;
          const end = transcript.events.findIndex((e, i) => i > x.index && stepOf(e) !== undefined);
          if (end < 0 || end === x.index + 1) return [];
          const [e] = transcript.events.splice(x.index, 1);
          transcript.events.splice(end - 1, 0, e);
          return [{ id: `${entry.name}:notifications-before-response:${x.label}`, description: `${x.label}: answered last`, transcript }];
        });
    },
  },
  {
    name: 'response-reference-id',
    does: "adds the StatusChange's referenceId to the Accept's answer",
    legal: true,
    mutate(entry: CorpusEntry) {
      const all = notifications(entry.transcript);
      return exchanges(entry.transcript)
        .filter((x) => x.label.includes('/http:accept:200#'))
        .flatMap((x): Made[] => {
          const status = all.find((n) => n.label === `${x.event.actor}/StatusChange#1`);
          const ref = status ? (dataOf(status.event) as { referenceId?: Json }).referenceId : undefined;
          if (ref === undefined) return [];
          const transcript = structuredClone(entry.transcript) as Transcript;
          ((transcript.events[x.index] as HttpEvent).response!.body as Record<string, Json>).referenceId = ref;
          return [{ id: `${entry.name}:response-reference-id:${x.label}`, description: `${x.label}: referenceId ${ref}`, transcript }];
        });
    },
  },
];
