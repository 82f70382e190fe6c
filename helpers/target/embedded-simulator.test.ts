import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { readConfig } from './config.ts';
import { ConfigError } from './config-error.ts';
import { embeddedConfig } from './embedded-simulator.ts';
import { REAL_SERVER_WAITS, SIMULATOR_WAITS } from './waits.ts';

const slow = SUITE.variants.find((v) => v.name === 'slow-server')!;

test.describe('the embedded simulator waits as long as the variants switched on need', () => {
  test('by default, the short waits of a local simulator', () => {
    const config = embeddedConfig(readConfig({ GWS_SIMULATOR_VARIANTS: 'uuid-ids' }), SUITE.simulated, {});
    expect(config.notificationTimeoutMs).toBe(SIMULATOR_WAITS.notificationTimeoutMs);
    expect(config.quietWindowMs).toBe(SIMULATOR_WAITS.quietWindowMs);
  });

  test("a variant imitating a real server's delays gets a real server's waits", () => {
    const env = { GWS_SIMULATOR_VARIANTS: 'property-order,slow-server' };
    const config = embeddedConfig(readConfig(env), SUITE.simulated, env);
    expect(config.notificationTimeoutMs).toBe(REAL_SERVER_WAITS.notificationTimeoutMs);
    expect(config.quietWindowMs).toBe(REAL_SERVER_WAITS.quietWindowMs);
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
