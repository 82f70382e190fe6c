/**
 * npm run generate        also writes the README's requirement, scenario, settings and performance tables, its figures
 *                         (helpers/proof/figures.ts), and helpers/judges/traceability.md
 * npm run generate:check  exits 1 when either differs from what the catalogues and the last bench give
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderRecipe } from '../proof/ci-recipe.ts';
import { blocks, fillFigures } from '../proof/figures.ts';
import {
  renderRequirementTable,
  renderScenarioTable,
  renderSettingsTable,
  renderTraceability,
  replaceSection,
  TRACEABILITY_FILE,
} from '../proof/published.ts';

const README = 'README.md';

/** The README with every generated section rewritten. */
function readme(): string {
  const sections: Record<string, () => string> = {
    requirements: renderRequirementTable,
    scenarios: renderScenarioTable,
    settings: renderSettingsTable,
    'ci-recipe': () => renderRecipe(),
    ...blocks(),
  };
  return Object.entries(sections).reduce((text, [name, render]) => replaceSection(text, name, render()), readFileSync(README, 'utf8'));
}

function expected(): Record<string, string> {
  return {
    [README]: fillFigures(readme()),
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
        `${stale.map(([f]) => f).join(' and ')} differ from the catalogues (requirements, settings, figures) or the last bench (docs/measured.json): run npm run generate, and commit the result`,
      );
      process.exit(1);
    }
    console.log('the README (tables, CI recipe, examples, figures) and the traceability table are up to date');
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
