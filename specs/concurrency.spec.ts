/**
 * Several agents accept at once (GWS_CONCURRENT_AGENTS, default up to 4): each receives the complete
 * sequence for its own chat, and nothing of the others'.
 */

import { driveConcurrency } from '../helpers/scenarios/concurrency.ts';
import { judged, test } from './fixtures.ts';
import { scenarioRequirements, tags, verdicts } from './verdicts.ts';

const IDS = scenarioRequirements('concurrency').filter((id) => id !== 'ACCEPT-ISOLATION-01' && id !== 'ACCEPT-ISOLATION-02');

test('several agents accept at once; each sees only its own complete sequence', { tag: tags(IDS) }, async ({ target }, testInfo) => {
  const run = judged(await driveConcurrency(target), 'concurrency', target.config.profile);
  await verdicts(run, IDS, testInfo);
});
