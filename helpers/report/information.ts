/**
 * The information a run found (INFO findings: undocumented properties, choices the docs leave open),
 * folded so each kind is listed once with how often it was seen: "undocumented /messages/[]/mediaType"
 * stands for every entry of every history that carried it, whichever agent and event it was.
 */
export interface InformationItem {
  requirement: string;
  text: string;
  count: number;
}

/** One finding's text without who saw it and which event: what it says about the server. */
function fold(text: string): { key: string; example?: string } {
  const plain = text.replace(/^[\w.@-]+: (?=event \d+:|undocumented|also )/, '').replace(/^event \d+: /, '');
  const undocumented = /^undocumented (\S+) = (.*)$/.exec(plain);
  if (!undocumented) return { key: plain };
  return { key: `undocumented ${undocumented[1].replace(/\/\d+(?=\/|$)/g, '/[]')}`, example: undocumented[2] };
}

export function foldInformation(items: { requirement: string; text: string }[]): InformationItem[] {
  const folded = new Map<string, { requirement: string; key: string; examples: Set<string>; count: number }>();
  for (const item of items) {
    const { key, example } = fold(item.text);
    const id = `${item.requirement} ${key}`;
    const entry = folded.get(id) ?? { requirement: item.requirement, key, examples: new Set<string>(), count: 0 };
    entry.count++;
    if (example !== undefined && entry.examples.size < 3) entry.examples.add(example.length > 60 ? `${example.slice(0, 57)}...` : example);
    folded.set(id, entry);
  }
  return [...folded.values()].map((e) => ({
    requirement: e.requirement,
    text: `${e.key}${e.examples.size > 0 ? ` (e.g. ${[...e.examples].join(', ')})` : ''}`,
    count: e.count,
  }));
}
