/**
 * Accept that must fail: each case on its own chat, answered with a non-zero statusCode that names the
 * reason (or HTTP 403 without the CSRF token), after which nothing has changed (S17: "an error means
 * nothing was changed"); and two Accepts at once, of which exactly one succeeds.
 */

import { driveError, type ErrorProbe } from '../helpers/scenarios/errors.ts';
import { judged, test } from './fixtures.ts';
import { scenarioRequirements, tags, verdicts } from './verdicts.ts';

const CASES: { probe: ErrorProbe; title: string }[] = [
  { probe: 'unknown-id', title: 'Accept of an unknown chat id fails and changes nothing' },
  { probe: 'missing-nickname', title: 'Accept without nickname fails; the chat can still be accepted' },
  { probe: 'accepted-twice', title: 'Accept of a chat already accepted fails and sends nothing' },
  { probe: 'not-offered', title: 'Accept of a chat offered to another agent fails; its agent can still accept it' },
  { probe: 'no-csrf', title: 'Accept without the CSRF token gets HTTP 403; the chat can still be accepted' },
  { probe: 'accepted-at-once', title: 'Two Accepts of one chat at the same moment: exactly one succeeds, one sequence follows' },
];

test.describe('Accept that must fail', () => {
  // Each case on its own chat: they run side by side on the workers there are.
  test.describe.configure({ mode: 'parallel' });
  for (const c of CASES) {
    const ids = scenarioRequirements('error', { probe: c.probe });
    test(c.title, { tag: tags(ids) }, async ({ target }, testInfo) => {
      const run = judged(await driveError(target, c.probe), `error-${c.probe}`, target.config.profile);
      await verdicts(run, ids, testInfo);
    });
  }
});
