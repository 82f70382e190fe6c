/**
 * npm run generate        also writes the README's requirement and settings tables and helpers/judges/traceability.md
 * npm run generate:check  exits 1 when either differs from what the catalogues give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRequirementTable, renderSettingsTable, renderTraceability, replaceSection, TRACEABILITY_FILE } from '../proof/published.ts';

const README = 'README.md';

function expected(): Record<string, string> {
  return {
    [README]: replaceSection(
      replaceSection(readFileSync(README, 'utf8'), 'requirements', renderRequirementTable()),
      'settings',
      renderSettingsTable(),
    ),
    [TRACEABILITY_FILE]: renderTraceability(),
  };
}

function main(): void {
  const files = expected();
  if (process.argv.includes('--check')) {
    const stale = Object.entries(files).filter(([file, text]) => {
      try {
        return readFileSync(file, 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(
        `${stale.map(([f]) => f).join(' and ')} differ from the catalogues (requirements, settings): run npm run generate, and commit the result`,
      );
      process.exit(1);
    }
    console.log('the README requirement table and the traceability table are up to date');
    return;
  }
  for (const [file, text] of Object.entries(files)) writeFileSync(file, text);
  console.log(`wrote ${Object.keys(files).join(' and ')}`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
