import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from '@playwright/test';
import { bundled, bundledInFirst } from './bundle.mjs';

/** A tree of two sources: the entry imports the module that says where it lies. */
function tree(): { root: string; out: string; request: Parameters<typeof bundled>[0] } {
  const root = mkdtempSync(join(tmpdir(), 'bundle-'));
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  writeFileSync(
    join(root, 'src', 'entry.ts'),
    "import { where, fromPackage } from './deep/where.ts';\nexport const answer: number = 1;\nexport { where, fromPackage };\n",
  );
  writeFileSync(
    join(root, 'src', 'deep', 'where.ts'),
    "import { lib } from 'lib';\nexport const where: string = import.meta.url;\nexport const fromPackage: string = lib;\n",
  );
  // A package, imported by name: the build leaves it to be found at run time.
  mkdirSync(join(root, 'node_modules', 'lib'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'lib', 'package.json'), JSON.stringify({ name: 'lib', type: 'module', main: 'index.js' }));
  writeFileSync(join(root, 'node_modules', 'lib', 'index.js'), "export const lib = 'from the package';\n");
  const out = join(root, '.build');
  return { root, out, request: { root, out, entries: { entry: 'src/entry.ts' } } };
}

const load = async (dir: string) =>
  (await import(`${pathToFileURL(join(dir, 'entry.mjs')).href}?${Math.random()}`)) as { answer: number; where: string };

test('a build is made once and kept while its sources are unchanged; a module finds files where its source lies', async () => {
  const { root, out, request } = tree();
  try {
    const dir = await bundled(request);
    expect(dir.startsWith(out)).toBe(true);
    const m = await load(dir);
    expect(m.answer).toBe(1);
    // import.meta.url is the source's, not the bundle's: paths made from it reach the repository's files.
    expect(m.where).toBe(pathToFileURL(join(root, 'src', 'deep', 'where.ts')).href);
    const record = readFileSync(join(out, 'last.json'), 'utf8');
    expect(Object.keys(JSON.parse(record).inputs).sort()).toEqual(['src/deep/where.ts', 'src/entry.ts']);

    expect(await bundled(request)).toBe(dir);
    expect(readFileSync(join(out, 'last.json'), 'utf8')).toBe(record);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a changed source, or a build removed, makes a new build; one unused for a day is removed then', async () => {
  const { root, out, request } = tree();
  try {
    const first = await bundled(request);
    writeFileSync(
      join(root, 'src', 'entry.ts'),
      "import { where, fromPackage } from './deep/where.ts';\nexport const answer: number = 2;\nexport { where, fromPackage };\n",
    );
    const second = await bundled(request);
    expect(second).not.toBe(first);
    expect((await load(second)).answer).toBe(2);
    // The first build is recent: a run may still be loading its modules.
    expect(existsSync(first)).toBe(true);

    const dayAgo = new Date(Date.now() - 25 * 60 * 60 * 1000);
    utimesSync(first, dayAgo, dayAgo);
    mkdirSync(join(out, '.building-1-1'));
    utimesSync(join(out, '.building-1-1'), dayAgo, dayAgo);
    rmSync(second, { recursive: true });
    const third = await bundled(request);
    expect(third).toBe(second);
    expect((await load(third)).answer).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['last.json', third.split('/').pop()]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('runs that build at once each get a whole build, the same one', async () => {
  const { root, out, request } = tree();
  try {
    const dirs = await Promise.all([bundled(request), bundled(request), bundled(request)]);
    expect(new Set(dirs).size).toBe(1);
    expect((await load(dirs[0])).answer).toBe(1);
    expect(readdirSync(out).filter((n) => n.startsWith('.building-'))).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('a source the bundler cannot read fails the build, naming the file and the line', async () => {
  const { root, request } = tree();
  try {
    writeFileSync(join(root, 'src', 'deep', 'where.ts'), 'export const where = ;\n');
    await expect(bundled(request)).rejects.toThrow(/src\/deep\/where\.ts:1/);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('where the checkout cannot be written, the build is made in the next folder, and found there next time', async () => {
  const { root, request } = tree();
  try {
    // A file where the build's folder would be: as a read-only checkout, no folder can be made there.
    const blocked = join(root, 'blocked');
    writeFileSync(blocked, '');
    // Outside the checkout, as the temporary folder is.
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'bundle-elsewhere-')), 'builds');
    const dir = await bundledInFirst(root, [blocked, elsewhere], request.entries);
    expect(dir.startsWith(elsewhere)).toBe(true);
    // Outside the checkout, its packages are still found.
    expect(await load(dir)).toMatchObject({ answer: 1, fromPackage: 'from the package' });
    expect(await bundledInFirst(root, [blocked, elsewhere], request.entries)).toBe(dir);
    // With nowhere to build, the error says where and why.
    await expect(bundledInFirst(root, [blocked], request.entries)).rejects.toThrow(/blocked: a build cannot be made there/);
    rmSync(dirname(elsewhere), { recursive: true, force: true });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
