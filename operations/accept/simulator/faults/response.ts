/**
 * Faults that break the Accept response: its HTTP status and its body (ACCEPT-HTTP-01, ACCEPT-RESP-01).
 */
import type { AcceptDeviation } from '../deviation.ts';

export const RESPONSE_FAULTS: readonly AcceptDeviation[] = [
  {
    name: 'accept-statuscode-nonzero',
    breaks: ['ACCEPT-RESP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12', 'ACCEPT-CODE-01'],
    description: 'Accept answers statusCode 4 although it accepts the chat and sends the notifications',
    rationale: 'A successful Accept answers {"statusCode": 0} (seed, Return Values)',
    transform: (p) => {
      p.body = { statusCode: 4, statusMessage: 'Internal error' };
    },
  },
  {
    name: 'accept-statuscode-missing',
    breaks: ['ACCEPT-RESP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'Accept answers an empty JSON object',
    rationale: 'Every response body holds statusCode (Return Values)',
    transform: (p) => {
      p.body = {};
    },
  },
  {
    name: 'accept-http-500',
    breaks: ['ACCEPT-HTTP-01', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'Accept answers HTTP 500 (with statusCode 0 in the body)',
    rationale: 'A successful request, async operations included, answers HTTP 200 (S2, S15)',
    transform: (p) => {
      p.status = 500;
    },
  },
  {
    name: 'accept-response-not-json',
    breaks: ['ACCEPT-RESP-01', 'ACCEPT-RESP-02', 'ACCEPT-PARAM-01', 'ACCEPT-ERR-12'],
    description: 'Accept answers the text "OK" as text/plain',
    rationale: 'The response body is the JSON {"statusCode": 0} (seed)',
    transform: (p) => {
      p.rawBody = { text: 'OK', contentType: 'text/plain' };
    },
  },
  {
    name: 'accept-response-text-plain',
    breaks: ['ACCEPT-RESP-02'],
    description: 'Accept answers {"statusCode":0} as text/plain',
    rationale: 'The response is the JSON body {"statusCode": 0}, served as JSON (seed; request and response bodies are JSON)',
    transform: (p) => {
      p.rawBody = { text: JSON.stringify(p.body), contentType: 'text/plain;charset=UTF-8' };
    },
  },
];
