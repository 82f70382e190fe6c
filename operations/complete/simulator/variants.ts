/**
 * Legal variants of Complete: what a real server may send otherwise, breaking nothing (fact sheet §4.3,
 * §6.3).
 */
import { chatOf, statusChange } from '../../../simulator/kit.ts';
import type { CompleteDeviation } from './deviation.ts';

export const COMPLETE_VARIANTS: readonly CompleteDeviation[] = [
  {
    name: 'complete-referenceid',
    breaks: [],
    description: "Complete's StatusChange carries the request's referenceId",
    rationale: "The sample has none (S3), and a request's first notification may carry its referenceId (S14; §6.3)",
    transform: (p, ctx) => {
      statusChange(p).data.referenceId = ctx.referenceId ?? 18;
    },
  },
  {
    name: 'complete-capabilities-empty-list',
    breaks: [],
    description: "Complete's StatusChange has capabilities: [] instead of no key",
    rationale: 'A Completed chat has no capabilities: no key in the chat samples, an empty list in the workitem analogue (S2, S3, S27)',
    transform: (p) => {
      chatOf(statusChange(p)).capabilities = [];
    },
  },
];
