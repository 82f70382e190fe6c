/**
 * `npm run verify -- <certificate folder or .tar.gz>`: checks a certificate sealed by `npm run certify`,
 * offline (helpers/report/certificate-verify.ts): every file's SHA-256, the certificate against its
 * summary, every transcript judged again against the summary's verdicts; says which suite made it.
 * Exit 0 verified, 1 a file changed or the certificate contradicts itself (each problem named),
 * 2 not a certificate (the message names the file and what is wrong). With --require-conformant, an
 * intact record of a run that was not CONFORMANT exits 1 too: for a script that accepts certifications only.
 */
import { SUITE } from '../../operations/index.ts';
import { UnusableCertificate } from '../report/certificate-read.ts';
import { verifyCertificate } from '../report/certificate-verify.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

const USAGE = 'usage: npm run verify -- [--require-conformant] <certificate folder or .tar.gz>   (npm run certify seals one)';
const requireConformant = process.argv.includes('--require-conformant');
const args = process.argv.slice(2).filter((a) => a !== '--require-conformant');
if (args.length !== 1 || args[0].startsWith('-')) {
  console.error(args.includes('--help') || args.includes('-h') ? USAGE : `verify: name one certificate\n${USAGE}`);
  process.exit(2);
}
try {
  const v = verifyCertificate(SUITE, args[0]);
  for (const line of v.lines) console.log(line);
  for (const w of v.warnings) console.log(`warning: ${w}`);
  for (const p of v.problems) console.log(`problem: ${p}`);
  console.log(v.line);
  if (v.exitCode === 0 && requireConformant && !v.certifies) {
    console.log('NOT A CERTIFICATION: intact, but the run it records was not CONFORMANT (--require-conformant)');
    process.exit(1);
  }
  process.exit(v.exitCode);
} catch (err) {
  if (!(err instanceof UnusableCertificate)) throw err;
  // The last line says how it ended, as for a verified or tampered certificate.
  console.log(`UNUSABLE: ${err.message}`);
  process.exit(2);
}
