/**
 * What the server must refuse, in three groups, each on its own chat and side by side on the workers
 * there are: credentials (none, an unknown user, a wrong password with and without the session); the
 * CSRF token (wrong, another session's, no session cookie); CometD (handshakes without credentials or
 * with a wrong password, and a message a client publishes on /v2/me/chats, which reaches nobody).
 */
import { driveSecurity, SECURITY_GROUPS, type SecurityGroup } from '../helpers/scenarios/security.ts';
import { judged, test } from './fixtures.ts';
import { scenarioRequirements, tags, verdicts } from './verdicts.ts';

const TITLES: Record<SecurityGroup, string> = {
  credentials: 'requests without credentials, as an unknown user, or with a wrong password are refused',
  csrf: "Accepts with a wrong CSRF token, another session's token, or no session cookie get HTTP 403 and change nothing",
  cometd: 'CometD handshakes without credentials or with a wrong password are refused; a client cannot publish to other agents',
};

test.describe('what the server must refuse', () => {
  test.describe.configure({ mode: 'parallel' });
  for (const group of Object.keys(SECURITY_GROUPS) as SecurityGroup[]) {
    const ids = scenarioRequirements('security', { probes: [...SECURITY_GROUPS[group]] });
    test(TITLES[group], { tag: tags(ids) }, async ({ target }, testInfo) => {
      const run = judged(await driveSecurity(target, [group]), `security-${group}`, target.config.profile);
      await verdicts(run, ids, testInfo);
    });
  }
});
