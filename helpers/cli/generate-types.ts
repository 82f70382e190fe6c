/**
 * npm run generate             writes helpers/contract/generated/payloads.ts from schemas/
 * npm run generate:check       exits 1 when the committed file differs from what the schemas give
 *   -- --check --file other.ts checks another file (for the suite's own tests)
 *
 * Runs as its own process (see helpers/contract/generate-types.ts for why).
 */
import { resolve } from 'node:path';
import { GENERATED_FILE, readGenerated, schemaFiles, staleness, writeGenerated } from '../contract/generate-types.ts';

async function main(): Promise<void> {
  if (process.argv.includes('--check')) {
    const fileArg = process.argv.indexOf('--file');
    const file = fileArg > 0 && process.argv[fileArg + 1] ? resolve(process.argv[fileArg + 1]) : GENERATED_FILE;
    const problem = await staleness(readGenerated(file), file === GENERATED_FILE ? undefined : file);
    if (problem) {
      console.error(problem);
      process.exit(1);
    }
    console.log('generated types are up to date with schemas/');
    return;
  }
  const written = await writeGenerated();
  console.log(`wrote ${written} from ${schemaFiles().length} schemas`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
