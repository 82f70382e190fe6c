import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { describeStaleness, GENERATED_FILE } from './generate-types.ts';

// The generator runs as its own process, as in npm test (see helpers/cli/generate-types.ts).
function check(file?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'helpers/cli/generate-types.ts', '--check', ...(file ? ['--file', file] : [])], {
    encoding: 'utf8',
  });
}

test.describe('generated payload types', () => {
  test('the committed file is what the schemas generate', () => {
    const run = check();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  test('a stale or missing file is detected, naming the command that fixes it', ({}, testInfo) => {
    const current = readFileSync(GENERATED_FILE, 'utf8');
    const edited = current.replace("operationName: 'Accept';", "operationName: 'Accept' | 'Reject';");
    expect(edited).not.toBe(current);
    const stale = testInfo.outputPath('payloads.ts');
    writeFileSync(stale, edited);
    const run = check(stale);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is stale.*npm run generate/);
    expect(check(testInfo.outputPath('absent.ts')).stderr).toMatch(/is missing.*npm run generate/);
    expect(describeStaleness(edited, current)).toMatch(/is stale.*npm run generate/);
    expect(describeStaleness(null, current)).toMatch(/is missing.*npm run generate/);
    expect(describeStaleness(current, current)).toBeNull();
  });

  test('the file says it is generated', () => {
    expect(readFileSync(GENERATED_FILE, 'utf8').split('\n').slice(0, 6).join('\n')).toMatch(
      /GENERATED FILE, DO NOT EDIT[\s\S]*npm run generate/,
    );
  });

  test('no payload type is written by hand anywhere else', () => {
    const generated = readFileSync(GENERATED_FILE, 'utf8');
    const names = [...generated.matchAll(/^export (?:interface|type) (\w+)/gm)].map((m) => m[1]);
    expect(names).toContain('AcceptRequest');
    const declaration = new RegExp(`^\\s*(?:export\\s+)?(?:declare\\s+)?(?:interface|type|class|enum)\\s+(${names.join('|')})\\b`, 'm');
    const offenders: string[] = [];
    const visit = (dir: string) => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) {
          if (entry !== 'node_modules' && entry !== 'generated' && !entry.startsWith('.')) visit(path);
        } else if (/\.(ts|mts|js|mjs)$/.test(entry)) {
          const match = declaration.exec(readFileSync(path, 'utf8'));
          if (match) offenders.push(`${path}: ${match[0]}`);
        }
      }
    };
    for (const dir of ['helpers', 'specs', 'simulator']) {
      try {
        visit(dir);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      }
    }
    expect(offenders, 'declare payload types in schemas/ and run npm run generate').toEqual([]);
  });
});
