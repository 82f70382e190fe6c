/**
 * Traceability of the Accept request: the path's chat id and every body parameter, each in every case
 * the suite exercises (present, absent, empty, wrong type, other values, boundary, non-ASCII).
 */
import { checked, type Trace, unchecked } from '../../../helpers/judges/catalogue/trace.ts';

const P = 'parameter';

export const REQUEST_TRACES: readonly Trace[] = [
  checked(P, '{id} (path)', 'a chat offered to this agent', 'Accept "accepts an incoming chat" (S1)', [
    'ACCEPT-HTTP-01',
    'ACCEPT-RESP-01',
    'ACCEPT-CHAT-01',
  ]),
  checked(P, '{id} (path)', 'an id no chat has', 'resource not found: statusCode 6 (S17)', ['ACCEPT-ERR-01', 'ACCEPT-CODE-01']),
  checked(P, '{id} (path)', 'a chat offered to another agent', 'only an incoming chat of this agent is accepted (S1); 3, 5 or 6 (S17)', [
    'ACCEPT-ERR-04',
  ]),
  checked(
    P,
    '{id} (path)',
    'a chat already accepted',
    'a Chatting chat has no Accept capability (S1); 2 wrong state or 3 forbidden (S17)',
    ['ACCEPT-ERR-03', 'ACCEPT-CODE-01'],
  ),
  checked(P, '{id} (path)', 'the same offered chat, two Accepts at once', 'a Chatting chat has no Accept capability (S1)', [
    'ACCEPT-ERR-12',
  ]),
  unchecked(
    P,
    '{id} (path)',
    'an id of another form (UUID, other length)',
    'ids are 16 characters in every sample (S1, §4.1); no page fixes a format',
    "id formats are the server's choice: any id works (variant uuid-ids), the suite never parses one",
  ),
  checked(P, 'operationName', '"Accept"', 'operations are a POST of an object with operationName (S29, S1)', ['ACCEPT-HTTP-01']),
  checked(P, 'operationName', 'absent', 'operationName names the operation (S1, S29); 1 parameter missing (S17)', ['ACCEPT-ERR-10']),
  checked(
    P,
    'operationName',
    'an unknown name ("Accept-Chat")',
    'an operation not offered: invalid-operation error (S23); 2, 3 or 10 (S17)',
    ['ACCEPT-ERR-11'],
  ),
  unchecked(
    P,
    'operationName',
    'other letter case ("accept")',
    'every sample spells Accept so (S1)',
    'no page says whether names are case-sensitive: a server may accept either',
  ),
  checked(P, 'nickname', 'a plain name', 'the agent nickname, as displayed to the customer (S1)', ['ACCEPT-PART-01', 'ACCEPT-LOG-04']),
  checked(P, 'nickname', 'absent', 'nickname is a parameter; only saveLAR is optional (S1); 1 missing (S17)', [
    'ACCEPT-ERR-02',
    'ACCEPT-CODE-01',
  ]),
  checked(
    P,
    'nickname',
    'empty string',
    'displayed to the customer, no bound on its value (S1): refused (1 or 10, S17) or accepted, an open choice',
    ['ACCEPT-ERR-07', 'ACCEPT-CODE-01'],
  ),
  checked(P, 'nickname', 'not a string (42)', 'no JSON type (S1, §8): refused (10 or 2, S17) or taken as text, an open choice', [
    'ACCEPT-ERR-08',
    'ACCEPT-CODE-01',
  ]),
  checked(P, 'nickname', 'non-ASCII (accents, CJK, emoji)', 'request and response bodies are JSON (S29, C1): any Unicode text', [
    'ACCEPT-PARAM-02',
  ]),
  unchecked(
    P,
    'nickname',
    'boundary: very long',
    'the parameter table gives no maximum length (S1)',
    "a limit is the server's choice: refusing or accepting a long nickname is legal, so neither is asserted",
  ),
  unchecked(
    P,
    'nickname',
    'the same nickname as the customer',
    'participants are keyed by participantId; one nickname may appear twice (§11.1)',
    'legal by the docs: ACCEPT-ID-02 keeps the participants apart by id, not by nickname',
  ),
  checked(P, 'saveLAR', 'absent', 'saveLAR is optional (S1)', ['ACCEPT-HTTP-01', 'ACCEPT-RESP-01']),
  checked(P, 'saveLAR', 'true', 'possible values true or false (S1)', ['ACCEPT-PARAM-01']),
  checked(P, 'saveLAR', 'false', 'possible values true or false (S1)', ['ACCEPT-PARAM-01']),
  checked(P, 'saveLAR', 'another value ("yes")', 'possible values are true or false (S1); 10 invalid value (S17)', ['ACCEPT-ERR-09']),
  unchecked(
    P,
    'saveLAR',
    'its effect: the agent stored for last-agent routing',
    'if true, the agent is set in the Contact Profile for last-agent routing (S1)',
    'a side effect in the contact profile, not observable through the documented GWS and GMS APIs: no test-only back doors',
  ),
  unchecked(
    P,
    'Content-Type of the request',
    'other than application/json',
    'request bodies are JSON (S29, C1, C2)',
    'no page says how a server answers another content type; the suite always sends JSON',
  ),
  unchecked(
    P,
    'body',
    'undocumented extra properties',
    'the pages list the parameters only (S1)',
    'whether a server ignores or refuses unknown parameters is not documented: not asserted',
  ),
];
