/**
 * The import rule (.dependency-cruiser.cjs, run by `npm run lint` in `npm test`) is proven able to
 * fail. On a copy of a small tree laid out like the project (tooling/fixtures/layout) it passes as the
 * tree is; with one forbidden import added, exactly the rule that forbids it is reported, naming the
 * importing file, and the check exits non-zero. A test that could not fail would prove nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
const FIXTURE = join(ROOT, 'tooling', 'fixtures', 'layout');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** Runs the import rule on `dir` as `npm run lint:imports` runs it on the project. */
function cruise(dir: string): { status: number | null; rules: string[]; output: string } {
  const run = spawnSync(
    process.execPath,
    [DEPCRUISE, '--config', CONFIG, '--output-type', 'err-long', 'helpers', 'operations', 'specs', 'simulator'],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
    },
  );
  const output = run.stdout + run.stderr;
  return {
    status: run.status,
    rules: [...new Set([...output.matchAll(/^\s*error (\S+): (\S+)/gm)].map((m) => `${m[1]} ${m[2]}`))].sort(),
    output,
  };
}

/** A copy of the fixture tree with `files` written into it (added, or appended to when they exist). */
function treeWith(dir: string, files: Record<string, string>): string {
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, existsSync(file) ? `${readFileSync(file, 'utf8')}${text}` : text);
  }
  return dir;
}

interface Case {
  what: string;
  files: Record<string, string>;
  /** The rule expected, with the importing file: `rule-name path`. */
  reported: string[];
}

const CASES: Case[] = [
  {
    what: 'a judge imports a target client (upward)',
    files: { 'helpers/judges/extra.ts': "import { call } from '../target/client.ts';\nexport const x = call;\n" },
    reported: ['judges-imports-only-contract helpers/judges/extra.ts'],
  },
  {
    what: 'a judge names a type of the target layer (type-only imports count)',
    files: { 'helpers/judges/extra.ts': "import type { call } from '../target/client.ts';\nexport type X = typeof call;\n" },
    reported: ['judges-imports-only-contract helpers/judges/extra.ts'],
  },
  {
    what: 'the contract imports a judge',
    files: { 'helpers/contract/extra.ts': "import { check } from '../judges/check.ts';\nexport const x = check;\n" },
    reported: ['contract-imports-only-itself helpers/contract/extra.ts'],
  },
  {
    what: "the run's bundle builder imports the contract",
    files: { 'helpers/build/extra.ts': "import { SCHEMA } from '../contract/schema.ts';\nexport const x = SCHEMA;\n" },
    reported: ['build-imports-only-itself helpers/build/extra.ts'],
  },
  {
    what: 'evidence imports a judge',
    files: { 'helpers/evidence/extra.ts': "import { check } from '../judges/check.ts';\nexport const x = check;\n" },
    reported: ['evidence-imports-only-contract helpers/evidence/extra.ts'],
  },
  {
    what: 'a target client imports a scenario driver',
    files: { 'helpers/target/extra.ts': "import { driveAccept } from '../scenarios/accept.ts';\nexport const x = driveAccept;\n" },
    reported: ['target-imports-only-contract-judges-evidence helpers/target/extra.ts'],
  },
  {
    what: 'a scenario driver imports reporting',
    files: { 'helpers/scenarios/extra.ts': "import { summary } from '../report/summary.ts';\nexport const x = summary;\n" },
    reported: ['scenarios-imports-only-contract-judges-evidence-target helpers/scenarios/extra.ts'],
  },
  {
    what: 'comparing two runs drives a target',
    files: { 'helpers/compare/extra.ts': "import { call } from '../target/client.ts';\nexport const x = call;\n" },
    reported: ['compare-imports-only-contract-judges-evidence helpers/compare/extra.ts'],
  },
  {
    what: 'reporting drives a target',
    files: { 'helpers/report/extra.ts': "import { call } from '../target/client.ts';\nexport const x = call;\n" },
    reported: ['report-imports-only-contract-judges-evidence-compare helpers/report/extra.ts'],
  },
  {
    what: 'a spec imports the self-test',
    files: { 'specs/extra.spec.ts': "import { selfTest } from '../helpers/proof/self-test.ts';\nexport const x = selfTest;\n" },
    reported: ['specs-import-only-scenarios-and-below specs/extra.spec.ts'],
  },
  {
    what: 'library code imports an entry point',
    files: { 'helpers/report/extra.ts': "import '../cli/conformance.ts';\n" },
    reported: [
      'nothing-imports-an-entry-point helpers/report/extra.ts',
      'report-imports-only-contract-judges-evidence-compare helpers/report/extra.ts',
    ],
  },
  {
    what: 'the simulator imports a judge',
    files: { 'simulator/extra.ts': "import { check } from '../helpers/judges/check.ts';\nexport const x = check;\n" },
    reported: ['simulator-uses-only-contract-and-redaction simulator/extra.ts'],
  },
  {
    what: 'the simulator imports the transcript recorder (evidence other than redaction)',
    files: { 'simulator/extra.ts': "import { record } from '../helpers/evidence/transcript.ts';\nexport const x = record;\n" },
    reported: ['simulator-uses-only-contract-and-redaction simulator/extra.ts'],
  },
  {
    what: 'a test of the simulator reads the judges',
    files: { 'simulator/extra.test.ts': "import { check } from '../helpers/judges/check.ts';\nexport const x = check;\n" },
    reported: ['simulator-tests-drive-it-as-a-client simulator/extra.test.ts'],
  },
  {
    what: "the simulator tests' support code reads the judges",
    files: { 'simulator/tests/fixtures.ts': "import { check } from '../../helpers/judges/check.ts';\nexport const x = check;\n" },
    reported: ['simulator-tests-drive-it-as-a-client simulator/tests/fixtures.ts'],
  },
  {
    what: 'a scenario driver imports the simulator',
    files: { 'helpers/scenarios/extra.ts': "import { start } from '../../simulator/index.ts';\nexport const x = start;\n" },
    reported: [
      'scenarios-imports-only-contract-judges-evidence-target helpers/scenarios/extra.ts',
      'suite-reaches-simulator-only-through-embedded-simulator helpers/scenarios/extra.ts',
    ],
  },
  {
    what: "a suite test imports the simulator's internals",
    files: { 'helpers/judges/extra.test.ts': "import { start } from '../../simulator/server.ts';\nexport const x = start;\n" },
    reported: ['suite-reaches-simulator-only-through-embedded-simulator helpers/judges/extra.test.ts'],
  },
  {
    what: "the embedded simulator module imports the simulator's internals",
    files: {
      'helpers/target/embedded-simulator.ts': "import { start as direct } from '../../simulator/server.ts';\nexport const x = direct;\n",
    },
    reported: ['embedded-simulator-uses-the-simulator-front-door helpers/target/embedded-simulator.ts'],
  },
  {
    what: 'a judge names an operation (the machinery is generic over them)',
    files: { 'helpers/judges/extra.ts': "import { accept } from '../../operations/accept/index.ts';\nexport const x = accept;\n" },
    reported: ['machinery-never-imports-an-operation helpers/judges/extra.ts'],
  },
  {
    what: "reporting reads the operations' registry",
    files: { 'helpers/report/extra.ts': "import { SUITE } from '../../operations/index.ts';\nexport const x = SUITE;\n" },
    reported: ['machinery-never-imports-an-operation helpers/report/extra.ts'],
  },
  {
    what: "the proof reaches into an operation's folder, not through the registry",
    files: { 'helpers/proof/extra.ts': "import { accept } from '../../operations/accept/index.ts';\nexport const x = accept;\n" },
    reported: ['composition-reads-operations-through-their-registry helpers/proof/extra.ts'],
  },
  {
    what: 'an operation imports another',
    files: {
      'operations/reject/index.ts': "import { accept } from '../accept/index.ts';\nexport const reject = accept;\n",
    },
    reported: ['an-operation-stands-alone operations/reject/index.ts'],
  },
  {
    what: 'an operation imports reporting',
    files: { 'operations/accept/extra.ts': "import { summary } from '../../helpers/report/summary.ts';\nexport const x = summary;\n" },
    reported: ['operations-use-the-machinery-below-reporting operations/accept/extra.ts'],
  },
  {
    what: "an operation's simulator part reaches into the simulator's internals, not through its kit",
    files: { 'operations/accept/simulator/extra.ts': "import { start } from '../../../simulator/server.ts';\nexport const x = start;\n" },
    reported: ['operations-reach-the-simulator-through-its-kit operations/accept/simulator/extra.ts'],
  },
  {
    what: "an operation's check knows the simulator (only its simulator part may)",
    files: { 'operations/accept/check.ts': "import { handlerKit } from '../../simulator/kit.ts';\nexport const x = handlerKit;\n" },
    reported: ['only-an-operations-simulator-part-uses-the-simulator operations/accept/check.ts'],
  },
  {
    what: "the simulator's server names an operation (its tests and its command may)",
    files: { 'simulator/extra.ts': "import { accept } from '../operations/accept/index.ts';\nexport const x = accept;\n" },
    reported: ['machinery-never-imports-an-operation simulator/extra.ts'],
  },
  {
    what: 'two judges import each other (a cycle)',
    files: {
      'helpers/judges/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'helpers/judges/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    },
    reported: ['no-circular helpers/judges/a.ts'],
  },
  {
    what: 'an import that resolves to nothing',
    files: { 'helpers/judges/extra.ts': "import { gone } from './gone.ts';\nexport const x = gone;\n" },
    reported: ['not-to-unresolvable helpers/judges/extra.ts'],
  },
];

test.describe('the import rule', () => {
  test.describe.configure({ mode: 'parallel' });

  test('passes the fixture tree as it is: one module per layer, every import allowed', ({}, testInfo) => {
    const result = cruise(treeWith(testInfo.outputPath('tree'), {}));
    expect(result.rules, result.output).toEqual([]);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toMatch(/no dependency violations found/);
  });

  for (const c of CASES) {
    test(`fails when ${c.what}`, ({}, testInfo) => {
      const result = cruise(treeWith(testInfo.outputPath('tree'), c.files));
      expect(result.rules, result.output).toEqual([...c.reported].sort());
      expect(result.status, result.output).not.toBe(0);
    });
  }

  test('knows every role folder of helpers/: a new folder needs its place in the rule', () => {
    const rules = (createRequire(import.meta.url)(CONFIG) as { forbidden: { name: string; from: { path?: string } }[] }).forbidden;
    const folders = readdirSync(join(ROOT, 'helpers')).filter((f) => statSync(join(ROOT, 'helpers', f)).isDirectory());
    expect(
      readdirSync(join(ROOT, 'helpers')).filter((f) => !folders.includes(f)),
      'helpers/ holds role folders only',
    ).toEqual([]);
    for (const folder of folders) {
      const rule = rules.find((r) => r.from.path === `^helpers/${folder}/`);
      expect(rule?.name, `helpers/${folder}/ has a layer rule`).toMatch(new RegExp(`^${folder}-imports-only-`));
    }
    for (const folder of folders)
      expect(existsSync(join(FIXTURE, 'helpers', folder)), `the fixture tree has helpers/${folder}/`).toBe(true);
  });
});
