import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { effectiveSettings, readConfig, targetLabel } from './config.ts';
import { ConfigError } from './config-error.ts';
import { SETTINGS } from './settings.ts';

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
      // Local, no network between: shorter waits than a real server's.
      notificationTimeoutMs: 2_000,
      quietWindowMs: 500,
      concurrentAgents: 2,
    });
  });

  test("a real server gets a real server's waits: notifications may trail the response by seconds", () => {
    const c = readConfig({
      GWS_BASE_URL: 'https://gws.example.com',
      GWS_AGENTS: 'a:p,b:q',
      GMS_BASE_URL: 'http://gms.example.com/genesys/2/chat',
    });
    expect(c).toMatchObject({ offerTimeoutMs: 10_000, notificationTimeoutMs: 5_000, quietWindowMs: 1_000 });
  });

  test('the embedded simulator only with no target setting at all, or asked for by name', () => {
    expect(readConfig({ GWS_QUIET_WINDOW_MS: '600', GWS_PROFILE: 'strict' }, sim).baseUrl).toBeUndefined();
    const named = readConfig({ GWS_BASE_URL: 'Simulator', GWS_AGENTS: 'alice:pw-alice,bob:pw-bob', GWS_CHAT_SOURCE: 'external' });
    expect(named).toMatchObject({ baseUrl: undefined, chatSource: 'external', agents: [{ username: 'alice' }, { username: 'bob' }] });
    expect(targetLabel(readConfig({ GWS_SIMULATOR_FAULTS: 'wrong-channel', GWS_SIMULATOR_VARIANTS: 'uuid-ids' }, sim))).toBe(
      'embedded simulator (fault wrong-channel, variant uuid-ids)',
    );
  });

  test('the effective settings name the target and count the accounts, never a password', () => {
    const c = readConfig({
      GWS_BASE_URL: 'https://gws.example.com',
      GWS_AGENTS: 'a:secret-a,b:secret-b',
      GMS_BASE_URL: 'http://g.example.com/genesys/2/chat',
    });
    const settings = effectiveSettings(c);
    expect(settings).toMatchObject({
      target: 'https://gws.example.com',
      agents: 2,
      quietWindowMs: 1000,
      notificationTimeoutMs: 5000,
      transport: 'long-polling',
    });
    expect(JSON.stringify(settings)).not.toContain('secret');
  });

  test('a GWS behind a path prefix: the base URL keeps it', () => {
    const c = readConfig({
      GWS_BASE_URL: 'https://proxy.example.com/gws/',
      GWS_AGENTS: 'a:pw-a,b:pw-b',
      GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat',
    });
    expect(c.baseUrl).toBe('https://proxy.example.com/gws');
  });

  test('the declared profile is read, each name checked', () => {
    expect(readConfig({}, sim).serverWithout).toEqual([]);
    expect(readConfig({ GWS_SERVER_WITHOUT: 'csrf-protection' }, sim).serverWithout).toEqual(['csrf-protection']);
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
    [{ GWS_BASE_URL: 'https://gws.example.com/api/v2', GWS_AGENTS: 'a:b,c:d' }, 'GWS_BASE_URL', /without the API path/],
    [{ GWS_BASE_URL: 'https://gws.example.com/?x=1', GWS_AGENTS: 'a:b,c:d' }, 'GWS_BASE_URL', /a query or fragment/],
    // A misspelled setting is never ignored: the nearest known name is suggested.
    [{ GWS_BASEURL: 'https://staging.example.com' }, 'GWS_BASEURL', /not a setting of this suite \(did you mean GWS_BASE_URL\?\)/],
    [{ GWS_PROFLE: 'strict' }, 'GWS_PROFLE', /did you mean GWS_PROFILE\?/],
    [{ GMS_SERVCE: 'sales', GWS_BASE_URL: 'simulator' }, 'GMS_SERVCE', /did you mean GMS_SERVICE\?/],
    [{ GWS_SOMETHING_ELSE_ENTIRELY: '1' }, 'GWS_SOMETHING_ELSE_ENTIRELY', /not a setting of this suite: it would be ignored/],
    // Set but empty: a CI secret that did not arrive is never read as the default.
    [{ GMS_SERVICE: '', GWS_BASE_URL: 'simulator' }, 'GMS_SERVICE', /set but empty/],
    [{ GWS_PROFILE: ' ' }, 'GWS_PROFILE', /set but empty/],
    // The separator is named, never the passwords.
    [
      { GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'alice:pw-a;bob:pw-b' },
      'GWS_AGENTS',
      /separated by semicolons \(;\), so they read as 1 account/,
    ],
    [{ GWS_BASE_URL: 'simulator', GWS_AGENTS: 'alice:pw-a bob:pw-b' }, 'GWS_AGENTS', /separated by spaces or new lines/],
    [{ GWS_SERVER_WITHOUT: 'csrf' }, 'GWS_SERVER_WITHOUT', /"csrf" is not something .* \(did you mean csrf-protection\?\)/],
    [{ GWS_BASE_URL: 'https://gws.example.com' }, 'GWS_AGENTS', /required with GWS_BASE_URL/],
    [{ GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'a:b' }, 'GWS_AGENTS', /at least 2/],
    [{ GWS_BASE_URL: 'simulator', GWS_AGENTS: 'a:b,nopassword' }, 'GWS_AGENTS', /entry 2 is not user:password/],
    [{ GWS_BASE_URL: 'simulator', GWS_AGENTS: 'a:b,a:c' }, 'GWS_AGENTS', /listed twice/],
    [{ GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'a:b,c:d' }, 'GMS_BASE_URL', /required/],
    [{ GWS_BASE_URL: 'simulator', GWS_CHAT_SOURCE: 'phone' }, 'GWS_CHAT_SOURCE', /gms or external/],
    [{ GWS_BASE_URL: 'simulator', GWS_COMETD_TRANSPORT: 'smoke-signals' }, 'GWS_COMETD_TRANSPORT', /unknown transport/],
    [{ GWS_BASE_URL: 'simulator', GWS_COMETD_PATH: 'api/v2/notifications' }, 'GWS_COMETD_PATH', /must start with \//],
    [{ GWS_OFFER_TIMEOUT_MS: 'soon' }, 'GWS_OFFER_TIMEOUT_MS', /whole number/],
    [{ GWS_QUIET_WINDOW_MS: '-1' }, 'GWS_QUIET_WINDOW_MS', /whole number/],
    // The target is explicit: the simulator never stands in for a server whose settings are given.
    [
      { GWS_AGENTS: 'a:x,b:y', GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat' },
      'GWS_BASE_URL',
      /not set, but GWS_AGENTS, GMS_BASE_URL are: the run would test the embedded simulator, not your server/,
    ],
    [{ GWS_CHAT_SOURCE: 'external' }, 'GWS_BASE_URL', /not set, but GWS_CHAT_SOURCE is/],
    [{ GMS_SERVICE: 'sales' }, 'GWS_BASE_URL', /not set, but GMS_SERVICE is/],
    [{ GWS_AGENTS: '' }, 'GWS_AGENTS', /set but empty/],
    [{ GWS_BASE_URL: '', GWS_AGENTS: 'a:x,b:y' }, 'GWS_BASE_URL', /set but empty/],
    [{ GWS_BASE_URL: '  ' }, 'GWS_BASE_URL', /set but empty/],
    [{ GWS_BASE_URL: 'simulator', GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat' }, 'GMS_BASE_URL', /serves its own GMS/],
    [
      { GWS_BASE_URL: 'simulator', GWS_COMETD_TRANSPORT: 'websocket', GWS_SIMULATOR_BAYEUX: 'cometd' },
      'GWS_SIMULATOR_BAYEUX',
      /cometd backend serves CometD over long-polling only/,
    ],
    [{ GWS_BASE_URL: 'simulator', GWS_SIMULATOR_BAYEUX: 'jetty' }, 'GWS_SIMULATOR_BAYEUX', /expected cometd or faye, got "jetty"/],
    [
      {
        GWS_BASE_URL: 'https://gws.example.com',
        GWS_AGENTS: 'a:x,b:y',
        GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat',
        GWS_SIMULATOR_BAYEUX: 'faye',
      },
      'GWS_SIMULATOR_BAYEUX',
      /only applies to the embedded simulator/,
    ],
    [{ GWS_BASE_URL: 'simulator', GWS_COMETD_PATH: '/cometd' }, 'GWS_COMETD_PATH', /at \/api\/v2\/notifications only/],
    // No setting switches a check off.
    [{ GWS_QUIET_WINDOW_MS: '0' }, 'GWS_QUIET_WINDOW_MS', /0 ms is below 500 ms: .*ACCEPT-QUIET-01/],
    [{ GWS_QUIET_WINDOW_MS: '499' }, 'GWS_QUIET_WINDOW_MS', /below 500 ms/],
    [{ GWS_NOTIFICATION_TIMEOUT_MS: '200' }, 'GWS_NOTIFICATION_TIMEOUT_MS', /below 1000 ms: .*legitimately trail/],
    [
      { GWS_BASE_URL: 'simulator', GWS_AGENTS: 'a:pw-a,b:pw-b', GWS_CONCURRENT_AGENTS: '3' },
      'GWS_CONCURRENT_AGENTS',
      /3 agents asked for, 2 accounts/,
    ],
    [
      {
        GWS_BASE_URL: 'https://gws.example.com',
        GWS_AGENTS: 'a:pw-a,b:pw-b',
        GMS_BASE_URL: 'http://g.example.com/genesys/2/chat',
        GWS_CONCURRENT_AGENTS: '3',
      },
      'GWS_CONCURRENT_AGENTS',
      /3 agents asked for, 2 accounts/,
    ],
    [{ GWS_PROFILE: 'lenient' }, 'GWS_PROFILE', /default or strict/],
    [{ GWS_AGENT_NICKNAME: '  ' }, 'GWS_AGENT_NICKNAME', /set but empty/],
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
      expect((error as ConfigError).message).toMatch(/Set |Add |Lower |Remove |List |Unset |Fix |Rename |Separate /);
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

  test('the README lists every setting and every requirement as the code defines them', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync('README.md', 'utf8');
    for (const s of SETTINGS) expect(readme, s.name).toContain(`| \`${s.name}\` | ${s.default} | ${s.meaning} |`);
    for (const r of SUITE.requirements) {
      expect(readme, r.id).toContain(
        `| ${r.id} | ${r.level}${r.status === 'shown' ? ' (shown)' : ''} | ${r.text} | ${r.source} ([page](${r.url})) |`,
      );
    }
  });

  test('requirement sources name their doc pages, and what the suite relies on is in the repository', async () => {
    const { existsSync, readFileSync } = await import('node:fs');
    const { PAGES } = await import('../judges/catalogue/pages.ts');
    const titles = Object.values(PAGES).map((p) => p.title);
    for (const r of SUITE.requirements) {
      expect(r.url, r.id).toMatch(/^https:\/\//);
      expect(
        titles.some((t) => r.source.includes(t)),
        `${r.id} names a page: ${r.source}`,
      ).toBe(true);
      // An internal tag (S15, §8, C2) only beside the fact sheet that resolves it.
      const bare = r.source.replace(/docs\/gws-chat-api-facts\.md [^;)]*/g, '');
      expect(bare, r.id).not.toMatch(/\bS\d+\b|§\d|\bC\d\b|seed \d/);
    }
    const facts = readFileSync('docs/gws-chat-api-facts.md', 'utf8');
    for (const page of Object.values(PAGES)) expect(facts, page.tag).toContain(`| ${page.tag} |`);
    expect(existsSync('docs/chat-accept-page.txt')).toBe(true);
    expect(readFileSync('README.md', 'utf8')).not.toContain('../shared');
  });
});
