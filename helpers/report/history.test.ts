import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { scratchDir } from '../evidence/scratch.ts';
import { HISTORY_RUNS, trimHistory } from './report-files.ts';

test("Allure's history keeps its last runs, in order; a shorter or missing file is left as it is", () => {
  const file = join(scratchDir('gws-history-test'), 'history.jsonl');
  trimHistory(file); // missing: nothing to do, no error
  const entries = Array.from({ length: HISTORY_RUNS + 5 }, (_, i) => JSON.stringify({ uuid: `run-${i}`, timestamp: i }));
  writeFileSync(file, `${entries.slice(0, 3).join('\n')}\n`);
  trimHistory(file);
  expect(readFileSync(file, 'utf8')).toBe(`${entries.slice(0, 3).join('\n')}\n`);
  writeFileSync(file, `${entries.join('\n')}\n\n`);
  trimHistory(file);
  expect(readFileSync(file, 'utf8')).toBe(`${entries.slice(5).join('\n')}\n`);
});
