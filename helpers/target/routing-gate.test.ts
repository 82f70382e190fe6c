/**
 * The routing gate and the account lanes that let runs go side by side on one GMS service: the gate
 * admits one run at a time, first come first served (a patient run after those asking meanwhile); a
 * chat offered to one run is never another's; a lane is one run's at a time.
 */
import { expect, test } from '@playwright/test';
import { AccountLanes, RoutingGate } from './routing-gate.ts';

const tick = () => new Promise((r) => setTimeout(r, 5));

test('the gate admits one run at a time, in the order they asked; a release twice releases once', async () => {
  const gate = new RoutingGate();
  const order: string[] = [];
  const first = await gate.acquire();
  const second = gate.acquire().then((release) => {
    order.push('second');
    return release;
  });
  const third = gate.acquire().then((release) => {
    order.push('third');
    return release;
  });
  await tick();
  expect(order).toEqual([]);
  first();
  first();
  const releaseSecond = await second;
  await tick();
  expect(order).toEqual(['second']);
  releaseSecond();
  (await third)();
  expect(order).toEqual(['second', 'third']);
  // Every run released: the next is admitted at once.
  expect(typeof (await Promise.race([gate.acquire(), tick().then(() => 'still waiting')]))).toBe('function');
});

test('a patient run (one that holds the gate through a window) lets those who ask after it go first while any wait; patient runs keep their order', async () => {
  const gate = new RoutingGate();
  const order: string[] = [];
  const asks = (name: string, patient = false) =>
    gate.acquire(patient).then((release) => {
      order.push(name);
      release();
    });
  const first = await gate.acquire();
  const all = [asks('patient-1', true), asks('patient-2', true), asks('quick-1'), asks('quick-2')];
  await tick();
  first();
  await Promise.all(all);
  expect(order).toEqual(['quick-1', 'quick-2', 'patient-1', 'patient-2']);
  // The gate free and nobody waiting: a patient run goes in at once.
  expect(typeof (await Promise.race([gate.acquire(true), tick().then(() => 'still waiting')]))).toBe('function');
});

test("a chat offered to one run is never another run's", () => {
  const gate = new RoutingGate();
  const [a, b] = [{}, {}];
  expect(gate.claim('chat-1', a)).toBe(true);
  expect(gate.claim('chat-1', a)).toBe(true);
  expect(gate.claim('chat-1', b)).toBe(false);
  expect(gate.claim('chat-2', b)).toBe(true);
});

test('lanes: each run on accounts of its own, no more runs at once than lanes, the next waiting run on the lane freed', async () => {
  const accounts = Array.from({ length: 5 }, (_, i) => ({ username: `a${i}`, password: 'x' }));
  const lanes = new AccountLanes(accounts, 2);
  expect(lanes.count).toBe(2);
  let running = 0;
  let most = 0;
  const used: string[][] = [];
  await Promise.all(
    Array.from({ length: 5 }, () =>
      lanes.on(async (lane) => {
        running++;
        most = Math.max(most, running);
        used.push(lane.map((a) => a.username));
        await tick();
        running--;
      }),
    ),
  );
  expect(most).toBe(2);
  expect(used).toHaveLength(5);
  for (const lane of used) expect([['a0', 'a1'].join(), ['a2', 'a3'].join()]).toContain(lane.join());
  // A run that throws gives its lane back.
  await expect(lanes.on(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  await lanes.on(async () => undefined);
  expect(() => new AccountLanes(accounts.slice(0, 1), 2)).toThrow(/no lane of 2/);
});

test('lanes: a run that needs two lanes gets both (their accounts in one list), in its turn, never overtaken by smaller runs', async () => {
  const accounts = Array.from({ length: 6 }, (_, i) => ({ username: `a${i}`, password: 'x' }));
  const lanes = new AccountLanes(accounts, 2);
  const order: string[] = [];
  let release!: () => void;
  const blocker = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Two one-lane runs hold two of the three lanes; the two-lane run waits, and a one-lane run asking after it waits behind it.
  const first = lanes.on(async () => {
    order.push('first');
    await blocker;
  });
  const second = lanes.on(async () => {
    order.push('second');
    await blocker;
  });
  const big = lanes.on(async (a) => {
    order.push(`big ${a.map((x) => x.username).join(',')}`);
  }, 2);
  const small = lanes.on(async () => {
    order.push('small');
  });
  await tick();
  expect(order).toEqual(['first', 'second']);
  release();
  await Promise.all([first, second, big, small]);
  expect(order[2]).toMatch(/^big a\d,a\d,a\d,a\d$/);
  expect(order[3]).toBe('small');
  await expect(lanes.on(async () => undefined, 4)).rejects.toThrow(/cannot take 4 of 3 lanes/);
});
