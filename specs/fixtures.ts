/**
 * Fixtures and matchers of the conformance specs. Setup lives here; the specs read as the scenario.
 *
 * - `target` (worker): the GWS server under test, or the embedded simulator started for the worker.
 * - `acceptRun` (worker): the Accept scenario driven once and judged; several tests read its verdicts.
 * - `judged(transcript)`: judges a transcript, saves it (redacted) with the test results.
 * - `expect(run).toMeet(id)`: a requirement's verdict, with expected next to observed when it fails.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect as baseExpect, type TestInfo } from '@playwright/test';
import * as allure from 'allure-js-commons';
import type { Finding, Transcript, Verdict } from '../helpers/contract/generated/payloads.ts';
import { judgeTranscript } from '../helpers/judges/judge.ts';
import { requirement } from '../helpers/judges/requirements.ts';
import { verdictFor, worstFinding } from '../helpers/judges/verdicts.ts';
import { driveAccept } from '../helpers/scenarios/accept.ts';
import type { Target } from '../helpers/target/config.ts';
import { resolveTarget } from '../helpers/target/resolve.ts';

export interface JudgedRun {
  transcript: Transcript;
  findings: Finding[];
  /** Where the redacted transcript was saved. */
  file: string;
  profile: 'default' | 'strict';
}

let saved = 0;
export function judged(transcript: Transcript, outputDir: string, name: string, profile: 'default' | 'strict'): JudgedRun {
  const findings = judgeTranscript(transcript);
  const dir = join(outputDir, 'transcripts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}-${process.pid}-${++saved}.json`);
  writeFileSync(file, `${JSON.stringify(transcript, null, 1)}\n`);
  return { transcript, findings, file, profile };
}

type WorkerFixtures = { target: Target; acceptRun: JudgedRun };

export const test = base.extend<object, WorkerFixtures>({
  target: [
    async ({}, use) => {
      const resolved = await resolveTarget();
      await use(resolved.target);
      await resolved.stop();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  acceptRun: [
    async ({ target }, use, workerInfo) => {
      await use(judged(await driveAccept(target), workerInfo.project.outputDir, 'accept', target.config.profile));
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

/* --------------------------------------------- matcher --------------------------------------------- */

function sideBySide(expected: string[], observed: string[]): string {
  const width = Math.max(8, ...expected.map((e) => e.length));
  const rows = Array.from(
    { length: Math.max(expected.length, observed.length) },
    (_, i) => `  ${(expected[i] ?? '').padEnd(width)} | ${observed[i] ?? ''}`,
  );
  return [`  ${'expected'.padEnd(width)} | observed`, `  ${'-'.repeat(width)}-+-${'-'.repeat(width)}`, ...rows].join('\n');
}

export function explain(run: JudgedRun, id: string): string {
  const r = requirement(id);
  const findings = run.findings.filter((f) => f.requirement === id);
  const lines = [`${id} (${r.level}, ${r.status}) ${r.text}`, `  source: ${r.source}`, `  verdict: ${verdictFor(run.findings, id)}`];
  for (const f of findings) {
    lines.push(`  [${f.verdict}]${f.actor ? ` ${f.actor}:` : ''} expected ${f.expected}`);
    lines.push(`  ${' '.repeat(f.verdict.length + 2)}${f.actor ? ' '.repeat(f.actor.length + 2) : ''} observed ${f.observed}`);
    if (f.table && f.verdict !== 'PASS' && f.verdict !== 'INFO') lines.push(sideBySide(f.table.expected, f.table.observed));
  }
  lines.push(`  transcript: ${run.file} (re-judge: npm run judge -- ${run.file})`);
  return lines.join('\n');
}

/** Whether a verdict passes under the profile: a broken SHOULD passes in default, fails in strict. */
export function acceptable(verdict: Verdict, profile: 'default' | 'strict'): boolean {
  return verdict === 'PASS' || verdict === 'INFO' || (verdict === 'NON-STRICT' && profile === 'default');
}

export const expect = baseExpect.extend({
  toMeet(run: JudgedRun, id: string) {
    const verdict = verdictFor(run.findings, id);
    const pass = acceptable(verdict, run.profile);
    return { pass, name: 'toMeet', message: () => `${this.isNot ? 'expected a broken' : 'requirement not met:'} ${explain(run, id)}` };
  },
});

/** The worst finding of a requirement, in one line, for summaries. */
function reasonOf(run: JudgedRun, id: string): string {
  const worst = worstFinding(run.findings, id);
  if (!worst || worst.verdict === 'PASS') return '';
  return `${worst.actor ? `${worst.actor}: ` : ''}expected ${worst.expected}; observed ${worst.observed}`
    .replace(/\s+/g, ' ')
    .slice(0, 300);
}

/**
 * Reports the verdict of each requirement as a step (and annotation), soft-asserting each, so every
 * requirement of the scenario is judged and shown. An INCONCLUSIVE run skips the test with its cause:
 * never a pass, never a contract failure. Labels, links, parameters and attachments go to Allure.
 */
export async function verdicts(run: JudgedRun, ids: string[], testInfo: TestInfo): Promise<void> {
  const target = run.transcript.target.baseUrl;
  const profile = run.profile;
  testInfo.annotations.push({ type: 'target', description: target });
  await allure.label('target', target);
  await allure.label('profile', profile);
  await allure.parameter('target', target);
  await allure.parameter('profile', profile);
  await allure.parameter('chat source', run.transcript.scenario.chatSource);
  for (const id of ids) {
    const r = requirement(id);
    await allure.label('requirement', id);
    await allure.label('level', `${id}: ${r.level}`);
    await allure.link(r.url, `${id} (${r.level}): ${r.source}`, 'requirement');
  }
  await testInfo.attach('transcript.json', { path: run.file, contentType: 'application/json' });
  const events = run.transcript.events;
  await testInfo.attach('http-exchanges.json', {
    body: JSON.stringify(
      events.filter((e) => e.kind === 'http'),
      null,
      1,
    ),
    contentType: 'application/json',
  });
  await testInfo.attach('bayeux-messages.json', {
    body: JSON.stringify(
      events.filter((e) => e.kind === 'bayeux'),
      null,
      1,
    ),
    contentType: 'application/json',
  });
  await testInfo.attach('findings.json', {
    body: JSON.stringify(
      run.findings.filter((f) => ids.includes(f.requirement)),
      null,
      1,
    ),
    contentType: 'application/json',
  });
  for (const id of ids)
    testInfo.annotations.push({ type: 'requirement', description: `${id} ${verdictFor(run.findings, id)} ${reasonOf(run, id)}`.trim() });
  const inconclusive = run.findings.find((f) => ids.includes(f.requirement) && f.verdict === 'INCONCLUSIVE');
  if (inconclusive) {
    testInfo.annotations.push({ type: 'verdict', description: `INCONCLUSIVE: ${inconclusive.observed}` });
    test.skip(true, `INCONCLUSIVE: ${inconclusive.observed}`);
    return;
  }
  const broken = ids.filter((id) => !acceptable(verdictFor(run.findings, id), 'strict'));
  if (broken.length > 0)
    await testInfo.attach('expected-vs-observed.txt', {
      body: broken.map((id) => explain(run, id)).join('\n\n'),
      contentType: 'text/plain',
    });
  for (const id of ids) {
    const r = requirement(id);
    await test.step(`${id} ${r.level}: ${r.text} → ${verdictFor(run.findings, id)}`, async () => {
      expect.soft(run).toMeet(id);
    });
  }
}

export function tags(ids: string[]): string[] {
  return ids.map((id) => `@${id}`);
}
