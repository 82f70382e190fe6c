/**
 * The open choices a run met: where the docs leave a choice open and the server chose otherwise than
 * the suite's own reading. Each is listed once per answer, with how often it was seen, what the docs
 * leave open, why either answer is legal, and what no page says (each operation's requirements/open-choices.ts).
 * Never failures, never NON-STRICT, in either profile: listed apart from the requirement rows and from
 * the other information.
 */
import type { ConformanceSummary } from '../contract/generated/payloads.ts';
import type { OpenChoice } from '../judges/catalogue/open-choice.ts';

export type OpenChoiceItem = NonNullable<ConformanceSummary['openChoices']>[number];

/** One open choice as a test saw it: the requirement, the choice's name, what the server did. */
export interface SeenChoice {
  requirement: string;
  choice: string;
  answer: string;
}

/** The annotation a test carries for an open choice it met (one line, words separated by spaces). */
export function choiceAnnotation(c: SeenChoice): string {
  return `${c.requirement} ${c.choice} ${c.answer}`;
}

export function parseChoiceAnnotation(description: string): SeenChoice {
  const [requirement, choice, ...answer] = description.split(' ');
  return { requirement, choice, answer: answer.join(' ') };
}

/** Each answer once, with its count, and the catalogue's question, reasoning and doc gap. */
export function foldOpenChoices(catalogue: readonly OpenChoice[], seen: (SeenChoice & { count?: number })[]): OpenChoiceItem[] {
  const folded = new Map<string, OpenChoiceItem>();
  for (const s of seen) {
    const key = `${s.requirement} ${s.choice} ${s.answer}`;
    const had = folded.get(key);
    if (had) {
      had.count = (had.count ?? 1) + (s.count ?? 1);
      continue;
    }
    const c = catalogue.find((x) => x.name === s.choice);
    folded.set(key, {
      requirement: s.requirement,
      choice: s.choice,
      question: c?.question ?? '(a choice this suite does not know)',
      answer: s.answer,
      reasoning: c?.reasoning ?? '',
      gap: c?.gap ?? '',
      count: s.count ?? 1,
    });
  }
  return [...folded.values()];
}

/** The open choices as summary.md lists them: each choice once, with the answers the server gave. */
export function openChoicesMarkdown(items: OpenChoiceItem[]): string[] {
  const cell = (t: string) => t.replace(/\n/g, ' ');
  const names = [...new Set(items.map((i) => i.choice))];
  return [
    `## Open choices (${items.length}, never failures)`,
    '',
    items.length === 0
      ? 'None: wherever the docs leave a choice open, the server answered as the suite reads it.'
      : 'Where the docs leave a choice open, the server answered otherwise than the suite reads it: legal, neither failed nor NON-STRICT in either profile.',
    '',
    ...names.flatMap((name) => {
      const answers = items.filter((i) => i.choice === name);
      const c = answers[0];
      return [
        `### ${name} (${c.requirement}): ${cell(c.question)}`,
        '',
        ...answers.map((a) => `- the server: ${cell(a.answer)}${a.count && a.count > 1 ? ` (${a.count} times)` : ''}`),
        `- why it is legal: ${cell(c.reasoning)}`,
        `- doc gap: ${cell(c.gap)}`,
        '',
      ];
    }),
  ];
}
