/**
 * The README's CI recipe, as data: a GitHub Actions job that runs the suite against a staging server,
 * compares each run with the last good one (from the second run on) and keeps Allure's history over
 * every run. The README's block is rendered from it (npm run generate), and ci-recipe.test.ts runs the
 * same steps in sequence against the simulator (a first run without a baseline, a later one with it), so
 * the recipe the README shows is the recipe that was run.
 */

export interface RecipeStep {
  /** A comment line above the step. */
  comment?: string;
  name?: string;
  if?: 'always()' | 'success()';
  uses?: string;
  with?: Record<string, string | number>;
  /** Shell lines (bash). */
  run?: string[];
  env?: Record<string, string>;
}

/** A GitHub Actions expression, `${{ ... }}`. */
export const expression = (e: string) => `\${{ ${e} }}`;
const runId = expression('github.run_id');

/** The secrets the job reads: what your CI holds for your staging server. */
export const RECIPE_SECRETS = ['GWS_BASE_URL', 'GWS_AGENTS', 'GMS_BASE_URL'] as const;

export const CI_RECIPE: RecipeStep[] = [
  { uses: 'actions/checkout@v4' },
  { uses: 'actions/setup-node@v4', with: { 'node-version': 20 } },
  { run: ['npm ci'] },
  {
    comment: 'The last conformant run (the baseline) and Allure history, kept between runs; the first run has neither.',
    uses: 'actions/cache/restore@v4',
    with: { path: 'baseline', key: `gws-baseline-${runId}`, 'restore-keys': 'gws-baseline-' },
  },
  {
    uses: 'actions/cache/restore@v4',
    with: { path: 'allure-history', key: `gws-allure-history-${runId}`, 'restore-keys': 'gws-allure-history-' },
  },
  {
    name: 'conformance',
    run: ['if [ -f baseline/summary.json ]; then export GWS_BASELINE=baseline; fi   # from the second run on', 'npm run conformance'],
    env: {
      ...Object.fromEntries(RECIPE_SECRETS.map((s) => [s, expression(`secrets.${s}`)])),
      GMS_SERVICE: 'customer-support',
      GWS_ALLURE_HISTORY: 'allure-history/history.jsonl',
    },
  },
  {
    comment: 'The evidence of every run, failed or not.',
    if: 'always()',
    uses: 'actions/upload-artifact@v4',
    with: { name: 'gws-conformance', path: 'reports/' },
  },
  {
    comment: "Allure's trends over every run.",
    if: 'always()',
    uses: 'actions/cache/save@v4',
    with: { path: 'allure-history', key: `gws-allure-history-${runId}` },
  },
  { comment: 'A conformant run becomes the next baseline.', if: 'success()', run: ['rm -rf baseline && cp -r reports baseline'] },
  { if: 'success()', uses: 'actions/cache/save@v4', with: { path: 'baseline', key: `gws-baseline-${runId}` } },
];

const yamlValue = (v: string | number) => (typeof v === 'number' || /^[\w./@${} -]+$/.test(v) ? String(v) : JSON.stringify(v));
const inline = (o: Record<string, string | number>) =>
  `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${yamlValue(v)}`)
    .join(', ')} }`;

/** The recipe as the README shows it: a GitHub Actions job. */
export function renderRecipe(steps: RecipeStep[] = CI_RECIPE): string {
  const lines = [
    '```yaml',
    '# .github/workflows/gws-conformance.yml (GitHub Actions; any CI works the same way)',
    'jobs:',
    '  conformance:',
    '    runs-on: ubuntu-latest',
    '    steps:',
  ];
  for (const s of steps) {
    if (s.comment) lines.push(`      # ${s.comment}`);
    const fields: string[] = [];
    if (s.name) fields.push(`name: ${s.name}`);
    if (s.if) fields.push(`if: ${s.if}`);
    if (s.uses) fields.push(`uses: ${s.uses}`);
    if (s.with) fields.push(`with: ${inline(s.with)}`);
    if (s.run) fields.push(s.run.length === 1 ? `run: ${s.run[0]}` : ['run: |', ...s.run.map((l) => `  ${l}`)].join('\n'));
    if (s.env) fields.push(['env:', ...Object.entries(s.env).map(([k, v]) => `  ${k}: ${yamlValue(v)}`)].join('\n'));
    const text = fields.join('\n').split('\n');
    lines.push(`      - ${text[0]}`, ...text.slice(1).map((l) => `        ${l}`));
  }
  lines.push('```');
  return lines.join('\n');
}
