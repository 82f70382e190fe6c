/**
 * The traceability table: every documented fact that bears on Accept (each request parameter in each
 * case, each payload field, each identity seen in several places, each security mechanism, each error)
 * with the requirements that check it, or why none does. helpers/judges/traceability.md is generated
 * from it (npm run generate).
 */

import type { Trace } from './trace.ts';
import { ERROR_TRACES } from './trace-errors.ts';
import { IDENTITY_TRACES } from './trace-identity.ts';
import { PAYLOAD_TRACES } from './trace-payloads.ts';
import { REQUEST_TRACES } from './trace-request.ts';

export type { Aspect, Trace } from './trace.ts';

export const TRACES: readonly Trace[] = [...REQUEST_TRACES, ...PAYLOAD_TRACES, ...IDENTITY_TRACES, ...ERROR_TRACES];
