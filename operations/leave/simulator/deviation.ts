/**
 * What a deviation of Leave's catalogue is: a simulator deviation whose requirement IDs are Leave's (a
 * misspelled one does not compile).
 */
import type { Deviation } from '../../../simulator/kit.ts';
import type { LeaveId } from '../judging.ts';

export type LeaveDeviation = Deviation & { breaks: readonly LeaveId[] };
