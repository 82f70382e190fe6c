/**
 * The chat operations the suite knows, one folder each: the registry. Adding an operation is adding its
 * folder and its line here. Everything else reads the suite assembled from them.
 */
import { assemble } from '../helpers/scenarios/suite.ts';
import { accept } from './accept/index.ts';
import { attachUserData } from './attach-user-data/index.ts';
import { complete } from './complete/index.ts';
import { customNotice } from './custom-notice/index.ts';
import { deleteUserData } from './delete-user-data/index.ts';
import { leave } from './leave/index.ts';
import { nicknameNotice } from './nickname-notice/index.ts';
import { reject } from './reject/index.ts';
import { sendMessage } from './send-message/index.ts';
import { sendUrl } from './send-url/index.ts';
import { typingStart } from './typing-start/index.ts';
import { typingStop } from './typing-stop/index.ts';
import { updateUserData } from './update-user-data/index.ts';

export const SUITE = assemble([
  accept,
  reject,
  sendMessage,
  typingStart,
  typingStop,
  sendUrl,
  nicknameNotice,
  customNotice,
  attachUserData,
  updateUserData,
  deleteUserData,
  leave,
  complete,
]);
