/**
 * The SendMessage scenario, the drive of every operation that adds one entry (helpers/scenarios/
 * entry-drive.ts): a chat offered to the agent and accepted; the agent sends a message whose text tries
 * what a server could alter (Unicode beyond the BMP, combining marks, spacing, markup and entities, a
 * line break) → the answer → its MessageLogUpdated → the quiet window → the chat's REST view → the
 * customer reads its GMS transcript.
 */
import type { Transcript } from '../../../helpers/contract/generated/payloads.ts';
import type { DriveHooks } from '../../../helpers/scenarios/drive.ts';
import { driveEntry } from '../../../helpers/scenarios/entry-drive.ts';
import type { Target } from '../../../helpers/target/config.ts';
import { SEND_MESSAGE_STEP } from '../judging.ts';
import { SEND_MESSAGE } from '../operation.ts';
import { MESSAGE_TEXT } from './text.ts';

export function driveSendMessage(target: Target, hooks: DriveHooks = {}): Promise<Transcript> {
  return driveEntry(target, SEND_MESSAGE, 'send-message', SEND_MESSAGE_STEP, { operationName: 'SendMessage', text: MESSAGE_TEXT }, hooks);
}
