/**
 * The documented optional parameter saveLAR with each of its documented values, true and false, and a
 * nickname with non-ASCII characters: each Accept works like any, the nickname is shown as sent.
 */
import { CHECKS } from '../helpers/judges/judge.ts';
import { driveParams } from '../helpers/scenarios/params.ts';
import { judged, test } from './fixtures.ts';
import { tags, verdicts } from './verdicts.ts';

const IDS = [...new Set(CHECKS.params.map((c) => c.requirement))];

test('Accept with saveLAR true and false, and a non-ASCII nickname shown as sent', { tag: tags(IDS) }, async ({ target }, testInfo) => {
  const run = judged(await driveParams(target), 'params', target.config.profile);
  await verdicts(run, IDS, testInfo);
});
