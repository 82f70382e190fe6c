/**
 * What a deviation of Reject's catalogue is: a simulator deviation whose requirement IDs are Reject's (a
 * misspelled one does not compile).
 */
import type { Deviation } from '../../../simulator/kit.ts';
import type { RejectId } from '../judging.ts';

export type RejectDeviation = Deviation & { breaks: readonly RejectId[] };
