/**
 * The probes of Accept's scenarios, by name: the error cases (one chat each), the validation probes and
 * the security probes in their groups. Data only, so that the scenarios can be listed without loading
 * what drives them.
 */
import type { Scenario } from '../../../helpers/contract/generated/payloads.ts';

export type ErrorProbe = NonNullable<Scenario['probe']>;
export const ERROR_PROBES: readonly ErrorProbe[] = [
  'unknown-id',
  'missing-nickname',
  'accepted-twice',
  'not-offered',
  'no-csrf',
  'accepted-at-once',
];

/** The validation probes, in the order they run on one chat. */
export const VALIDATION_PROBES = [
  'empty-nickname',
  'nickname-not-string',
  'savelar-invalid',
  'no-operationname',
  'unknown-operationname',
] as const;
export type ValidationProbe = (typeof VALIDATION_PROBES)[number];

/** The security probes in groups, each on its own chat: what they probe, in the order they run. */
export const SECURITY_GROUPS = {
  credentials: ['no-credentials', 'unknown-user', 'wrong-password', 'wrong-password-with-session'],
  csrf: ['wrong-csrf-token', 'foreign-csrf-token', 'no-session-cookie'],
  cometd: ['handshake-anonymous', 'handshake-wrong-password-no-session', 'handshake-wrong-password', 'publish'],
} as const;
export type SecurityGroup = keyof typeof SECURITY_GROUPS;
