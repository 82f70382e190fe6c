/**
 * The known name nearest to one a user typed (a setting, a fault, a variant), for "did you mean"
 * messages: used by the suite's configuration and the simulator's catalogue alike.
 */

/** Levenshtein distance between two strings. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/**
 * The name nearest to a misspelled one (edit distance at most `max`, case ignored), or else the one
 * name it abbreviates (csrf for csrf-protection), if any.
 */
export function closestName(name: string, names: readonly string[], max = 3): string | undefined {
  const typed = name.toLowerCase();
  const best = names.map((n) => ({ n, d: distance(typed, n.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  if (best && best.d <= max) return best.n;
  const abbreviated = typed.length >= 3 ? names.filter((n) => n.toLowerCase().startsWith(typed)) : [];
  return abbreviated.length === 1 ? abbreviated[0] : undefined;
}
