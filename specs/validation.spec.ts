/**
 * Accepts with invalid values, one after another on one offered chat: an empty nickname, a nickname
 * that is not a string, saveLAR neither true nor false, no operationName, an unknown operationName.
 * Each fails with a statusCode that names the reason and changes nothing; the chat can then be accepted.
 */
import { CHECKS } from '../helpers/judges/judge.ts';
import { driveValidation } from '../helpers/scenarios/validation.ts';
import { judged, test } from './fixtures.ts';
import { tags, verdicts } from './verdicts.ts';

const IDS = [...new Set(CHECKS.validation.map((c) => c.requirement))];

test('Accepts with invalid values fail, name the reason, and change nothing', { tag: tags(IDS) }, async ({ target }, testInfo) => {
  const run = judged(await driveValidation(target), 'validation', target.config.profile);
  await verdicts(run, IDS, testInfo);
});
