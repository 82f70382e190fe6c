/**
 * The README's CI recipe, run as a CI would run it, twice in sequence against the simulator: the first
 * run has no baseline and goes green; the second compares with it, meets a regression, fails, and
 * leaves the baseline as it was. Allure's history grows over every run, failed
 * or not. The cache and artifact actions are played by folders; the `run` steps run as written.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchDir } from '../evidence/scratch.ts';
import { readConfig } from '../target/config.ts';
import { CI_RECIPE, expression, RECIPE_SECRETS, type RecipeStep, renderRecipe } from './ci-recipe.ts';

const ROOT = resolve('.');

/** A CI workspace: the checkout (the project's files, linked) and `npm ci` done (node_modules, linked). */
function workspace(): string {
  const dir = scratchDir('gws-ci-recipe');
  for (const entry of [
    'package.json',
    'package-lock.json',
    'node_modules',
    'helpers',
    'specs',
    'simulator',
    'schemas',
    'docs',
    'playwright.config.ts',
    'tsconfig.json',
  ])
    symlinkSync(join(ROOT, entry), join(dir, entry));
  return dir;
}

interface Job {
  ok: boolean;
  /** Each step: ran, or skipped, and the exit code of a run step. */
  log: string[];
  output: string;
}

/**
 * Runs the recipe's steps once, as job `runId`, in `dir`. `store` keeps caches and artifacts between
 * jobs; `secrets` stand for the CI's secrets; `extraEnv` for what else the CI's environment holds.
 */
function runJob(
  dir: string,
  store: string,
  runId: number,
  secrets: Record<string, string | undefined>,
  extraEnv: Record<string, string> = {},
): Job {
  let ok = true;
  const log: string[] = [];
  let output = '';
  const expand = (v: string) => v.replace(expression('github.run_id'), String(runId));
  for (const step of CI_RECIPE) {
    const runs = step.if === 'always()' || ok;
    const what = step.name ?? step.uses ?? step.run?.join('; ') ?? '?';
    if (!runs) {
      log.push(`skipped ${what}`);
      continue;
    }
    if (step.uses?.startsWith('actions/cache/restore')) {
      const w = step.with as Record<string, string>;
      const saved = existsSync(store)
        ? readdirSync(store)
            .filter((k) => k.startsWith(w['restore-keys']))
            .sort()
        : [];
      const latest = saved.at(-1);
      if (latest) cpSync(join(store, latest), join(dir, w.path), { recursive: true });
      log.push(`restore ${w.path}: ${latest ?? 'none'}`);
    } else if (step.uses?.startsWith('actions/cache/save')) {
      const w = step.with as Record<string, string>;
      if (existsSync(join(dir, w.path))) cpSync(join(dir, w.path), join(store, expand(w.key)), { recursive: true });
      log.push(`save ${w.path}`);
    } else if (step.uses?.startsWith('actions/upload-artifact')) {
      const w = step.with as Record<string, string>;
      cpSync(join(dir, w.path), join(store, 'artifacts', `${w.name}-${runId}`), { recursive: true });
      log.push(`upload ${w.path}`);
    } else if (step.run && step.run.join() !== 'npm ci') {
      const env = environment(step, secrets, extraEnv);
      const r = spawnSync('bash', ['-e', '-c', step.run.join('\n')], { cwd: dir, env, encoding: 'utf8', timeout: 170_000 });
      output += r.stdout + r.stderr;
      log.push(`run ${what}: exit ${r.status}`);
      if (r.status !== 0) ok = false;
    } else log.push(`done ${what}`);
  }
  return { ok, log, output };
}

/** The step's environment as a CI gives it: the runner's own (no GWS_/GMS_ settings of ours), the secrets put in. */
function environment(step: RecipeStep, secrets: Record<string, string | undefined>, extraEnv: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true' };
  for (const k of Object.keys(env)) if (k.startsWith('GWS_') || k.startsWith('GMS_')) delete env[k];
  for (const [k, v] of Object.entries(step.env ?? {})) {
    const secret = /^\$\{\{ secrets\.(\w+) \}\}$/.exec(v)?.[1];
    if (!secret) env[k] = v;
    else if (secrets[secret] !== undefined) env[k] = secrets[secret];
  }
  return { ...env, ...extraEnv };
}

const historyLines = (dir: string) =>
  readFileSync(join(dir, 'allure-history', 'history.jsonl'), 'utf8')
    .trim()
    .split('\n').length;

test('the recipe gives a server every setting it needs: what it reads of a staging server is complete', () => {
  const conformance = CI_RECIPE.find((s) => s.name === 'conformance')!;
  const placeholders: Record<string, string> = {
    GWS_BASE_URL: 'https://gws.example.com',
    GWS_AGENTS: 'agent_a:password_a,agent_b:password_b',
    GMS_BASE_URL: 'http://gms.example.com:8080/genesys/2/chat',
  };
  const env = environment(conformance, placeholders, {});
  expect(() => readConfig(env)).not.toThrow();
  // Each secret is needed: without it the run stops on its configuration.
  for (const secret of RECIPE_SECRETS)
    expect(() => readConfig(environment(conformance, { ...placeholders, [secret]: undefined }, {})), secret).toThrow();
  expect(renderRecipe()).toContain(`GMS_BASE_URL: ${expression('secrets.GMS_BASE_URL')}`);
});

test('the CI recipe, run twice: no baseline at first, then compared with the last conformant run, a regression keeping the baseline; Allure history kept', async () => {
  test.setTimeout(240_000);
  const dir = workspace();
  const store = scratchDir('gws-ci-store');
  // The embedded simulator stands for the staging server: it serves its own GMS (the one secret it does not take).
  const secrets = { GWS_BASE_URL: 'simulator', GWS_AGENTS: 'agent1:pw-agent-1,agent2:pw-agent-2,agent3:pw-agent-3,agent4:pw-agent-4' };
  try {
    const first = runJob(dir, store, 1, secrets);
    expect(first.ok, first.log.join('\n') + first.output.slice(-3000)).toBe(true);
    expect(first.log).toContain('restore baseline: none');
    expect(existsSync(join(dir, 'reports', 'compare.md'))).toBe(false);
    expect(historyLines(dir)).toBe(1);

    // A regression: the run compares with the baseline and fails; its evidence is uploaded, the history
    // grows, and the baseline stays the last conformant run's.
    const second = runJob(dir, store, 2, secrets, { GWS_SIMULATOR_FAULTS: 'wrong-channel' });
    expect(second.ok).toBe(false);
    expect(second.log).toContain('restore baseline: gws-baseline-1');
    expect(second.log).toContain('run conformance: exit 1');
    expect(second.output).toMatch(/Compared with the baseline: REGRESSED/);
    expect(existsSync(join(dir, 'reports', 'compare.md'))).toBe(true);
    expect(second.log.filter((l) => l.startsWith('skipped'))).toHaveLength(2);
    expect(existsSync(join(store, 'artifacts', 'gws-conformance-2', 'summary.json'))).toBe(true);
    expect(historyLines(dir)).toBe(2);
    expect(readdirSync(store).filter((k) => k.startsWith('gws-baseline-'))).toEqual(['gws-baseline-1']);
    const kept = JSON.parse(readFileSync(join(store, 'gws-baseline-1', 'summary.json'), 'utf8')) as { outcome: string };
    expect(kept.outcome).toBe('conformant');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(store, { recursive: true, force: true });
  }
});
