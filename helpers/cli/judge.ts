/**
 * `npm run judge -- transcript.json [more.json ...]`: judges saved transcripts again, offline, and
 * prints the same verdicts the live run printed. Exit code: 0 conformant, 1 non-conformant,
 * 2 inconclusive or unreadable input.
 */
import { judgeFiles } from '../report/rejudge.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run judge -- <transcript.json> [more.json ...]   (transcripts are saved under test-results/**/transcripts/)');
  process.exit(2);
}
const { text, code } = judgeFiles(files, process.env.GWS_PROFILE?.trim() || 'default');
(code === 2 ? console.error : console.log)(text);
process.exit(code);
