/**
 * specs/fixtures.ts replaces two per-test fixtures of Playwright's browser layer (trace recording and
 * context configuration) by ones without a step. Should a Playwright release rename them or change
 * their kind, the override would no longer take their place (and would not load, for a changed kind):
 * this test names what moved.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';

// playwright/lib is not among the package's exports: found beside its package.json.
const playwrightDir = dirname(createRequire(import.meta.url).resolve('playwright/package.json'));
const source = readFileSync(join(playwrightDir, 'lib', 'index.js'), 'utf8');

/** The options object of a fixture declared in Playwright's browser layer, as its source writes it. */
function declaredOptions(name: string): string | undefined {
  const start = source.indexOf(`\n  ${name}: [async (`);
  if (start < 0) return undefined;
  // The fixture's declaration ends with its options, `}, { ... }],`, before the next fixture.
  const end = source.indexOf('}],\n', start);
  const options = source.lastIndexOf('}, {', end);
  return source.slice(options + 3, end + 1);
}

for (const name of ['_setupArtifacts', '_setupContextOptions']) {
  test(`Playwright still declares ${name} per test, with every hook included`, () => {
    const options = declaredOptions(name);
    expect(options, `${name} is no longer in playwright/lib/index.js: drop its override in specs/fixtures.ts`).toBeDefined();
    expect(options).toContain('auto: "all-hooks-included"');
    expect(options).not.toContain('scope: "worker"');
  });
}
