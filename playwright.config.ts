import { defineConfig } from '@playwright/test';

/**
 * Two projects:
 *  - unit:        the project's own tests (*.test.ts beside the code they test): `npm test`
 *  - conformance: the conformance specs in specs/ (*.spec.ts), run against a GWS target: `npm run conformance`
 * No browser is used anywhere: every test talks HTTP and Bayeux.
 */
export default defineConfig({
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: [['list'], ['./helpers/reporters/verdicts.ts'], ['./helpers/reporters/closing-line.ts']],
  projects: [
    {
      name: 'unit',
      testDir: '.',
      testMatch: ['helpers/**/*.test.ts', 'simulator/**/*.test.ts', 'specs/**/*.test.ts'],
      testIgnore: ['**/node_modules/**'],
    },
    {
      name: 'conformance',
      testDir: './specs',
      testMatch: '**/*.spec.ts',
      // Scenarios wait for notifications and quiet windows; a slow staging target needs time.
      timeout: 180_000,
    },
  ],
});
