/**
 * The conformance run's code as a few plain JavaScript modules (esbuild), built when its sources
 * changed. Playwright loads TypeScript through its own loader: each of the run's ~490 modules is
 * compiled by Babel on the first run (then cached) and passed through its module hooks on every run,
 * in the main process and again in the worker. Bundled, the run loads ~60 modules that Playwright
 * leaves alone (playwright.config.ts marks the bundle external): on a 2-core machine about half a
 * second of CPU less per run, and about 4 s less on the first run after an install, when Babel's
 * cache is empty.
 *
 * `bundled` keeps the last build's inputs (each source file's size and modification time) beside it:
 * while none of them changed, it returns that build at the cost of a stat per input. Otherwise it
 * builds into a folder of its own and renames it into place under the hash of its content, so runs
 * started at once (npm test starts several) never read a half-written build: each finds a whole one.
 *
 * A module that finds files beside it (`import.meta.url`) keeps finding them where its source lies:
 * each source's `import.meta.url` becomes the URL of that source in the bundle.
 *
 * Plain JavaScript (typed by bundle.d.mts), so that the conformance command can be started without a
 * TypeScript loader (launch.mjs): the command itself is one of the bundle's entry points.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * What the last build was made of, kept as `<out>/last.json`: its folder under `out`; the entry points
 * it was asked for and the bundler's version (`key`); each input, relative to `root`, with its size and
 * modification time in ms.
 * @typedef {{ dir: string, key: string, inputs: Record<string, [number, number]> }} LastBuild
 */

/**
 * A build no run has used for this long, and not the last, is removed when a new one is made: a run
 * loads some of its modules as it goes, so a build a run may still be using is kept.
 */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * The project's own entry points that run bundled: the conformance command (launch.mjs starts it), the
 * Playwright configuration it runs Playwright with, and the spec, the suite's catalogue and the
 * reporters that configuration names. One build, one record.
 */
export const SUITE_ENTRIES = Object.freeze({
  'playwright.config': 'playwright.config.ts',
  conformance: 'helpers/cli/conformance.ts',
  'conformance.spec': 'specs/conformance.spec.ts',
  suite: 'operations/index.ts',
  'verdicts-reporter': 'helpers/report/verdicts-reporter.ts',
  'allure-results-reporter': 'helpers/report/allure-results-reporter.ts',
  'closing-line-reporter': 'helpers/report/closing-line-reporter.ts',
});

/** The repository: two folders up from this file. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * `npm run conformance` without npm, relative to the repository: what package.json's script runs (the
 * command from its bundle, launch.mjs), to which the command's arguments are added. The tests, certify
 * and the bench run it so; launch.test.ts holds it to package.json.
 */
export const CONFORMANCE_COMMAND = Object.freeze(['helpers/build/launch.mjs', SUITE_ENTRIES.conformance]);

/**
 * The folder of an up-to-date build of the project's SUITE_ENTRIES: under the checkout's .build/, or,
 * where the checkout cannot be written (a suite installed read-only in an image, run by another user),
 * under the system's temporary folder, one folder per checkout.
 */
export function suiteBundle() {
  const elsewhere = join(tmpdir(), `gws-chat-conformance-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}`);
  return bundledInFirst(ROOT, [join(ROOT, '.build'), elsewhere], SUITE_ENTRIES);
}

/**
 * `bundled` in the first of `outs` where a build is there or can be made.
 * @param {string} root
 * @param {string[]} outs
 * @param {Readonly<Record<string, string>>} entries
 * @returns {Promise<string>}
 */
export async function bundledInFirst(root, outs, entries) {
  for (const [i, out] of outs.entries()) {
    try {
      return await bundled({ root, out, entries });
    } catch (err) {
      if (!(err instanceof UnwritableOut) || i === outs.length - 1) throw err;
    }
  }
  throw new Error('bundledInFirst: no folder to build in');
}

/** A build's folder could not be made under `out`. */
class UnwritableOut extends Error {}

/**
 * The folder of an up-to-date build of `request.entries`, absolute: built now if a source changed.
 * @param {import('./bundle.d.mts').BundleRequest} request
 * @returns {Promise<string>}
 */
export async function bundled(request) {
  const key = JSON.stringify({ entries: request.entries, esbuild: esbuildVersion() });
  const last = readLast(request.out);
  if (last && last.key === key && unchanged(request.root, last.inputs) && existsSync(join(request.out, last.dir)))
    return used(resolve(request.out, last.dir));
  return used(await build(request, key));
}

/** The installed bundler's version, without loading it. */
function esbuildVersion() {
  const require = createRequire(import.meta.url);
  return JSON.parse(readFileSync(require.resolve('esbuild/package.json'), 'utf8')).version;
}

/**
 * A build's folder, its time set to now: the last time a run used it (see prune).
 * @param {string} dir
 */
function used(dir) {
  const now = new Date();
  try {
    utimesSync(dir, now, now);
  } catch {
    // A build made by another user, or on a read-only checkout: used as it is.
  }
  return dir;
}

/**
 * @param {string} out
 * @returns {LastBuild | undefined}
 */
function readLast(out) {
  try {
    return JSON.parse(readFileSync(join(out, 'last.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * @param {string} root
 * @param {LastBuild['inputs']} inputs
 */
function unchanged(root, inputs) {
  for (const [path, [size, mtime]] of Object.entries(inputs)) {
    const s = statSync(join(root, path), { throwIfNoEntry: false });
    if (!s || s.size !== size || s.mtimeMs !== mtime) return false;
  }
  return true;
}

/**
 * @param {import('./bundle.d.mts').BundleRequest} request
 * @param {string} key
 * @returns {Promise<string>}
 */
async function build(request, key) {
  const esbuild = await import('esbuild');
  const { root, out } = request;
  let aside;
  try {
    mkdirSync(out, { recursive: true });
    aside = mkdtempSync(join(out, `.building-${process.pid}-`));
    // The bundle imports its packages by name: outside the checkout, they are found through a link to
    // the checkout's node_modules beside the builds.
    if (relative(root, out).startsWith('..')) linkPackages(root, out);
  } catch (err) {
    throw new UnwritableOut(`${out}: a build cannot be made there (${err instanceof Error ? err.message : err})`);
  }
  // Each input's size and time, read before the bundler reads it: a source changed during the build
  // makes the next run build again rather than keep a build of its older text.
  /** @type {LastBuild['inputs']} */
  const seen = {};
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(request.entries).map(([name, source]) => [name, join(root, source)])),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    packages: 'external',
    outdir: aside,
    outExtension: { '.js': '.mjs' },
    entryNames: '[name]',
    chunkNames: 'chunk-[hash]',
    metafile: true,
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-location',
        setup(b) {
          b.onLoad({ filter: /\.([cm]?ts|mjs)$/ }, (args) => {
            const s = statSync(args.path);
            seen[relative(root, args.path)] = [s.size, s.mtimeMs];
            const text = readFileSync(args.path, 'utf8')
              .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
              .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
              .replaceAll('import.meta.filename', JSON.stringify(args.path));
            return { contents: text, loader: args.path.endsWith('.mjs') ? 'js' : 'ts' };
          });
        },
      },
    ],
  });
  // Inputs the plugin did not load (JSON, JavaScript): their size and time now.
  for (const path of Object.keys(result.metafile.inputs)) {
    if (seen[path] || path.includes('node_modules')) continue;
    const s = statSync(join(root, path));
    seen[path] = [s.size, s.mtimeMs];
  }
  const dir = `suite-${contentHash(aside)}`;
  try {
    renameSync(aside, join(out, dir));
  } catch {
    // Another run made the same build meanwhile: the same content under the same name.
    rmSync(aside, { recursive: true, force: true });
  }
  const recordAside = join(out, `.last-${basename(aside)}.json`);
  writeFileSync(recordAside, JSON.stringify({ dir, key, inputs: seen }));
  renameSync(recordAside, join(out, 'last.json'));
  prune(out, dir);
  return resolve(out, dir);
}

/**
 * `out`/node_modules, a link to `root`/node_modules (made again if it points elsewhere).
 * @param {string} root
 * @param {string} out
 */
function linkPackages(root, out) {
  const link = join(out, 'node_modules');
  const target = join(root, 'node_modules');
  let current;
  try {
    current = readlinkSync(link);
  } catch {
    current = undefined;
  }
  if (current === target) return;
  rmSync(link, { force: true, recursive: true });
  symlinkSync(target, link, 'dir');
}

/**
 * SHA-256 of a build's files, names and contents, in name order: its folder's name.
 * @param {string} dir
 */
function contentHash(dir) {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort())
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(dir, name)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * Builds other than `keep` that no run has used for a day, and what a process that died left.
 * @param {string} out
 * @param {string} keep
 */
function prune(out, keep) {
  const now = Date.now();
  for (const name of readdirSync(out)) {
    if (name === keep || name === 'last.json' || !/^(suite-|\.building-|\.last-)/.test(name)) continue;
    const s = statSync(join(out, name), { throwIfNoEntry: false });
    if (s && now - s.mtimeMs > KEEP_MS) rmSync(join(out, name), { recursive: true, force: true });
  }
}
