/**
 * Traceability of every documented error and status code bearing on Accept, and of what an error must
 * not change.
 */
import { checked, type Trace, unchecked } from '../../../helpers/judges/catalogue/trace.ts';

const E = 'error';

export const ERROR_TRACES: readonly Trace[] = [
  checked(E, 'statusCode ≠ 0 with statusMessage', 'every failed Accept', 'failure is {"statusCode": n > 0, "statusMessage": …} (S1, S17)', [
    'ACCEPT-ERR-01',
    'ACCEPT-ERR-02',
    'ACCEPT-CODE-02',
  ]),
  checked(E, 'Content-Type of an error', 'every failed Accept', 'response bodies are JSON (S29, C1; §2)', ['ACCEPT-CODE-03']),
  checked(E, 'statusCode 1', 'a required parameter missing (nickname)', 'Return Values table (S17)', ['ACCEPT-CODE-01']),
  checked(E, 'statusCode 2 or 3', 'invalid for the current state, or forbidden (already accepted)', 'Return Values table (S17)', [
    'ACCEPT-CODE-01',
  ]),
  checked(E, 'statusCode 6', 'resource not found (unknown chat)', 'Return Values table (S17)', ['ACCEPT-CODE-01']),
  checked(E, 'statusCode 3, 5 or 6', "another agent's chat", 'forbidden, no permission, not found (S17)', [
    'ACCEPT-ERR-04',
    'ACCEPT-CODE-01',
  ]),
  checked(E, 'statusCode 10 (or 1, or 2)', 'invalid value (empty or non-string nickname, saveLAR)', 'input validation error (S17)', [
    'ACCEPT-ERR-07',
    'ACCEPT-ERR-08',
    'ACCEPT-ERR-09',
    'ACCEPT-CODE-01',
  ]),
  checked(
    E,
    'which fitting statusCode',
    'an error the table reads two ways',
    'no page says which code each Accept error gets (§7.2): any fitting code, an open choice (S17)',
    ['ACCEPT-CODE-01'],
  ),
  checked(
    E,
    'statusCode 20 or HTTP 401',
    'not authenticated',
    'user not authenticated; send credentials (S17); nothing else is a refusal',
    ['ACCEPT-AUTH-01', 'ACCEPT-AUTH-02', 'ACCEPT-AUTH-03'],
  ),
  checked(E, 'HTTP 403', 'missing or invalid CSRF token, no session cookie', 'body "Missing or invalid Csrf token" (S18)', [
    'ACCEPT-ERR-05',
    'ACCEPT-CSRF-02',
    'ACCEPT-CSRF-03',
    'ACCEPT-CSRF-04',
  ]),
  unchecked(
    E,
    'HTTP status of a failed Accept',
    '200, 400, 404 or 500 with the statusCode',
    'the mapping of statusCodes to HTTP statuses is on no page (§7.2, §11.7)',
    'undocumented: any HTTP status with a non-zero statusCode is legal (variant errors-http-200)',
  ),
  checked(E, 'nothing changes', 'after every failed Accept', 'an error means nothing was changed (S17)', ['ACCEPT-ERR-06']),
  checked(E, 'nothing changes', 'after an invalid value or operation name', 'an error means nothing was changed (S17)', [
    'ACCEPT-ERR-07',
    'ACCEPT-ERR-08',
    'ACCEPT-ERR-09',
    'ACCEPT-ERR-10',
    'ACCEPT-ERR-11',
  ]),
  checked(E, 'nothing changes', 'after a refused CSRF write', 'an error means nothing was changed (S17, S18)', [
    'ACCEPT-CSRF-02',
    'ACCEPT-CSRF-03',
    'ACCEPT-CSRF-04',
  ]),
  checked(E, 'one success', 'two Accepts of one chat at once', 'the second finds the chat Chatting, without Accept (S1, S17)', [
    'ACCEPT-ERR-12',
  ]),
  unchecked(
    E,
    'Error notification (errorMessage, errorCode)',
    'an asynchronous failure of Accept',
    'ChatStateChangeMessage notificationType Error when an operation on the chat fails (S14); payload unknown (§6.4, §11.9)',
    'its payload is undocumented, and the Accept pages document synchronous errors (S1, S17); the suite asserts those',
  ),
  unchecked(
    E,
    'statusCode 4 (internal error)',
    'a back end down',
    'GWS or a back end failed (S17)',
    'a target failure, not a contract failure: the run is INCONCLUSIVE when the target cannot do the scenario',
  ),
];
