/**
 * What a deviation of Complete's catalogue is: a simulator deviation whose requirement IDs are
 * Complete's (a misspelled one does not compile).
 */
import type { Deviation } from '../../../simulator/kit.ts';
import type { CompleteId } from '../judging.ts';

export type CompleteDeviation = Deviation & { breaks: readonly CompleteId[] };
