/**
 * A certificate read back for `npm run verify`, from its folder or its .tar.gz, into memory (nothing
 * is extracted to disk), and its manifest checked: every file listed is there with its SHA-256 and
 * size, and no file is there that the manifest does not list. Input that is not a certificate at all
 * (no such path, not an archive, no manifest) is an UnusableCertificate: exit 2, naming the file.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificateManifest } from '../contract/generated/payloads.ts';
import { validate } from '../contract/validator.ts';
import { MANIFEST_FILE, sha256 } from './certificate.ts';
import { ArchiveError, readTarGz } from './tar.ts';

export class UnusableCertificate extends Error {}

export interface ReadCertificate {
  /** Every file, by its path in the certificate's folder (/ separators). */
  files: Map<string, Buffer>;
  manifest: CertificateManifest;
  /** SHA-256 of manifest.json, which names every other file's: one hash for the whole certificate. */
  manifestSha256: string;
}

function readFolder(dir: string, prefix = '', files = new Map<string, Buffer>()): Map<string, Buffer> {
  for (const entry of readdirSync(join(dir, prefix)).sort()) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    const st = lstatSync(join(dir, rel));
    if (st.isDirectory()) readFolder(dir, rel, files);
    else if (st.isFile()) files.set(rel, readFileSync(join(dir, rel)));
    else files.set(rel, Buffer.from(`(a link or special file, not a file of a certificate)`));
  }
  return files;
}

/** The archive's files with its one top folder (certificate/...) taken off the paths. */
function unwrap(entries: Map<string, Buffer>, path: string): Map<string, Buffer> {
  if (entries.has(MANIFEST_FILE)) return entries;
  const tops = new Set([...entries.keys()].map((p) => p.split('/')[0]));
  const [top] = tops;
  if (tops.size !== 1 || !entries.has(`${top}/${MANIFEST_FILE}`))
    throw new UnusableCertificate(
      `${path}: not a certificate: the archive holds no ${MANIFEST_FILE} (at its root or in its one folder); it holds ${[...tops].slice(0, 5).join(', ') || 'nothing'}`,
    );
  return new Map([...entries].map(([p, data]) => [p.slice(top.length + 1), data]));
}

/** The certificate at `path` (its folder or .tar.gz), or an UnusableCertificate saying what is wrong. */
export function readCertificate(path: string): ReadCertificate {
  if (!existsSync(path)) throw new UnusableCertificate(`${path}: no such file or folder`);
  let files: Map<string, Buffer>;
  if (lstatSync(path).isDirectory()) {
    files = readFolder(path);
    if (!files.has(MANIFEST_FILE))
      throw new UnusableCertificate(
        `${join(path, MANIFEST_FILE)}: missing: not a certificate${files.has('summary.json') ? ' (a reports folder? npm run certify seals one)' : ''}`,
      );
  } else {
    try {
      files = unwrap(readTarGz(readFileSync(path)), path);
    } catch (err) {
      if (err instanceof ArchiveError) throw new UnusableCertificate(`${path}: ${err.message}`);
      throw err;
    }
  }
  const manifestText = files.get(MANIFEST_FILE)!;
  let parsed: unknown;
  try {
    parsed = JSON.parse(manifestText.toString('utf8'));
  } catch (err) {
    throw new UnusableCertificate(`${MANIFEST_FILE} of ${path}: cannot read it as JSON (changed or truncated?): ${(err as Error).message}`);
  }
  const checked = validate('CertificateManifest', parsed);
  if (!checked.ok) throw new UnusableCertificate(`${MANIFEST_FILE} of ${path}: not a certificate manifest: ${checked.errors[0]?.message}`);
  return { files, manifest: checked.value, manifestSha256: sha256(manifestText) };
}

/** Each file missing, changed or not listed, named; empty when every file is the one sealed. */
export function checkManifest({ files, manifest }: ReadCertificate): string[] {
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const f of manifest.files) {
    if (listed.has(f.path)) problems.push(`${f.path}: listed twice in ${MANIFEST_FILE}`);
    listed.add(f.path);
    const data = files.get(f.path);
    if (!data) problems.push(`${f.path}: missing (${MANIFEST_FILE} lists it)`);
    else if (data.length !== f.bytes || sha256(data) !== f.sha256)
      problems.push(
        `${f.path}: changed (its SHA-256 is not the one in ${MANIFEST_FILE}${data.length !== f.bytes ? `; ${data.length} bytes, sealed ${f.bytes}` : ''})`,
      );
  }
  for (const path of files.keys())
    if (path !== MANIFEST_FILE && !listed.has(path)) problems.push(`${path}: not listed in ${MANIFEST_FILE} (added after sealing)`);
  return problems;
}
