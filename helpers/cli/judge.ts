/**
 * `npm run judge -- transcript.json [more.json ...]`: judges saved transcripts again, offline, and
 * prints the same verdicts the live run printed. Exit code: 0 conformant, 1 non-conformant,
 * 2 inconclusive, unreadable input, or a setting the suite does not know.
 */
import { SUITE } from '../../operations/index.ts';
import { dropOutputWhenReaderGoes } from '../report/child-output.ts';
import { judgeFiles } from '../report/rejudge.ts';
import { ConfigError } from '../target/config-error.ts';
import { checkEnvironment } from '../target/settings.ts';

// Its output piped to a reader that goes away (| head): dropped, never an EPIPE stack trace.
dropOutputWhenReaderGoes();

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error(
    'usage: npm run judge -- <transcript.json> [more.json ...]   (a run saves them in <reports>/transcripts/: npm run judge -- reports/transcripts/*.json)',
  );
  process.exit(2);
}
try {
  // GWS_PROFILE decides the verdict line: a misspelled one must not leave it on the default.
  checkEnvironment(process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`judge: configuration error: ${err.message}`);
  process.exit(2);
}
const { text, code } = judgeFiles(SUITE, files, process.env.GWS_PROFILE?.trim() || 'default');
(code === 2 ? console.error : console.log)(text);
process.exit(code);
