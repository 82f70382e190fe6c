/**
 * A conversation against a server takes its turns at once (no window after each: config.turnWaitMs 0)
 * and tells each turn's notifications by what its declaration claims (helpers/judges/attribution.ts).
 * Here the embedded simulator is driven as a server is (turn window = quiet window, no wait), and the
 * transcript is then bent offline: a notification moved into the next turn's window stays its own turn's,
 * a late duplicate is blamed on its own turn, a notification no single turn claims leaves the run
 * undecided; a fault whose notification no turn claims has the turns taken again with their windows.
 */
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { BayeuxEvent, Finding, NoteEvent, Transcript } from '../contract/generated/payloads.ts';
import { attributionOf } from '../judges/attribution.ts';
import { judgeTranscript } from '../judges/judge.ts';
import { decisionFor } from '../judges/verdicts.ts';
import { classify } from '../judges/views.ts';
import { resolveTarget } from '../target/resolve.ts';

const conversation = SUITE.scenarios.find((s) => s.kind === 'conversation')!.whole[0]!;

/** Drives the conversation on the embedded simulator (with `faults`), its turns at once as against a server. */
async function driveAtOnce(faults: string[] = []): Promise<Transcript> {
  const { target, stop } = await resolveTarget(
    {
      GWS_QUIET_WINDOW_MS: '500',
      GWS_NOTIFICATION_TIMEOUT_MS: '2000',
      ...(faults.length ? { GWS_SIMULATOR_FAULTS: faults.join(',') } : {}),
    },
    SUITE.simulated,
  );
  try {
    const server = { ...target, config: { ...target.config, turnWindowMs: target.config.quietWindowMs, turnWaitMs: 0 } };
    return await conversation.drive(server);
  } finally {
    await stop();
  }
}

const stepOf = (t: Transcript, name: string) =>
  t.events.findIndex((e) => e.kind === 'note' && ((e as NoteEvent).data as { step?: unknown } | undefined)?.step === name);
/** The index of the first notification to the agent after the step `name` that carries an entry of `type`. */
function entryAfter(t: Transcript, name: string, type: string): number {
  const from = stepOf(t, name);
  return t.events.findIndex(
    (e, i) =>
      i > from &&
      e.kind === 'bayeux' &&
      (classify(i, e as BayeuxEvent).data as { messages?: { type?: unknown }[] } | undefined)?.messages?.some((m) => m.type === type),
  );
}
const clone = (t: Transcript): Transcript => structuredClone(t);
/** Moves event `i` to just after event `after`. */
function move(t: Transcript, i: number, after: number): Transcript {
  const c = clone(t);
  const [e] = c.events.splice(i, 1);
  c.events.splice(after, 0, e!);
  return c;
}
const decided = (findings: Finding[], verdict: string) =>
  [...new Set(findings.map((f) => f.requirement))].filter((id) => decisionFor(findings, id) === verdict).sort();

let healthy: Transcript;

test.describe.configure({ mode: 'serial' });

test('against a server the turns follow each other at once; each turn gets exactly its own notification, and the run passes', async () => {
  healthy = await driveAtOnce();
  expect(healthy.scenario.settings?.turnWaitMs).toBe(0);
  expect(healthy.events.filter((e) => e.kind === 'note' && /taken again/.test(e.text))).toEqual([]);
  const findings = judgeTranscript(SUITE, healthy);
  expect(decided(findings, 'FAIL')).toEqual([]);
  expect(decided(findings, 'INCONCLUSIVE')).toEqual([]);
  const a = attributionOf(healthy, healthy.scenario.actors[0]!, SUITE.operations)!;
  expect(a.ambiguous).toEqual([]);
  // The way in's Accept has its three; every other turn (the customer's lines included) its one.
  expect([...a.byStep.values()].map((l) => l.length)).toEqual([3, ...Array(a.byStep.size - 1).fill(1)]);
  // No window between the turns: the first nine took less than one window each.
  const send = stepOf(healthy, 'send-message');
  const notice = stepOf(healthy, 'nickname-notice');
  expect(healthy.events[notice]!.at - healthy.events[send]!.at).toBeLessThan(9 * 500);
});

test("a turn's notification that lands in the next turn's window stays its own; windows alone would blame both turns", async () => {
  const url = entryAfter(healthy, 'send-url', 'PushUrl');
  const late = move(healthy, url, entryAfter(healthy, 'custom-notice', 'CustomNotice'));
  expect(entryAfter(late, 'custom-notice', 'PushUrl')).toBeGreaterThan(stepOf(late, 'custom-notice'));
  const findings = judgeTranscript(SUITE, late);
  expect(decided(findings, 'FAIL')).toEqual([]);
  expect(decided(findings, 'INCONCLUSIVE')).toEqual([]);
  // The same transcript read by windows (as if its drive had waited each turn's window) fails both turns.
  const windowed = clone(late);
  windowed.scenario.settings = { ...windowed.scenario.settings, turnWaitMs: windowed.scenario.settings!.turnWindowMs };
  const byWindow = decided(judgeTranscript(SUITE, windowed), 'FAIL');
  expect(byWindow.some((id) => id.startsWith('SENDURL-'))).toBe(true);
  expect(byWindow.some((id) => id.startsWith('CUSTOMNOTICE-'))).toBe(true);
});

test('a duplicate arriving during a later turn is blamed on its own turn, not on the turn it lands in', async () => {
  const url = entryAfter(healthy, 'send-url', 'PushUrl');
  const twice = clone(healthy);
  const copy = structuredClone(twice.events[url]!);
  const at = entryAfter(twice, 'custom-notice', 'CustomNotice');
  copy.at = twice.events[at]!.at + 0.5;
  twice.events.splice(at + 1, 0, copy);
  const failed = decided(judgeTranscript(SUITE, twice), 'FAIL');
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.every((id) => id.startsWith('SENDURL-'))).toBe(true);
});

test("a turn whose notification comes after the next steps, behind an earlier turn's late one, still gets it while it could send", async () => {
  // As a server that answers first and notifies 2 s later does: DeleteUserData's PropertiesUpdated lands
  // in SendNicknameUpdatedNotice's window, and the notice's own entry after the customer read its transcript.
  const slow = clone(healthy);
  const props = slow.events.findIndex((e, i) => i > stepOf(slow, 'delete-user-data') && e.kind === 'bayeux');
  const [p] = slow.events.splice(props, 1);
  slow.events.splice(stepOf(slow, 'nickname-notice') + 1, 0, p!);
  const notice = entryAfter(slow, 'nickname-notice', 'NicknameUpdated');
  const [n] = slow.events.splice(notice, 1);
  n!.at = slow.events[stepOf(slow, 'nickname-notice')]!.at + 1500;
  slow.events.splice(stepOf(slow, 'customer-view') + 1, 0, n!);
  const findings = judgeTranscript(SUITE, slow);
  expect(decided(findings, 'FAIL')).toEqual([]);
  expect(decided(findings, 'INCONCLUSIVE')).toEqual([]);
  // Later than the turn could still send (the wait for a notification and the turn window after its step): no turn's.
  n!.at += 2_000;
  expect(decided(judgeTranscript(SUITE, clone(slow)), 'FAIL')).toContain('NICKNAME-SEQ-01');
});

test('a notification no single turn claims, landing while several could still send, leaves the run undecided', async () => {
  const url = entryAfter(healthy, 'send-url', 'PushUrl');
  const odd = clone(healthy);
  const copy = structuredClone(odd.events[url]!) as BayeuxEvent;
  const data = (copy.message as { data: { messages: Record<string, unknown>[] } }).data;
  data.messages[0]!.text = 'nobody sent this';
  data.messages[0]!.type = 'Text';
  const at = entryAfter(odd, 'custom-notice', 'CustomNotice');
  copy.at = odd.events[at]!.at + 0.5;
  odd.events.splice(at + 1, 0, copy);
  const findings = judgeTranscript(SUITE, odd);
  expect(findings.every((f) => f.verdict === 'INCONCLUSIVE')).toBe(true);
  expect(findings[0]!.observed).toMatch(/could be the notification of .*SendCustomNoticeToAgents/);
  expect(findings[0]!.observed).toMatch(/SendUrl/);
});

for (const { fault, again } of [
  // The URL echoed otherwise: no turn claims its entry, so the turns are taken again with their windows.
  { fault: 'sendurl-url-escaped', again: true },
  // The customer's line delivered twice: the copy is claimed by the line, wherever it lands.
  { fault: 'customer-message-twice', again: false },
]) {
  test(`${fault}, the turns at once: judged on exactly its IDs${again ? ', the turns taken again with their windows' : ''}`, async () => {
    const t = await driveAtOnce([fault]);
    expect(t.scenario.settings?.turnWaitMs).toBe(again ? t.scenario.settings?.turnWindowMs : 0);
    expect(t.events.some((e) => e.kind === 'note' && /taken again, each waiting its window/.test(e.text))).toBe(again);
    const findings = judgeTranscript(SUITE, t);
    expect(decided(findings, 'INCONCLUSIVE')).toEqual([]);
    const breaks = SUITE.faults.find((f) => f.name === fault)!.breaks;
    const failed = decided(findings, 'FAIL');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.filter((id) => !breaks.includes(id))).toEqual([]);
  });
}
