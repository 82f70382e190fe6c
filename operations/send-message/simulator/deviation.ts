/**
 * What a deviation of SendMessage's catalogue is: a simulator deviation whose requirement IDs are
 * SendMessage's (a misspelled one does not compile).
 */
import type { Deviation } from '../../../simulator/kit.ts';
import type { SendMessageId } from '../judging.ts';

export type SendMessageDeviation = Deviation & { breaks: readonly SendMessageId[] };
