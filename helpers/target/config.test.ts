import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { ConfigError, readConfig, SETTINGS } from './config.ts';

const sim = [
  { username: 'agent1', password: 'secret-one' },
  { username: 'agent2', password: 'secret-two' },
];

test.describe('configuration', () => {
  test('defaults run against the embedded simulator with its accounts', () => {
    const c = readConfig({}, sim);
    expect(c).toMatchObject({
      baseUrl: undefined,
      agents: sim,
      chatSource: 'gms',
      gmsService: 'customer-support',
      cometdPath: '/api/v2/notifications',
      transport: 'long-polling',
      profile: 'default',
      offerTimeoutMs: 10_000,
      notificationTimeoutMs: 5_000,
      quietWindowMs: 1_000,
      concurrentAgents: 2,
    });
  });

  test('a real target needs agents and, for gms chats, the GMS URL', () => {
    const base = {
      GWS_BASE_URL: 'https://gws.example.com',
      GWS_AGENTS: 'a:pw-a,b:pw-b',
      GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat',
    };
    expect(readConfig(base)).toMatchObject({
      baseUrl: 'https://gws.example.com',
      agents: [{ username: 'a' }, { username: 'b' }],
      gmsBaseUrl: 'http://gms.example.com:8080/genesys/2/chat',
    });
    expect(readConfig({ ...base, GMS_BASE_URL: undefined, GWS_CHAT_SOURCE: 'external' }).chatSource).toBe('external');
  });

  const bad: [Record<string, string>, string, RegExp][] = [
    [{ GWS_BASE_URL: 'gws.example.com' }, 'GWS_BASE_URL', /not a URL/],
    [{ GWS_BASE_URL: 'ftp://gws.example.com' }, 'GWS_BASE_URL', /only http and https/],
    [{ GWS_BASE_URL: 'https://user:pw@gws.example.com', GWS_AGENTS: 'a:b,c:d' }, 'GWS_BASE_URL', /credentials in the URL/],
    [{ GWS_BASE_URL: 'https://gws.example.com/api/v2', GWS_AGENTS: 'a:b,c:d' }, 'GWS_BASE_URL', /root only/],
    [{ GWS_BASE_URL: 'https://gws.example.com' }, 'GWS_AGENTS', /required with GWS_BASE_URL/],
    [{ GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'a:b' }, 'GWS_AGENTS', /at least 2/],
    [{ GWS_AGENTS: 'a:b,nopassword' }, 'GWS_AGENTS', /entry 2 is not user:password/],
    [{ GWS_AGENTS: 'a:b,a:c' }, 'GWS_AGENTS', /listed twice/],
    [{ GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'a:b,c:d' }, 'GMS_BASE_URL', /required/],
    [{ GWS_CHAT_SOURCE: 'phone' }, 'GWS_CHAT_SOURCE', /gms or external/],
    [{ GWS_COMETD_TRANSPORT: 'smoke-signals' }, 'GWS_COMETD_TRANSPORT', /unknown transport/],
    [{ GWS_COMETD_PATH: 'api/v2/notifications' }, 'GWS_COMETD_PATH', /must start with \//],
    [{ GWS_OFFER_TIMEOUT_MS: 'soon' }, 'GWS_OFFER_TIMEOUT_MS', /whole number/],
    [{ GWS_QUIET_WINDOW_MS: '-1' }, 'GWS_QUIET_WINDOW_MS', /whole number/],
    [{ GWS_PROFILE: 'lenient' }, 'GWS_PROFILE', /default or strict/],
    [{ GWS_AGENT_NICKNAME: '  ' }, 'GWS_AGENT_NICKNAME', /must not be empty/],
    [{ GWS_CONCURRENT_AGENTS: '1' }, 'GWS_CONCURRENT_AGENTS', /whole number from 2/],
    [
      {
        GWS_BASE_URL: 'https://gws.example.com',
        GWS_AGENTS: 'a:b,c:d',
        GMS_BASE_URL: 'http://g.example.com/genesys/2/chat',
        GWS_SIMULATOR_FAULTS: 'wrong-channel',
      },
      'GWS_SIMULATOR_FAULTS',
      /only applies to the embedded simulator/,
    ],
  ];
  for (const [env, variable, problem] of bad) {
    test(`${variable}: ${JSON.stringify(env)} is refused, naming the variable and the fix`, () => {
      let error: unknown;
      try {
        readConfig(env, sim);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).message).toMatch(problem);
      expect((error as ConfigError).message).toMatch(/Set |Add |Lower |Remove |List |Unset |Fix /);
      for (const secret of ['pw', 'secret']) if (env.GWS_AGENTS?.includes(secret)) expect((error as Error).message).not.toContain(secret);
    });
  }

  test('every variable read is documented in SETTINGS and the README', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync('helpers/target/config.ts', 'utf8');
    const readme = readFileSync('README.md', 'utf8');
    const read = new Set([...source.matchAll(/'((?:GWS|GMS)_[A-Z_]+)'/g)].map((m) => m[1]));
    for (const name of read) {
      expect(
        SETTINGS.map((s) => s.name),
        name,
      ).toContain(name);
      expect(readme, `README documents ${name}`).toContain(name);
    }
  });

  test('the README lists every requirement', async () => {
    const { readFileSync } = await import('node:fs');
    const { REQUIREMENTS } = await import('../judges/requirements.ts');
    const readme = readFileSync('README.md', 'utf8');
    for (const r of REQUIREMENTS) expect(readme, r.id).toContain(`| ${r.id} | ${r.level}`);
  });

  test('npm run conformance stops before any test on a bad setting, exit 2, one message', () => {
    const run = spawnSync('npx', ['tsx', 'helpers/cli/conformance.ts'], {
      env: { ...process.env, GWS_PROFILE: 'lenient' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('configuration error: GWS_PROFILE: expected default or strict');
    expect(run.stdout).not.toContain('passed');
  });
});
