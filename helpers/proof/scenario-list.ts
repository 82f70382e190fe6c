/**
 * Every scenario the specs drive, by name, as a driver of a target: what the self-test runs against
 * each fault and what the mutation engine records its corpus from.
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import { driveAccept } from '../scenarios/accept.ts';
import { driveConcurrency } from '../scenarios/concurrency.ts';
import { driveError, ERROR_PROBES } from '../scenarios/errors.ts';
import { driveParams } from '../scenarios/params.ts';
import { driveSecurity } from '../scenarios/security.ts';
import { driveValidation } from '../scenarios/validation.ts';
import type { Target } from '../target/config.ts';

export type Drive = (target: Target) => Promise<Transcript>;

export const SCENARIO_DRIVES: readonly { name: string; drive: Drive }[] = [
  { name: 'accept', drive: driveAccept },
  ...ERROR_PROBES.map((probe) => ({ name: `error-${probe}`, drive: (target: Target) => driveError(target, probe) })),
  { name: 'concurrency', drive: driveConcurrency },
  { name: 'params', drive: driveParams },
  { name: 'validation', drive: driveValidation },
  { name: 'security', drive: driveSecurity },
];
