/** The types of bundle.mjs (plain JavaScript, so that launch.mjs runs without a TypeScript loader). */
export interface BundleRequest {
  /** The folder the sources' paths are relative to (the repository). */
  root: string;
  /** Where builds are kept: one folder per build, and the record of the last one (last.json). */
  out: string;
  /** Each entry point's name in the build (`<name>.mjs`) and its source, relative to `root`. */
  entries: Readonly<Record<string, string>>;
}

/** The project's own entry points that run bundled, each name with its source. */
export const SUITE_ENTRIES: Readonly<Record<string, string>>;

/** The repository the bundle is built from. */
export const ROOT: string;

/** `npm run conformance` without npm, relative to the repository: node's arguments before the command's own. */
export const CONFORMANCE_COMMAND: readonly string[];

/** The folder of an up-to-date build of SUITE_ENTRIES: under the repository's .build/, or the temporary folder where it is read-only. */
export function suiteBundle(): Promise<string>;

/** `bundled` in the first of `outs` where a build is there or can be made. */
export function bundledInFirst(root: string, outs: readonly string[], entries: Readonly<Record<string, string>>): Promise<string>;

/** The folder of an up-to-date build of `request.entries`, absolute: built now if a source changed. */
export function bundled(request: BundleRequest): Promise<string>;
