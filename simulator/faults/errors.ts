/**
 * Faults that break Accepts that must fail: behaviour the handlers consult, not a transform of the plan (ACCEPT-ERR).
 */
import type { Deviation } from './plan.ts';

export const ERROR_FAULTS: readonly Deviation[] = [
  {
    name: 'second-accept-succeeds',
    breaks: ['ACCEPT-ERR-03'],
    description: 'Accepting a chat that is already accepted answers statusCode 0',
    rationale: 'Accept applies to an offered chat; an error means nothing was changed (S1, S17)',
  },
  {
    name: 'unknown-id-accepted',
    breaks: ['ACCEPT-ERR-01'],
    description: 'Accept of an unknown chat id answers statusCode 0',
    rationale: 'An operation on a resource that does not exist fails (statusCode 6, S17)',
  },
  {
    name: 'missing-nickname-accepted',
    breaks: ['ACCEPT-ERR-02'],
    description: 'Accept without nickname answers statusCode 0 and accepts the chat',
    rationale: 'nickname is a required parameter of Accept (seed; statusCode 1, S17)',
  },
  {
    name: 'csrf-not-enforced',
    breaks: ['ACCEPT-ERR-05'],
    description: 'POST without the X-CSRF-TOKEN header is processed',
    rationale: 'With CSRF protection on, a write without the session token fails with HTTP 403 (S18)',
  },
  {
    name: 'other-agent-can-accept',
    breaks: ['ACCEPT-ERR-04'],
    description: 'An agent can accept a chat offered to another agent',
    rationale: 'Only the agent the chat is offered to can accept it (S1: "accepts an incoming chat")',
  },
  {
    name: 'error-changes-state',
    breaks: ['ACCEPT-ERR-06'],
    description: 'An Accept without nickname answers an error but accepts the chat anyway',
    rationale: 'An error response means nothing was changed (S17)',
  },
];
