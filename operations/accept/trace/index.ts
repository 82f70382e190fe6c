/**
 * Accept's rows of the traceability table: every documented fact that bears on Accept (each request
 * parameter in each case, each payload field, each identity seen in several places, each security
 * mechanism, each error) with the requirements that check it, or why none does.
 * helpers/judges/traceability.md is generated from the rows of every operation (npm run generate).
 */
import type { Trace } from '../../../helpers/judges/catalogue/trace.ts';
import { ERROR_TRACES } from './errors.ts';
import { IDENTITY_TRACES } from './identity.ts';
import { PAYLOAD_TRACES } from './payloads.ts';
import { REQUEST_TRACES } from './request.ts';

export const ACCEPT_TRACES: readonly Trace[] = [...REQUEST_TRACES, ...PAYLOAD_TRACES, ...IDENTITY_TRACES, ...ERROR_TRACES];
