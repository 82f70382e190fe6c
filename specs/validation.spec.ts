/**
 * Accepts with invalid values: an empty nickname, a nickname that is not a string, saveLAR neither true
 * nor false, no operationName, an unknown operationName. Each fails with a statusCode that names the
 * reason and changes nothing. Each on its own chat, side by side on the workers there are.
 */
import { driveValidation, validationProbes } from '../helpers/scenarios/validation.ts';
import { judged, test } from './fixtures.ts';
import { scenarioRequirements, tags, verdicts } from './verdicts.ts';

const TITLES: Record<string, string> = {
  'empty-nickname': 'Accept with an empty nickname fails, names the reason, and changes nothing',
  'nickname-not-string': 'Accept with a nickname that is not a string fails, names the reason, and changes nothing',
  'savelar-invalid': 'Accept with saveLAR neither true nor false fails, names the reason, and changes nothing',
  'no-operationname': 'A chat operation without operationName fails, names the reason, and changes nothing',
  'unknown-operationname': 'A chat operation with an unknown operationName fails, names the reason, and changes nothing',
};

test.describe('Accepts with invalid values', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const { probe } of validationProbes('')) {
    const ids = scenarioRequirements('validation', { probes: [probe] });
    test(TITLES[probe] ?? probe, { tag: tags(ids) }, async ({ target }, testInfo) => {
      const run = judged(await driveValidation(target, [probe]), `validation-${probe}`, target.config.profile);
      await verdicts(run, ids, testInfo);
    });
  }
});
