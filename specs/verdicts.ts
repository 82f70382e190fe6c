/**
 * How a spec shows what it decided, requirement by requirement, in every report:
 *
 * - `verdicts(run, ids, testInfo)`: one step (soft assertion) and one annotation per requirement, the
 *   Allure labels (the report groups results by requirement), the evidence as attachments, the
 *   information found. A test that left any of its requirements NOT DECIDED (and failed none), or that
 *   the target could not decide (INCONCLUSIVE), is skipped with the reason: never green, never a contract
 *   failure. NOT APPLICABLE beside decided requirements stays green: it names a declared profile or an
 *   optional field that never appeared.
 * - `expect(run).toMeet(id)`: a requirement's decision, with expected next to observed when it fails.
 */
import { basename, resolve } from 'node:path';
import { expect as baseExpect, type TestInfo, test } from '@playwright/test';
import type { Label, Link, Parameter } from 'allure-js-commons';
import type { RuntimeMessage } from 'allure-js-commons/sdk';
import { getGlobalTestRuntimeWithAutoconfig, type MessageTestRuntime } from 'allure-js-commons/sdk/runtime';
import type { Finding } from '../helpers/contract/generated/payloads.ts';
import { NOT_APPLICABLE, NOT_JUDGED } from '../helpers/judges/check.ts';
import { requirementIn } from '../helpers/judges/judge.ts';
import { type Decision, decisionFor, worstFinding } from '../helpers/judges/verdicts.ts';
import { choiceAnnotation } from '../helpers/report/open-choices.ts';
import { gapOf } from '../helpers/scenarios/recovery.ts';
import { SUITE } from '../operations/index.ts';
import type { JudgedRun } from './fixtures.ts';

const requirement = (id: string) => requirementIn(SUITE, id);

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
  const lines = [`${id} (${r.level}, ${r.status}) ${r.text}`, `  source: ${r.source}`, `  verdict: ${decisionFor(run.findings, id)}`];
  for (const f of findings) {
    lines.push(`  [${f.verdict}]${f.actor ? ` ${f.actor}:` : ''} expected ${f.expected}`);
    lines.push(`  ${' '.repeat(f.verdict.length + 2)}${f.actor ? ' '.repeat(f.actor.length + 2) : ''} observed ${f.observed}`);
    if (f.table && f.verdict !== 'PASS' && f.verdict !== 'INFO') lines.push(sideBySide(f.table.expected, f.table.observed));
  }
  lines.push(`  transcript: ${run.file} (re-judge: npm run judge -- ${run.file})`);
  return lines.join('\n');
}

/** Whether a decision lets the test pass under the profile: a broken SHOULD passes in default, fails in strict. */
export function acceptable(decision: Decision, profile: 'default' | 'strict'): boolean {
  return (
    decision === 'PASS' ||
    decision === 'NOT APPLICABLE' ||
    decision === 'NOT DECIDED' ||
    (decision === 'NON-STRICT' && profile === 'default')
  );
}

export const expect = baseExpect.extend({
  toMeet(run: JudgedRun, id: string) {
    const pass = acceptable(decisionFor(run.findings, id), run.profile);
    return { pass, name: 'toMeet', message: () => `${this.isNot ? 'expected a broken' : 'requirement not met:'} ${explain(run, id)}` };
  },
});

/** The worst finding of a requirement, in one line, for summaries. */
function reasonOf(run: JudgedRun, id: string): string {
  const undecided = decisionFor(run.findings, id) === 'NOT DECIDED';
  const worst = undecided
    ? (run.findings.find((f) => f.requirement === id && f.expected === NOT_JUDGED) ?? worstFinding(run.findings, id))
    : worstFinding(run.findings, id);
  if (!worst) return undecided ? 'no check of this test reached it: what it is about did not happen here' : '';
  if (worst.verdict === 'PASS' && !undecided) return '';
  const what =
    worst.expected === NOT_JUDGED || worst.expected === NOT_APPLICABLE
      ? worst.observed
      : `expected ${worst.expected}; observed ${worst.observed}`;
  return `${worst.actor ? `${worst.actor}: ` : ''}${what}`.replace(/\s+/g, ' ').slice(0, 300);
}

/** INFO findings that are information (undocumented properties, ...), not undecided requirements nor open choices. */
function information(findings: Finding[], ids: string[]): string[] {
  const texts = findings
    .filter(
      (f) => ids.includes(f.requirement) && f.verdict === 'INFO' && !f.open && f.expected !== NOT_JUDGED && f.expected !== NOT_APPLICABLE,
    )
    .map((f) => `${f.requirement} ${f.actor ? `${f.actor}: ` : ''}${f.observed}`);
  return [...new Set(texts)];
}

/** The annotation token of a decision (one word: the reporter splits annotations on spaces). */
const token = (d: Decision) => d.replace(' ', '-');

/**
 * The evidence and Allure's metadata go on the test as attachments pushed onto `testInfo.attachments`,
 * which Playwright passes to every reporter as `testInfo.attach` does, but without what attach adds:
 * a step of the test (a captured stack, two messages to the runner, a step in every report), the test's
 * output folder made, and a file given by path hashed and copied there. A conformance run attaches
 * three to each of its tests; attached, they took about a tenth of the worker's CPU. A file is attached
 * where it lies (it must stay there until the reporters have copied it: a transcript stays in the
 * reports folder).
 */
function attachment(testInfo: TestInfo, name: string, contentType: string, content: { path: string } | { body: string }): void {
  testInfo.attachments.push(
    'path' in content ? { name, contentType, path: resolve(content.path) } : { name, contentType, body: Buffer.from(content.body, 'utf8') },
  );
}

/**
 * The content type of allure-playwright's runtime messages (allure-js-commons/sdk/reporter exports it:
 * that module would load Allure's whole reporter side into each worker; verdicts.test.ts compares).
 */
export const ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE = 'application/vnd.allure.message+json';

/**
 * Allure's labels, links and parameters in one metadata message, attached as allure-playwright's
 * runtime attaches each of its calls (its reporter reads them from the test's attachments at its end);
 * outside it (no Allure runtime configured) the usual calls, one per kind.
 */
async function allureMetadata(testInfo: TestInfo, data: { labels: Label[]; links: Link[]; parameters: Parameter[] }): Promise<void> {
  const runtime = await getGlobalTestRuntimeWithAutoconfig();
  // Duck-typed: allure-playwright's runtime is of the CommonJS build, this module imports the ESM one.
  if (typeof (runtime as Partial<MessageTestRuntime>).sendMessage === 'function') {
    const message: RuntimeMessage = { type: 'metadata', data };
    return attachment(testInfo, `Allure Metadata (${message.type})`, ALLURE_RUNTIME_MESSAGE_CONTENT_TYPE, {
      body: JSON.stringify(message),
    });
  }
  await runtime.labels(...data.labels);
  await runtime.links(...data.links);
  for (const p of data.parameters) await runtime.parameter(p.name, p.value);
}

/**
 * A run driven again because an attempt's evidence had a gap (helpers/scenarios/recovery.ts): judged on
 * the re-run, each attempt set aside kept and named. `recovered` when the re-run's evidence is whole;
 * `tried-again` when it had a gap too (its requirements stay INCONCLUSIVE: nothing was recovered).
 */
export function attemptAnnotations(run: Pick<JudgedRun, 'file' | 'findings' | 'setAside'>): { type: string; description: string }[] {
  const gap = gapOf(run.findings);
  const name = basename(run.file, '.json');
  return (run.setAside ?? []).map((s) =>
    gap === undefined
      ? {
          type: 'recovered',
          description: `${name}: an attempt set aside (${s.cause}); the re-run was judged (${run.file}); the attempt is kept in ${s.file}`,
        }
      : {
          type: 'tried-again',
          description: `${name}: an attempt set aside (${s.cause}); the re-run had a gap too (${gap}), so its requirements stay INCONCLUSIVE (${run.file}); the attempt is kept in ${s.file}`,
        },
  );
}

export async function verdicts(run: JudgedRun, ids: string[], testInfo: TestInfo): Promise<void> {
  const target = run.transcript.target.baseUrl;
  const profile = run.profile;
  testInfo.annotations.push({ type: 'target', description: target });
  testInfo.annotations.push(...attemptAnnotations(run));
  // Allure's labels, links and parameters in one message: each Allure call is an attachment, and a test
  // may name several requirements.
  await allureMetadata(testInfo, {
    labels: [
      { name: 'target', value: target },
      { name: 'profile', value: profile },
      ...ids.flatMap((id) => [
        { name: 'requirement', value: id },
        { name: 'level', value: `${id}: ${requirement(id).level}` },
      ]),
    ],
    links: ids.map((id) => {
      const r = requirement(id);
      return { url: r.url, name: `${id} (${r.level}): ${r.source}`, type: 'requirement' };
    }),
    parameters: [
      { name: 'target', value: target },
      { name: 'profile', value: profile },
      { name: 'chat source', value: run.transcript.scenario.chatSource },
    ],
  });
  // The evidence: the transcript (every HTTP exchange and Bayeux message, timed) and this test's findings.
  attachment(testInfo, 'transcript.json', 'application/json', { path: run.file });
  const json = (v: unknown) => JSON.stringify(v, null, 1);
  attachment(testInfo, 'findings.json', 'application/json', { body: json(run.findings.filter((f) => ids.includes(f.requirement))) });

  const decisions = new Map(ids.map((id) => [id, decisionFor(run.findings, id)]));
  for (const text of information(run.findings, ids)) testInfo.annotations.push({ type: 'info', description: text });
  // Where the docs leave a choice open and the server chose otherwise: listed apart, never a failure.
  const choices = new Set(
    run.findings
      .filter((f) => ids.includes(f.requirement) && f.verdict === 'INFO' && f.open)
      .map((f) => choiceAnnotation({ requirement: f.requirement, choice: f.open!, answer: f.observed })),
  );
  for (const description of choices) testInfo.annotations.push({ type: 'open-choice', description });
  const inconclusive = run.findings.find((f) => ids.includes(f.requirement) && f.verdict === 'INCONCLUSIVE');
  const cause = inconclusive?.observed.replace(/^the run could not decide: /, '');
  if (cause) testInfo.annotations.push({ type: 'cause', description: cause });
  for (const id of ids) {
    const d = decisions.get(id)!;
    testInfo.annotations.push({
      type: 'requirement',
      description: `${id} ${token(d)} ${d === 'INCONCLUSIVE' ? cause : reasonOf(run, id)}`.trim(),
    });
  }
  if (cause) {
    testInfo.annotations.push({ type: 'verdict', description: `INCONCLUSIVE: ${cause}` });
    test.skip(true, `INCONCLUSIVE: ${cause}`);
    return;
  }
  const undecided = ids.filter((id) => decisions.get(id) === 'NOT DECIDED' || decisions.get(id) === 'NOT APPLICABLE');
  if (undecided.length === ids.length) {
    const why = ids.map((id) => `${id} ${decisions.get(id)}: ${reasonOf(run, id)}`).join('; ');
    testInfo.annotations.push({ type: 'verdict', description: `nothing decided: ${why}` });
    test.skip(true, `nothing decided: ${why}`);
    return;
  }
  const broken = ids.filter((id) => !acceptable(decisions.get(id)!, 'strict'));
  if (broken.length > 0) {
    attachment(testInfo, 'expected-vs-observed.txt', 'text/plain', { body: broken.map((id) => explain(run, id)).join('\n\n') });
  }
  // Each requirement's step at the test's own place in the spec: given, Playwright captures no stack for it.
  const location = { file: testInfo.file, line: testInfo.line, column: testInfo.column };
  for (const id of ids) {
    const r = requirement(id);
    const d = decisions.get(id)!;
    await test.step(
      `${id} ${r.level}: ${r.text} → ${d}`,
      async () => {
        // The matcher where the decision fails the test (its message: expected next to observed). A
        // decision that passes shows in the step's title; a matcher step under it would add a captured
        // stack per requirement and nothing to read.
        if (!acceptable(d, profile)) expect.soft(run).toMeet(id);
      },
      { location },
    );
  }
  // Decided in part: what was decided is shown above; a requirement left NOT DECIDED keeps the test from
  // green (the run is PARTIAL, never a certification). Skipped with the reason, as INCONCLUSIVE is: it is
  // no contract failure (the requirement about what did not happen fails on its own). A test that fails
  // a requirement stays failed.
  const failing = ids.filter((id) => !acceptable(decisions.get(id)!, profile));
  const notDecided = ids.filter((id) => decisions.get(id) === 'NOT DECIDED');
  if (failing.length === 0 && notDecided.length > 0) {
    const why = notDecided.map((id) => `${id}: ${reasonOf(run, id)}`).join('; ');
    testInfo.annotations.push({ type: 'verdict', description: `not decided: ${why}` });
    test.skip(true, `not decided: ${why}`);
  }
}

/** A test whose requirements the declared profile makes NOT APPLICABLE: each annotated with the reason, the test skipped with it. */
export function notApplicable(ids: string[], reason: string, testInfo: TestInfo): void {
  for (const id of ids) testInfo.annotations.push({ type: 'requirement', description: `${id} ${token('NOT APPLICABLE')} ${reason}` });
  testInfo.annotations.push({ type: 'verdict', description: `not applicable: ${reason}` });
  test.skip(true, `not applicable: ${reason}`);
}

export function tags(ids: readonly string[]): string[] {
  return ids.map((id) => `@${id}`);
}
