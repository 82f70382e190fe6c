/**
 * What the server must refuse, on one offered chat: no credentials, an unknown user, a wrong password
 * (with and without the session), a wrong CSRF token, another session's token, no session cookie,
 * CometD handshakes without credentials or with a wrong password; and a message a client publishes on
 * /v2/me/chats reaches no other agent.
 */
import { CHECKS } from '../helpers/judges/judge.ts';
import { driveSecurity } from '../helpers/scenarios/security.ts';
import { judged, test } from './fixtures.ts';
import { tags, verdicts } from './verdicts.ts';

const IDS = [...new Set(CHECKS.security.map((c) => c.requirement))];

test(
  'credentials, session, CSRF token and CometD handshake are checked; a client cannot publish to other agents',
  { tag: tags(IDS) },
  async ({ target }, testInfo) => {
    const run = judged(await driveSecurity(target), 'security', target.config.profile);
    await verdicts(run, IDS, testInfo);
  },
);
