/**
 * Legal variants of Leave: what a real server may send otherwise, breaking nothing (fact sheet §4.3).
 */
import { chatOf, statusChange } from '../../../simulator/kit.ts';
import type { LeaveDeviation } from './deviation.ts';

export const LEAVE_VARIANTS: readonly LeaveDeviation[] = [
  {
    name: 'leave-later-capabilities',
    breaks: [],
    description: "Leave's StatusChange offers SetInFocus for InFocus, and the user data and disposition operations",
    rationale:
      'Later samples name InFocus SetInFocus (S11, S14); after Leave the agent can still update user data and set a disposition "as indicated in capabilities" (S4)',
    transform: (p) => {
      chatOf(statusChange(p)).capabilities = [
        'Transfer',
        'Complete',
        'Leave',
        'SetInFocus',
        'SetDisposition',
        'AttachUserData',
        'DeleteUserData',
        'UpdateUserData',
      ];
    },
  },
];
