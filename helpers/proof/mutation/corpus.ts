/**
 * The corpus the mutants start from: a faithful transcript of every scenario, recorded from the
 * embedded simulator (each on its own, in parallel), and the seed's documented example. A recording
 * that is not faithful (the judges flag it, or it ended INCONCLUSIVE) is refused: mutants of a broken
 * transcript prove nothing.
 */
import { SUITE } from '../../../operations/index.ts';
import type { Finding, Transcript } from '../../contract/generated/payloads.ts';
import { judgeTranscript } from '../../judges/judge.ts';
import { resolveTarget } from '../../target/resolve.ts';
import { SCENARIO_DRIVES } from '../scenario-list.ts';
import { acceptTranscript } from '../seed-transcript.ts';
import { SELF_TEST_ENV } from '../self-test.ts';
import type { CorpusEntry } from './types.ts';

/**
 * The scenarios the corpus records: each scenario's whole drives, but those of a scenario whose
 * declaration says why no transcript mutation shows what it judges (`corpus.skip`).
 */
const RECORDED = SUITE.scenarios.filter((s) => !s.corpus?.skip);
export const CORPUS_SCENARIOS = RECORDED.flatMap((s) => s.whole.map((w) => w.name));

const unfaithful = (findings: Finding[]) =>
  findings.filter((f) => f.verdict === 'FAIL' || f.verdict === 'NON-STRICT' || f.verdict === 'INCONCLUSIVE');

/** Recordings under legal variants (each scenario's `corpus.variants`), so that the optional fields they add are mutated too. */
const VARIANT_RECORDINGS = RECORDED.flatMap((s) =>
  s.corpus?.variants ? s.whole.map((w) => ({ name: `${w.name}-variants`, scenario: w.name, variants: s.corpus!.variants! })) : [],
);

/** Records one faithful transcript per scenario named (and the Accept under legal variants), plus the seed's. */
export async function recordCorpus(names: readonly string[] = CORPUS_SCENARIOS): Promise<CorpusEntry[]> {
  const unknown = names.filter((n) => !CORPUS_SCENARIOS.includes(n));
  if (unknown.length > 0) throw new Error(`no scenario ${unknown.join(', ')}: the scenarios are ${CORPUS_SCENARIOS.join(', ')}`);
  const runs = [
    ...SCENARIO_DRIVES.filter((s) => names.includes(s.name)).map((s) => ({ ...s, variants: '' })),
    ...VARIANT_RECORDINGS.filter((v) => names.includes(v.scenario)).map((v) => ({
      name: v.name,
      drive: SCENARIO_DRIVES.find((s) => s.name === v.scenario)!.drive,
      variants: v.variants,
    })),
  ];
  const recorded = await Promise.all(
    runs.map(async ({ name, drive, variants }): Promise<CorpusEntry> => {
      const { target, stop } = await resolveTarget(
        {
          ...SELF_TEST_ENV,
          GWS_BASE_URL: 'simulator',
          ...(variants ? { GWS_SIMULATOR_VARIANTS: variants } : {}),
        },
        SUITE.simulated,
      );
      let transcript: Transcript;
      try {
        transcript = await drive(target);
      } finally {
        await stop();
      }
      const bad = unfaithful(judgeTranscript(SUITE, transcript));
      if (bad.length > 0)
        throw new Error(
          `the faithful simulator's ${name} transcript is not clean (${bad.map((f) => `${f.requirement} ${f.verdict}: ${f.observed}`).join('; ')}): fix that first`,
        );
      return { name, transcript };
    }),
  );
  return [{ name: 'seed', transcript: acceptTranscript() }, ...recorded];
}
