/**
 * Every scenario of the suite driven whole, by name, as a driver of a target: what the self-test runs
 * against each fault and what the mutation engine records its corpus from (each scenario's `whole`).
 */

import { SUITE } from '../../operations/index.ts';
import type { Transcript } from '../contract/generated/payloads.ts';
import type { Target } from '../target/config.ts';

export type Drive = (target: Target) => Promise<Transcript>;

export const SCENARIO_DRIVES: readonly { name: string; drive: Drive }[] = SUITE.scenarios.flatMap((s) => s.whole);
