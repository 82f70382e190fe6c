/**
 * Operators on what a probe of the server's defences recorded: a refused request answered as a
 * success, or answered otherwise than by a refusal (an internal error, not found, a 200 without
 * statusCode), a refused CometD handshake recorded as successful, a message a client published
 * delivered to another agent.
 */

import type { BayeuxEvent, HttpEvent, NoteEvent, Transcript } from '../../contract/generated/payloads.ts';
import { PUBLISHED_MARK } from '../../evidence/published-mark.ts';
import { succeeded } from '../../judges/views.ts';
import { exchanges, type Json, stepBefore } from './locate.ts';
import type { Mutant, Operator } from './types.ts';

type Made = Omit<Mutant, 'operator'>;

type Outcome = { probe?: unknown; successful?: unknown; why?: unknown };
const outcomeOf = (e: Transcript['events'][number]) => (e.kind === 'note' ? ((e as NoteEvent).data as Outcome | undefined) : undefined);

export const PROBE_OPERATORS: Operator[] = [
  {
    name: 'accepted',
    does: 'answers a request that failed as a success: HTTP 200 {"statusCode": 0}',
    mutate(entry) {
      return exchanges(entry.transcript)
        .filter((x) => !succeeded(x.event))
        .map((x): Made => {
          const transcript = structuredClone(entry.transcript) as Transcript;
          const r = (transcript.events[x.index] as HttpEvent).response!;
          r.status = 200;
          r.body = { statusCode: 0 };
          r.headers = { ...r.headers, 'content-type': 'application/json;charset=UTF-8' };
          return { id: `${entry.name}:accepted:${x.label}`, description: `${x.label}: HTTP 200 {"statusCode":0}`, transcript };
        });
    },
  },
  {
    name: 'refused-otherwise',
    does: 'answers a refusal of credentials (HTTP 401, statusCode 20) otherwise: HTTP 500 {"statusCode": 4}, HTTP 404 {"statusCode": 6}, HTTP 200 {}',
    mutate(entry) {
      const answers: [string, number, Json][] = [
        ['500', 500, { statusCode: 4, statusMessage: 'Internal error' }],
        ['404', 404, { statusCode: 6, statusMessage: 'Not found' }],
        ['200-no-statuscode', 200, {}],
      ];
      return exchanges(entry.transcript)
        .filter((x) => x.event.response?.status === 401 || (x.event.response?.body as { statusCode?: unknown })?.statusCode === 20)
        .flatMap((x) =>
          answers.map(([name, status, body]): Made => {
            const transcript = structuredClone(entry.transcript) as Transcript;
            const r = (transcript.events[x.index] as HttpEvent).response!;
            r.status = status;
            r.body = body;
            return {
              id: `${entry.name}:refused-otherwise:${x.label}:${name}`,
              description: `${x.label}: HTTP ${status} ${JSON.stringify(body)}`,
              transcript,
            };
          }),
        );
    },
  },
  {
    name: 'probe-succeeds',
    does: 'records a refused CometD handshake or publish as successful',
    mutate(entry) {
      const out: Made[] = [];
      entry.transcript.events.forEach((e, index) => {
        const o = outcomeOf(e);
        if (!o || typeof o.probe !== 'string' || o.successful !== false) return;
        const transcript = structuredClone(entry.transcript) as Transcript;
        (transcript.events[index] as NoteEvent).data = { probe: o.probe, successful: true };
        out.push({ id: `${entry.name}:probe-succeeds:${o.probe}`, description: `${o.probe}: successful`, transcript });
      });
      return out;
    },
  },
  {
    name: 'publish-delivered',
    does: 'delivers what a client published on /v2/me/chats to another agent',
    mutate(entry) {
      const t = entry.transcript;
      const at = t.events.findIndex((e) => outcomeOf(e)?.probe === 'publish' && outcomeOf(e)?.successful !== undefined);
      if (at < 0) return [];
      const publisher = t.events[at].actor;
      const other = [...t.scenario.actors, ...t.scenario.observers].find((a) => a !== publisher);
      if (!other || stepBefore(t, at)?.step !== 'probe') return [];
      const transcript = structuredClone(t) as Transcript;
      const delivery: BayeuxEvent = {
        kind: 'bayeux',
        actor: other,
        at: t.events[at].at,
        channel: '/v2/me/chats',
        message: { channel: '/v2/me/chats', data: { conformanceMark: PUBLISHED_MARK } },
      };
      transcript.events.splice(at + 1, 0, delivery);
      return [{ id: `${entry.name}:publish-delivered:${other}`, description: `the published message reaches ${other}`, transcript }];
    },
  },
];
