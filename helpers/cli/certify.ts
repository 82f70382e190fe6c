/**
 * `npm run certify [-- --out PATH] [--workers N] [--output DIR] [--retries N] [--timeout MS]`:
 *  1. refuses what would make the run less than full (a filter, a shard, another project, test files:
 *     a certificate is a full run) and GWS_BASELINE (a certificate records one run, not a
 *     comparison), exit 2, before anything runs;
 *  2. clears an earlier certificate at PATH (default ./certificate), then runs `npm run conformance`
 *     with the same settings (GWS_PROFILE=strict holds the SHOULDs to the MUSTs' bar);
 *  3. when the run decided (CONFORMANT or NON-CONFORMANT), seals the certificate: PATH/ and PATH.tar.gz
 *     (helpers/report/certificate.ts), scanned for secrets, then verified as a buyer will;
 *  4. says where it is and what it certifies, and exits with the run's code (0 conformant).
 */

import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { SUITE } from '../../operations/index.ts';
import { CONFORMANCE_COMMAND, ROOT } from '../build/bundle.mjs';
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import { CertificateError, certificatePaths, certifyRequest, clearCertificate, sealCertificate } from '../report/certificate.ts';
import { UnusableCertificate } from '../report/certificate-read.ts';
import { verifyCertificate } from '../report/certificate-verify.ts';
import { childStdio, passOutputOn } from '../report/child-output.ts';
import { parseAgents } from '../target/config.ts';

const NAME = 'certify';
const USAGE = `usage: npm run certify [-- --out PATH] [--workers N] [--output DIR] [--retries N] [--timeout MS]
  runs the whole conformance suite (the settings come from the environment, as for npm run conformance)
  and seals its evidence into PATH/ and PATH.tar.gz (default: certificate)`;

function refuse(message: string): never {
  console.error(`${NAME}: ${message}`);
  process.exit(2);
}

/** The passwords of GWS_AGENTS, to look for in the certificate (the simulator's own are never secret). */
function configuredSecrets(): string[] {
  try {
    return process.env.GWS_AGENTS?.trim() ? parseAgents(process.env.GWS_AGENTS).map((a) => a.password) : [];
  } catch {
    return []; // a wrong GWS_AGENTS stops the run itself, with its message
  }
}

function readSummary(reportsDir: string): ConformanceSummary | undefined {
  try {
    return JSON.parse(readFileSync(join(reportsDir, 'summary.json'), 'utf8')) as ConformanceSummary;
  } catch {
    return undefined;
  }
}

let request: ReturnType<typeof certifyRequest>;
try {
  request = certifyRequest(process.argv.slice(2), process.env);
} catch (err) {
  if (!(err instanceof CertificateError)) throw err;
  refuse(`${err.message}\n${USAGE}`);
}
if (request.help) {
  console.log(USAGE);
  process.exit(0);
}
const { out, passed } = request;
const reportsDir = resolve(process.env.GWS_REPORTS_DIR || 'reports');
const paths = certificatePaths(out);
try {
  clearCertificate(paths, reportsDir);
} catch (err) {
  if (err instanceof CertificateError) refuse(err.message);
  throw err;
}
const here = (p: string) => relative(process.cwd(), p) || '.';
console.log(`${NAME}: a full conformance run, sealed into ${here(paths.folder)}/ and ${here(paths.archive)}`);

// The run, as `npm run conformance`: in this process group, so a Ctrl-C reaches it as it would; a
// signal sent to this process alone (a CI cancelling the job) is passed on to it.
// Its output passed on as the command passes Playwright's: a reader that goes away stops neither the
// run nor the sealing (helpers/report/child-output.ts).
const child = spawn(process.execPath, [...CONFORMANCE_COMMAND.map((p) => join(ROOT, p)), ...passed], { stdio: childStdio() });
passOutputOn(child);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  });
child.on('error', (err) => refuse(`the conformance run could not be started: ${err.message}`));
child.on('close', (code, signal) => {
  const runExit = code ?? 2;
  const summary = readSummary(reportsDir);
  if (!summary || (summary.outcome !== 'conformant' && summary.outcome !== 'non-conformant')) {
    console.log(
      `${NAME}: no certificate: the run ${summary ? `ended ${summary.outcome.toUpperCase()}` : `wrote no summary (${signal ?? `exit ${code}`})`}, it decided nothing to certify; fix the cause above and run again`,
    );
    process.exit(runExit === 0 ? 2 : runExit);
  }
  try {
    const sealed = sealCertificate(reportsDir, paths, { secrets: configuredSecrets() });
    for (const a of sealed.absent) console.log(`${NAME}: warning: the run left no ${a}: the certificate has none`);
    // A certificate that would not verify is never handed out.
    const check = verifyCertificate(SUITE, sealed.archive);
    if (check.exitCode !== 0) {
      rmSync(sealed.archive, { force: true });
      throw new CertificateError(
        `the sealed certificate does not verify, a fault of the suite; ${here(sealed.archive)} was removed, ${here(sealed.folder)}/ is kept to look into:\n  ${check.problems.join('\n  ')}`,
      );
    }
    console.log(`Certificate: ${here(sealed.folder)}/ and ${here(sealed.archive)}, ${sealed.files} files`);
    console.log(`  archive sha256:${sealed.archiveSha256}`);
    console.log(`  manifest sha256:${sealed.manifestSha256} (npm run verify prints it: publish it with the archive)`);
    console.log(`  hand in ${here(sealed.archive)}; anyone checks it with: npm run verify -- ${here(sealed.archive)}`);
    const c = sealed.certificate;
    console.log(
      c.certifies
        ? `CERTIFIED CONFORMANT: ${c.line} (${c.suite.name} ${c.suite.version}, profile ${c.profile})`
        : `NOT CERTIFIED: the certificate ${c.statement}: ${c.line}`,
    );
  } catch (err) {
    if (!(err instanceof CertificateError || err instanceof UnusableCertificate)) throw err;
    console.error(`${NAME}: ${err.message}`);
    process.exit(2);
  }
  process.exit(runExit);
});
