/**
 * What an operation's reviewed list of equivalent mutants holds: changes the mutation operators make
 * that the docs allow, each with the documented reason it is legal. A mutant an entry matches must
 * survive (if the judges flag it, that is a false alarm: the suite would fail a conformant server); an
 * entry no mutant matches is stale. Each operation declares its own list
 * (operations/<name>/mutation/equivalents.ts); an entry matches the mutants of that operation's
 * transcripts only.
 *
 * Patterns match mutant ids (corpus:operator:location[:path]); `*` matches any run of characters.
 * Locations name notifications by actor, kind and ordinal, exchanges by actor, step and HTTP status
 * (helpers/proof/mutation/locate.ts).
 */
import { COMMON_CHATTING_CAPABILITIES, SEED_CHATTING_CAPABILITIES } from '../../contract/capabilities.ts';

export interface Equivalent {
  pattern: string;
  reason: string;
  /** The operation whose transcripts it is about (the suite sets it from the declaring operation). */
  operation?: string;
}

const compiled = new Map<string, RegExp>();

export function matches(pattern: string, id: string): boolean {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(
      `^${pattern
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    compiled.set(pattern, re);
  }
  return re.test(id);
}

/**
 * The operators that change one notification's content or delivery (not its place relative to the
 * request that caused it): what a scenario that only passes through a notification (the offer on its
 * way to the chat, which the accept scenario judges) lets survive.
 */
export const NOTIFICATION_OPERATORS = [
  'remove-field',
  'other-enum',
  'other-identity',
  'other-type',
  'null-field',
  'empty',
  'drop',
  'duplicate',
  'other-channel',
  'other-agent',
  'delay',
] as const;

/** Every change of one notification a scenario passes through (`location`: corpus:…:actor/Kind#n), with the reason. */
export function passedThrough(corpus: string, location: string, reason: string): Equivalent[] {
  return NOTIFICATION_OPERATORS.map((operator) => ({ pattern: `${corpus}:${operator}:${location}*`, reason }));
}

/**
 * The forms of an operation's answers no page fixes, as equivalents: the Content-Type of its success
 * (judged once, for Accept: ACCEPT-RESP-02) and of its refusals, and the HTTP status of a refusal (the
 * non-zero statusCode says it was refused: fact sheet §7.2). `kind` is its scenario's, `step` the drive's
 * step of the operation, its error scenario `<kind>-error`.
 */
export function answerForms(operation: string, kind: string, step: string): Equivalent[] {
  return [
    {
      pattern: `${kind}:content-type:*/http:${step}:200#1`,
      reason: `no page gives the Content-Type of ${operation}'s answer: its RESP requirement reads the JSON body; the Content-Type of a chat operation's answer is judged once, for Accept (ACCEPT-RESP-02)`,
    },
    {
      pattern: `${kind}-error-*:http-status:*/http:probe:*`,
      reason: `the HTTP status of a refused ${operation} is undocumented: the non-zero statusCode says it was refused (fact sheet §7.2)`,
    },
    {
      pattern: `${kind}-error-*:content-type:*/http:probe:*`,
      reason: `no page gives the Content-Type of a refused ${operation}'s answer: the Return Values page gives its JSON body, which its ERR requirements read`,
    },
  ];
}

/** The operation sent again after a refusal (the `retry-<step>` step) shows nothing changed: its answer's form is the main scenario's to judge. */
export function retryForms(operation: string, kind: string, probe: string, step: string): Equivalent[] {
  return [
    {
      pattern: `${kind}-error-${probe}:content-type:*/http:retry-${step}:*`,
      reason: `the ${operation} after a refusal shows the chat could still be operated on; its answer's form is the ${kind} scenario's to judge`,
    },
  ];
}

/**
 * Changes of the capabilities a notification's Chatting chat offers beyond what every documented
 * Chatting list holds (InFocus in the seed's list, SetInFocus in later ones): the lists differ between
 * samples, and what they share is the requirement (fact sheet §4.3). Positions are those of the seed's
 * list, which the simulator serves.
 */
export function beyondCommonCapabilities(kind: string, location: string): Equivalent[] {
  const positions = SEED_CHATTING_CAPABILITIES.flatMap((c, i) => (COMMON_CHATTING_CAPABILITIES.includes(c) ? [] : [i]));
  return positions.flatMap((i) =>
    ['remove-field', 'other-enum'].map((operator) => ({
      pattern: `${kind}:${operator}:${location}:chat.capabilities[${i}]`,
      reason: `${SEED_CHATTING_CAPABILITIES[i]} is in the seed's Chatting list, not in every documented one (InFocus or SetInFocus, §4.3): only what every list holds is required`,
    })),
  );
}

/**
 * The equivalents of an operation declared by its kind (an entry, a userData change), in the scenarios
 * its machinery drives: the first offer passed through, the forms of its answers, the operation sent
 * again after a refusal without `missing` (its parameter), and, for a notification showing the Chatting
 * chat (`chatNotification`, e.g. PropertiesUpdated), the capabilities beyond what every list holds.
 */
export function derivedEquivalents(d: {
  operation: string;
  kind: string;
  step: string;
  missing?: string;
  chatNotification?: string;
}): Equivalent[] {
  const firstOffer = `the offer is the drive's way to the chat: its form is ACCEPT-OFFER-01's, judged in the accept scenario; ${d.operation}'s checks start at its own step`;
  return [
    ...passedThrough(d.kind, 'agent1/Offer#1', firstOffer),
    ...(d.chatNotification ? beyondCommonCapabilities(d.kind, `agent1/${d.chatNotification}#*`) : []),
    ...answerForms(d.operation, d.kind, d.step),
    ...(d.missing ? retryForms(d.operation, d.kind, `missing-${d.missing}`, d.step) : []),
  ];
}
