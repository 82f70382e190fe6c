/**
 * The order in which a run's scenarios ask for the lanes of a shared server: the ones that wait the most
 * windows first (ScenarioRun.windows), so that the last to start are short; else as declared.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import { longestFirst } from './scenario.ts';

test('runs ask for the lanes the most windows first, else in the order declared', () => {
  const runs = [{ name: 'a' }, { name: 'b', windows: 2 }, { name: 'c', windows: 5 }, { name: 'd' }, { name: 'e', windows: 2 }];
  expect(longestFirst(runs).map((r) => r.name)).toEqual(['c', 'b', 'e', 'a', 'd']);
  expect(
    runs.map((r) => r.name),
    'the list given is left as it was',
  ).toEqual(['a', 'b', 'c', 'd', 'e']);
});

test("in the suite, the whole conversation asks first and every run on an unknown chat id (one window, no chat) after every run in an accepted chat's", () => {
  const order = longestFirst(SUITE.scenarios.flatMap((s) => s.runs)).map((r) => r.name);
  expect(order[0]).toBe('conversation');
  const firstUnknown = order.findIndex((n) => n.endsWith('-unknown-id'));
  const accepted = ['send-message', 'attach-user-data', 'leave', 'complete', 'complete-error-completed', 'send-message-error-missing-text'];
  for (const name of accepted) expect(order.indexOf(name), name).toBeLessThan(firstUnknown);
});
