/**
 * The tests a run selects with Playwright's --grep and --grep-invert, as the conformance command passes
 * them to its Playwright process (GWS_RUN_GREP): the side-by-side worker drives only the runs of the
 * selected tests. A test matched here but not by Playwright costs a drive; one Playwright runs that is
 * not matched here is driven when it asks (specs/fixtures.ts): never a verdict.
 */

export interface Grep {
  grep: string[];
  invert: string[];
}

/** The --grep / -g and --grep-invert values among the command's arguments. */
export function grepOf(args: readonly string[]): Grep {
  const out: Grep = { grep: [], invert: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const into = flag === '--grep' || flag === '-g' ? out.grep : flag === '--grep-invert' || flag === '-gv' ? out.invert : undefined;
    if (!into) continue;
    const value = inline ?? args[++i];
    if (value !== undefined) into.push(value);
  }
  return out;
}

/**
 * The selection the run was given (GWS_RUN_GREP), read once: whether a test, by the text Playwright
 * matches (its titles and tags), belongs to it. Unreadable or absent: every test does.
 */
export function selection(env: NodeJS.ProcessEnv): (text: string) => boolean {
  let g: Grep;
  try {
    g = JSON.parse(env.GWS_RUN_GREP ?? '') as Grep;
  } catch {
    return () => true;
  }
  const match = (text: string) => (p: string) => {
    try {
      return new RegExp(p).test(text);
    } catch {
      return true;
    }
  };
  return (text) => (g.grep.length === 0 || g.grep.some(match(text))) && !g.invert.some(match(text));
}
