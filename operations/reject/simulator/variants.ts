/**
 * Legal variants of Reject: what a real server may answer otherwise, breaking nothing. The page's text
 * says an empty HTTP 200 and its sample shows {"status": 0}; the suite's own reading is {"statusCode": 0}.
 */
import { chatOf, statusChange } from '../../../simulator/kit.ts';
import type { RejectDeviation } from './deviation.ts';

export const REJECT_VARIANTS: readonly RejectDeviation[] = [
  {
    name: 'reject-answers-status-0',
    breaks: [],
    description: 'Reject answers {"status": 0}',
    rationale: 'The Reject page\'s sample shows {"status": 0} (S2)',
    transform: (p) => {
      p.body = { status: 0 };
    },
  },
  {
    name: 'reject-answers-empty',
    breaks: [],
    description: 'Reject answers HTTP 200 with an empty body',
    rationale: 'The Reject page says "an empty HTTP 200 response" (S2)',
    transform: (p) => {
      p.rawBody = { text: '', contentType: 'application/json' };
    },
  },
  {
    name: 'reject-capabilities-empty-list',
    breaks: [],
    description: "Reject's StatusChange has capabilities: [] instead of no key",
    rationale: 'A Completed chat has no capabilities: no key in the chat samples, an empty list in the workitem analogue (S2, S3, S27)',
    transform: (p) => {
      chatOf(statusChange(p)).capabilities = [];
    },
  },
];
