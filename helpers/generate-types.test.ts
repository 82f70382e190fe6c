import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { GENERATED_FILE, generateTypes, staleness } from './generate-types.ts';

test.describe('generated payload types', () => {
  test('the committed file is what the schemas generate', async () => {
    expect(await staleness(readFileSync(GENERATED_FILE, 'utf8'))).toBeNull();
  });

  test('a stale or missing file is detected, naming the command that fixes it', async () => {
    const current = readFileSync(GENERATED_FILE, 'utf8');
    const edited = current.replace("operationName: 'Accept';", "operationName: 'Accept' | 'Reject';");
    expect(edited).not.toBe(current);
    expect(await staleness(edited)).toMatch(/is stale.*npm run generate/);
    expect(await staleness(null)).toMatch(/is missing.*npm run generate/);
  });

  test('the file says it is generated', async () => {
    expect((await generateTypes()).split('\n').slice(0, 6).join('\n')).toMatch(/GENERATED FILE, DO NOT EDIT[\s\S]*npm run generate/);
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
