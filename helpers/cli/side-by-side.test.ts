/**
 * A server run separately with one GMS service (the usual staging set-up), and accounts for four runs:
 * the runs go side by side, each on accounts of its own, and only their exclusive parts (an agent
 * Ready until the run's offers arrived) take turns. The verdicts are those of the runs one at a time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../../operations/index.ts';
import type { HttpEvent, Transcript } from '../contract/generated/payloads.ts';
import { conformanceAsync } from '../proof/run-conformance.ts';
import { type ResolvedTarget, resolveTarget } from '../target/resolve.ts';

test.describe.configure({ timeout: 180_000 });

let sim: ResolvedTarget;
test.beforeAll(async () => {
  // Eight accounts: four lanes of two (the tests run GWS_CONCURRENT_AGENTS=2).
  sim = await resolveTarget({ GWS_BASE_URL: 'simulator', GWS_CONCURRENT_AGENTS: '8' }, SUITE.simulated);
});
test.afterAll(async () => {
  await sim?.stop();
});

/** When (ms since the epoch; a transcript time is ms since its start) each Ready and the NotReady after it were sent: the run's exclusive parts. */
function exclusiveParts(t: Transcript): { from: number; to: number; run: string }[] {
  const start = Date.parse(t.startedAt);
  const readiness = t.events.filter(
    (e): e is HttpEvent => e.kind === 'http' && e.request.path.endsWith('/api/v2/me/channels/chat') && e.request.method === 'POST',
  );
  const parts: { from: number; to: number; run: string }[] = [];
  let open: number | undefined;
  for (const e of readiness) {
    const op = (e.request.body as { operationName?: string } | undefined)?.operationName;
    if (op === 'Ready' && open === undefined) open = start + e.at;
    if (op === 'NotReady' && open !== undefined) {
      parts.push({ from: open, to: start + e.at, run: `${t.scenario.kind}/${t.scenario.probe ?? ''}` });
      open = undefined;
    }
  }
  return parts;
}

test('one GMS service, accounts for four runs: the runs overlap, their exclusive parts never do, and every requirement that ran passes', async () => {
  const c = sim.target.config;
  const r = await conformanceAsync(
    {
      GWS_BASE_URL: c.baseUrl,
      GWS_AGENTS: c.agents.map((a) => `${a.username}:${a.password}`).join(','),
      GMS_BASE_URL: c.gmsBaseUrl!,
      GMS_SERVICE: c.gmsService,
    },
    ['--grep', 'Reject|Complete'],
  );
  expect(r.run.stdout).toMatch(/4 runs side by side on GMS service customer-support, each on 2 accounts of its own/);
  // Part of the suite ran: PARTIAL, and what ran passed.
  expect(r.run.status, r.run.stdout.slice(-3000) + r.run.stderr.slice(-2000)).toBe(3);
  expect(r.summary!.requirements.filter((x) => ['FAIL', 'INCONCLUSIVE', 'NON-STRICT'].includes(x.verdict))).toEqual([]);
  expect(r.summary!.requirements.filter((x) => x.verdict === 'PASS').length).toBeGreaterThan(20);

  const dir = join(r.reports, 'transcripts');
  const transcripts = readdirSync(dir).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Transcript);
  const spans = transcripts.map((t) => {
    const start = Date.parse(t.startedAt);
    return { from: start, to: start + (t.events.at(-1)?.at ?? 0) };
  });
  const overlapping = spans.some((a, i) => spans.some((b, j) => i < j && a.from < b.to && b.from < a.to));
  expect(overlapping, 'no two runs overlapped: they ran one after another').toBe(true);
  const parts = transcripts.flatMap(exclusiveParts).sort((a, b) => a.from - b.from);
  expect(parts.length).toBeGreaterThan(4);
  const clashes = parts
    .slice(1)
    .filter((p, i) => p.from < parts[i].to)
    .map((p, i) => `${parts[i].run} and ${p.run}`);
  expect(clashes).toEqual([]);
});
