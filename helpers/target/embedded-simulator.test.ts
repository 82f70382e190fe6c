import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { readConfig } from './config.ts';
import { ConfigError } from './config-error.ts';
import { embeddedConfig } from './embedded-simulator.ts';
import { REAL_SERVER_WAITS, SIMULATOR_TURN_WINDOW_MS, SIMULATOR_WAITS } from './waits.ts';

const slow = SUITE.variants.find((v) => v.name === 'slow-server')!;

test.describe('the embedded simulator waits as long as the variants switched on need', () => {
  test('by default, the short waits of a local simulator', () => {
    const config = embeddedConfig(readConfig({ GWS_SIMULATOR_VARIANTS: 'uuid-ids' }), SUITE.simulated, {});
    expect(config.notificationTimeoutMs).toBe(SIMULATOR_WAITS.notificationTimeoutMs);
    expect(config.quietWindowMs).toBe(SIMULATOR_WAITS.quietWindowMs);
    expect(config.turnWindowMs).toBe(SIMULATOR_TURN_WINDOW_MS);
    // The turns at once: what a turn sends late is told by its content.
    expect(config.turnWaitMs).toBe(0);
  });

  test('with no fault or variant switched on, the configuration read (the conformance command then skips loading the suite for it)', () => {
    for (const env of [{}, { GWS_QUIET_WINDOW_MS: '700', GWS_NOTIFICATION_TIMEOUT_MS: '1500' }]) {
      const read = readConfig(env);
      expect(embeddedConfig(read, SUITE.simulated, env)).toEqual(read);
    }
  });

  test("a variant imitating a real server's delays gets a real server's waits", () => {
    const env = { GWS_SIMULATOR_VARIANTS: 'property-order,slow-server' };
    const config = embeddedConfig(readConfig(env), SUITE.simulated, env);
    expect(config.notificationTimeoutMs).toBe(REAL_SERVER_WAITS.notificationTimeoutMs);
    expect(config.quietWindowMs).toBe(REAL_SERVER_WAITS.quietWindowMs);
  });

  test("a conversation's turns: at once (bounded by the quiet window against a server, the simulator's turn window against it), and waiting the quiet window against the simulator when a deviation sends anything later", () => {
    const server = readConfig({ GWS_BASE_URL: 'https://gws.example.com', GWS_AGENTS: 'a:b,c:d', GMS_BASE_URL: 'https://gms.example.com' });
    expect(server.turnWindowMs).toBe(server.quietWindowMs);
    expect(server.turnWaitMs).toBe(0);
    // A separate simulator is a server too.
    expect(
      readConfig({ GWS_BASE_URL: 'http://127.0.0.1:8090', GWS_AGENTS: 'a:b,c:d', GMS_BASE_URL: 'http://127.0.0.1:8090' }).turnWindowMs,
    ).toBe(REAL_SERVER_WAITS.quietWindowMs);
    // Explicit quiet window against the simulator: the turns still wait the simulator's own turn window.
    expect(readConfig({ GWS_QUIET_WINDOW_MS: '600' }).turnWindowMs).toBe(SIMULATOR_TURN_WINDOW_MS);
    const late = SUITE.faults.filter((f) => f.lateMs);
    expect(late.map((f) => f.name).sort()).toEqual(['extra-notification-after', 'reject-offered-back']);
    for (const f of late) {
      const env = { GWS_SIMULATOR_FAULTS: f.name, GWS_QUIET_WINDOW_MS: '600' };
      expect(embeddedConfig(readConfig(env), SUITE.simulated, env).turnWindowMs).toBe(600);
      expect(embeddedConfig(readConfig(env), SUITE.simulated, env).turnWaitMs).toBe(600);
      expect(f.lateMs!).toBeLessThan(SIMULATOR_WAITS.quietWindowMs);
    }
    // A variant imitating a server's delays is driven as a server is: the turns at once.
    const env = { GWS_SIMULATOR_VARIANTS: 'slow-server' };
    expect(embeddedConfig(readConfig(env), SUITE.simulated, env).turnWindowMs).toBe(REAL_SERVER_WAITS.quietWindowMs);
    expect(embeddedConfig(readConfig(env), SUITE.simulated, env).turnWaitMs).toBe(0);
    // Any other fault: the short turns (its notifications go with the answer), at once.
    const other = { GWS_SIMULATOR_FAULTS: 'order-participants-first' };
    expect(embeddedConfig(readConfig(other), SUITE.simulated, other).turnWindowMs).toBe(SIMULATOR_TURN_WINDOW_MS);
    expect(embeddedConfig(readConfig(other), SUITE.simulated, other).turnWaitMs).toBe(0);
  });

  test('the waits set explicitly win', () => {
    const env = { GWS_SIMULATOR_VARIANTS: 'slow-server', GWS_NOTIFICATION_TIMEOUT_MS: '3000', GWS_QUIET_WINDOW_MS: '700' };
    const config = embeddedConfig(readConfig(env), SUITE.simulated, env);
    expect([config.notificationTimeoutMs, config.quietWindowMs]).toEqual([3000, 700]);
  });

  test("slow-server's delays lie beyond the simulator's waits and within a real server's: the variant proves the real defaults", () => {
    expect(slow.timing!.notificationDelayMs).toBeGreaterThan(SIMULATOR_WAITS.notificationTimeoutMs);
    expect(slow.timing!.notificationDelayMs).toBeLessThan(REAL_SERVER_WAITS.notificationTimeoutMs);
    expect(slow.timing!.offerDelayMs).toBeLessThan(readConfig({}).offerTimeoutMs);
  });

  test('an unknown variant is a configuration error naming the setting', () => {
    expect(() => embeddedConfig(readConfig({ GWS_SIMULATOR_VARIANTS: 'slow-servr' }), SUITE.simulated, {})).toThrow(ConfigError);
    expect(() => embeddedConfig(readConfig({ GWS_SIMULATOR_VARIANTS: 'slow-servr' }), SUITE.simulated, {})).toThrow(
      /did you mean "slow-server"/,
    );
  });
});
