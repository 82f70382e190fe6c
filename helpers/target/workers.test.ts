/**
 * The worker plan: as many workers as asked, as far as the account pool and the GMS services allow,
 * saying why when fewer; each worker (and each shard) on a disjoint slice of the pool.
 */
import { expect, test } from '@playwright/test';
import { readConfig } from './config.ts';
import { ConfigError } from './config-error.ts';
import {
  askedShard,
  explicitWorkers,
  lanesOf,
  parseShard,
  sideBySideLine,
  slotsOf,
  targetOfSlot,
  workerPlan,
  workerSlot,
} from './workers.ts';

const staging = (extra: Record<string, string>) =>
  readConfig({
    GWS_BASE_URL: 'https://gws.example.com',
    GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat',
    GWS_AGENTS: Array.from({ length: 8 }, (_, i) => `a${i}:p${i}`).join(','),
    ...extra,
  });

test('a staging target with one GMS service runs one worker, and says why when more are asked', () => {
  expect(workerPlan(staging({}))).toEqual({ workers: 1, perWorker: 4, lanes: 4 });
  expect(workerPlan(staging({ GWS_WORKERS: '4' }))).toMatchObject({
    workers: 1,
    limitedBy: expect.stringMatching(/8 accounts in GWS_AGENTS make 2 slices of 4.*GMS_SERVICE lists 1 service, one per worker/),
  });
});

test('two services and eight accounts: two workers of four accounts; with two shards, one each', () => {
  const config = staging({ GMS_SERVICE: 'svc-a,svc-b' });
  expect(workerPlan(config)).toEqual({ workers: 2, perWorker: 4, lanes: 1 });
  expect(workerPlan(config, 2)).toMatchObject({ workers: 1, perWorker: 4 });
  expect(workerPlan(staging({ GMS_SERVICE: 'a,b,c', GWS_CONCURRENT_AGENTS: '2' }))).toEqual({ workers: 3, perWorker: 2, lanes: 1 });
});

test('chats started by hand cannot be aimed at a worker: one worker', () => {
  expect(workerPlan(staging({ GWS_CHAT_SOURCE: 'external', GWS_WORKERS: '2' }))).toMatchObject({
    workers: 1,
    limitedBy: expect.stringMatching(/GWS_CHAT_SOURCE=external/),
  });
});

test('the embedded simulator: one worker by default, driving every scenario side by side; more when asked', () => {
  expect(workerPlan(readConfig({}))).toMatchObject({ workers: 1 });
  expect(workerPlan(readConfig({ GWS_WORKERS: '2' }))).toMatchObject({ workers: 2 });
});

test("each slot gets its own accounts and service, never another slot's", () => {
  const config = staging({ GMS_SERVICE: 'svc-a,svc-b' });
  const target = { config: { ...config, baseUrl: config.baseUrl! }, label: 'x' };
  const [a, b] = [targetOfSlot(target, 0), targetOfSlot(target, 1)];
  expect(a.config.agents.map((x) => x.username)).toEqual(['a0', 'a1', 'a2', 'a3']);
  expect(b.config.agents.map((x) => x.username)).toEqual(['a4', 'a5', 'a6', 'a7']);
  expect([a.config.gmsService, b.config.gmsService]).toEqual(['svc-a', 'svc-b']);
  expect(() => targetOfSlot(target, 2)).toThrow(/needs 4 accounts/);
});

test('shards take the slots after those of the shards before them, a worker each', () => {
  expect([0, 1].map((i) => workerSlot({ shard: null, workers: 2 }, i))).toEqual([0, 1]);
  expect([0, 1].map((i) => workerSlot({ shard: { current: 2 }, workers: 2 }, i))).toEqual([2, 3]);
  expect(workerSlot({ shard: { current: 3 }, workers: 1 }, 0)).toBe(2);
});

test('a pool or a service list too small for the shards is a configuration error naming the setting', () => {
  expect(() => workerPlan(staging({ GMS_SERVICE: 'a,b,c' }), 3)).toThrow(ConfigError);
  expect(() => workerPlan(staging({ GMS_SERVICE: 'a,b,c' }), 3)).toThrow(/^GWS_AGENTS: 8 accounts cannot give each of 3 shards/);
  expect(() => workerPlan(staging({ GMS_SERVICE: 'a', GWS_CONCURRENT_AGENTS: '2' }), 2)).toThrow(
    /^GMS_SERVICE: 1 service cannot give each of 2 shards/,
  );
  // Chats started by hand: one worker per shard, each shard's agents waiting for their own.
  expect(workerPlan(staging({ GWS_CHAT_SOURCE: 'external', GWS_CONCURRENT_AGENTS: '2' }), 2)).toMatchObject({ workers: 1 });
});

test('--workers: taken as asked on the simulator; on a server, within what the pool allows', () => {
  expect(workerPlan(readConfig({}), 1, 6)).toMatchObject({ workers: 6 });
  expect(workerPlan(staging({ GMS_SERVICE: 'a,b' }), 1, 1)).toEqual({ workers: 1, perWorker: 4, lanes: 4 });
  expect(() => workerPlan(staging({ GMS_SERVICE: 'a,b' }), 1, 3)).toThrow(
    /^--workers: 3 workers asked, the account pool and services allow 2/,
  );
});

test('the shard and worker arguments are read as Playwright reads them, and refused when malformed', () => {
  expect(parseShard([])).toEqual({ index: 1, count: 1 });
  expect(askedShard([])).toBeUndefined();
  expect(askedShard(['--shard=2/3'])).toEqual({ index: 2, count: 3 });
  expect(parseShard(['--shard=2/3'])).toEqual({ index: 2, count: 3 });
  expect(parseShard(['--grep', 'x', '--shard', '1/2'])).toEqual({ index: 1, count: 2 });
  for (const bad of ['--shard=3/2', '--shard=0/2', '--shard=a/b', '--shard='])
    expect(() => parseShard([bad]), bad).toThrow(/^--shard: .* Write --shard=i\/n/);
  expect(explicitWorkers(['--workers=3'])).toBe(3);
  expect(explicitWorkers(['-j', '2'])).toBe(2);
  expect(explicitWorkers(['--grep', 'x'])).toBeUndefined();
  expect(() => explicitWorkers(['--workers=50%'])).toThrow(/^--workers: "50%"/);
});

test("a worker's runs go side by side on lanes of two accounts of its share of the pool once it holds two concurrency runs; else, or chats started by hand: one at a time", () => {
  const one = staging({});
  expect(one.agents).toHaveLength(8);
  expect(lanesOf(one, 1)).toBe(4);
  expect(lanesOf(staging({ GWS_CONCURRENT_AGENTS: '2' }), 1)).toBe(4);
  // Eight accounts and four agents accepting at once in the concurrency spec: lanes of two would leave
  // room for one run of it only beside the others; seven accounts and fewer run one at a time.
  expect(lanesOf(staging({ GWS_AGENTS: Array.from({ length: 7 }, (_, i) => `a${i}:p${i}`).join(',') }), 1)).toBe(1);
  expect(lanesOf(one, 2)).toBe(1);
  expect(lanesOf(staging({ GWS_CHAT_SOURCE: 'external' }), 1)).toBe(1);
  expect(sideBySideLine(one, workerPlan(one))).toMatch(
    /^4 runs side by side on GMS service .*, each on 2 accounts of its own \(GWS_AGENTS; the concurrency spec's run on 4/,
  );
  expect(sideBySideLine(one, { workers: 1, perWorker: 4, lanes: 1 })).toBeUndefined();
  // Each worker of two takes half of sixteen accounts: four lanes of two each.
  const two = staging({ GMS_SERVICE: 'a,b', GWS_AGENTS: Array.from({ length: 16 }, (_, i) => `a${i}:p${i}`).join(',') });
  const target = { config: { ...two, baseUrl: two.baseUrl! }, label: 'x' };
  const slots = slotsOf({ shard: null, workers: 2 });
  expect(targetOfSlot(target, 1, slots).config.agents.map((a) => a.username)).toEqual([
    'a8',
    'a9',
    'a10',
    'a11',
    'a12',
    'a13',
    'a14',
    'a15',
  ]);
  expect(workerPlan(two)).toMatchObject({ workers: 2, lanes: 4 });
});
