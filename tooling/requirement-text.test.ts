/**
 * The text of a requirement lives in its catalogue only (operations/<name>/requirements): a copy in a
 * comment above a check, in a test or in the simulator drifts from it unnoticed. The generated tables
 * (README.md, helpers/judges/traceability.md) and reports read it from the catalogue.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { SUITE } from '../operations/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
/**
 * Where a requirement's text may stand: its catalogue, the one every operation that adds one entry
 * derives its own from, or the catalogue of the rules across a conversation.
 */
const CATALOGUE =
  /^(operations\/[^/]+\/requirements(\.ts|\/)|helpers\/judges\/catalogue\/(entry-operation|conversation-requirements)\.ts$)/;

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'generated' || name === 'fixtures' ? [] : sources(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Files under `dirs` holding a requirement's text (its sentence without the final period), outside the catalogues. */
function copiesOfRequirementTexts(files: readonly string[], read: (file: string) => string): string[] {
  const texts = SUITE.requirements.map((r) => ({ id: r.id, text: r.text.replace(/\.$/, '') }));
  return files
    .filter((f) => !CATALOGUE.test(f))
    .flatMap((f) => {
      const flat = read(f).replace(/\s*\n\s*(\*\s*)?/g, ' ');
      return texts.filter((t) => flat.includes(t.text)).map((t) => `${f}: the text of ${t.id}`);
    });
}

test('no requirement text outside its catalogue', () => {
  const files = ['helpers', 'operations', 'simulator', 'specs'].flatMap(sources).map((f) => relative(ROOT, join(ROOT, f)));
  expect(files.length).toBeGreaterThan(100);
  expect(copiesOfRequirementTexts(files, (f) => readFileSync(join(ROOT, f), 'utf8'))).toEqual([]);
});

test('a requirement text copied into a comment is found, also when the comment wraps it', () => {
  const r = SUITE.requirements[0];
  const words = r.text.split(' ');
  const half = Math.floor(words.length / 2);
  const wrapped = `/**\n * ${r.id}: ${words.slice(0, half).join(' ')}\n * ${words.slice(half).join(' ')}\n */\nexport const x = 1;\n`;
  expect(copiesOfRequirementTexts(['operations/accept/checks/x.ts'], () => wrapped)).toEqual([
    `operations/accept/checks/x.ts: the text of ${r.id}`,
  ]);
  expect(copiesOfRequirementTexts(['operations/accept/requirements/x.ts'], () => wrapped)).toEqual([]);
});
