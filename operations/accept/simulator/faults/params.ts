/**
 * Faults that break the documented optional parameter and the nickname's range (ACCEPT-PARAM).
 */
import { gwsError } from '../../../../simulator/kit.ts';
import { type AcceptDeviation, chatOf, entries, type JsonObject, participantsUpdated } from '../deviation.ts';

const ascii = (s: unknown) => String(s).replace(/[^\x20-\x7e]/gu, '?');

export const PARAMS_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'savelar-refused',
    rules: [
      {
        name: 'savelar-supported',
        check: (call) => (call.body.saveLAR === undefined ? undefined : gwsError(400, 10, 'saveLAR is not supported')),
      },
    ],
    breaks: ['ACCEPT-PARAM-01'],
    description: 'Accept with saveLAR (true or false) answers statusCode 10 and accepts nothing',
    rationale: 'saveLAR is an optional parameter of Accept whose values are true or false (seed)',
  },
  {
    name: 'nickname-ascii-only',
    breaks: ['ACCEPT-PARAM-02'],
    description: 'The notifications show the agent nickname with its non-ASCII characters replaced by "?"',
    rationale: 'The nickname is displayed as sent (seed); JSON text is Unicode',
    transform: (p) => {
      for (const x of chatOf(participantsUpdated(p)).participants as JsonObject[]) if (x.type === 'Agent') x.nickname = ascii(x.nickname);
      for (const e of entries(p)) {
        const from = e.from as JsonObject;
        if (from.type === 'Agent') from.nickname = ascii(from.nickname);
      }
    },
  },
];
