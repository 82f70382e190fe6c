/**
 * The declared profile: what a server may legally switch off, and the requirements that then do not
 * apply to it. The user declares it (GWS_SERVER_WITHOUT); the run records it in every transcript, so a
 * transcript judged again offline gets the same verdicts; summary and certificate print it. A run never
 * declares anything on its own: a server that lacks a feature nobody declared is judged as the
 * requirements say (a server that forgot CSRF protection accepts writes without a token: FAIL).
 */
import type { Transcript } from '../contract/generated/payloads.ts';
import { CHAT_OPERATION_NAMES, type ChatOperationName } from '../contract/operation-names.ts';
import { PAGES } from './catalogue/pages.ts';

export interface Declarable {
  /** What is switched off, in words. */
  what: string;
  /** Where the docs make it optional. */
  source: string;
  /** The requirements that do not apply to a server declared without it. */
  requirements: readonly string[];
  /** What the server showed of the feature in a transcript: true seen on, false seen off, undefined not seen. */
  seen(t: Transcript): boolean | undefined;
}

export const DECLARABLE = {
  'csrf-protection': {
    what: 'CSRF protection (X-CSRF-HEADER / X-CSRF-TOKEN on every write)',
    source: `${PAGES.csrf.title}: CSRF protection is on when the server's enableCsrfProtection setting enables it`,
    requirements: ['ACCEPT-ERR-05', 'ACCEPT-CSRF-02', 'ACCEPT-CSRF-03', 'ACCEPT-CSRF-04'],
    seen: (t) => t.scenario.csrf,
  },
} as const satisfies Record<string, Declarable>;

export type FeatureName = keyof typeof DECLARABLE;

/**
 * What a profile may name: a feature above, or a chat operation the server does not offer (user data
 * disabled, say: its capability never listed). The requirements of an operation declared off are NOT
 * APPLICABLE and its scenarios are not driven; each is reported by name.
 */
export type DeclarableName = FeatureName | ChatOperationName;
export const DECLARABLE_NAMES: readonly DeclarableName[] = [...(Object.keys(DECLARABLE) as FeatureName[]), ...CHAT_OPERATION_NAMES];

/** Is the name an operation (rather than a feature)? */
export const isOperationName = (name: string): name is ChatOperationName => (CHAT_OPERATION_NAMES as readonly string[]).includes(name);

/** Why the requirements of an operation declared off are not applicable. */
export function operationDeclaredReason(operation: string): string {
  return `declared: the server does not offer ${operation} (${DECLARATION_SETTING}=${operation}); its scenarios were not driven`;
}

/** The setting a user declares the profile with. */
export const DECLARATION_SETTING = 'GWS_SERVER_WITHOUT';

/** Is the transcript's target declared without this feature? */
export function declaredWithout(t: Transcript, name: FeatureName): boolean {
  return (t.target.without ?? []).includes(name);
}

/**
 * Why a requirement of a declared-off feature is not applicable, and, where the server showed the
 * feature anyway, that the declaration contradicts what it did.
 */
export function declaredReason(t: Transcript, name: FeatureName): string {
  const seen = DECLARABLE[name].seen(t);
  return `declared: the server is without ${DECLARABLE[name].what} (${DECLARATION_SETTING}=${name})${
    seen ? '; note: the server did show it in this run, so the declaration may be wrong' : ''
  }`;
}

/** The hint a broken requirement of an undeclared, absent feature gives: declare it if it is off by design. */
export function undeclaredHint(t: Transcript, name: FeatureName): string {
  return DECLARABLE[name].seen(t) === false
    ? ` (the server showed no ${DECLARABLE[name].what}; if it is off by design, declare it: ${DECLARATION_SETTING}=${name})`
    : '';
}

/**
 * The declared profile as summaries and certificates print it; `requirementsOf` gives an operation's
 * requirements (the suite's catalogue).
 */
export function declaredProfile(
  names: readonly DeclarableName[],
  requirementsOf: (operation: string) => readonly string[] = () => [],
): {
  without: { name: string; what: string; requirements: string[] }[];
} {
  return {
    without: names.map((name) =>
      isOperationName(name)
        ? { name, what: 'an operation the server does not offer', requirements: [...requirementsOf(name)] }
        : { name, what: DECLARABLE[name].what, requirements: [...DECLARABLE[name].requirements] },
    ),
  };
}

/** The operations a profile declares off (GWS_SERVER_WITHOUT; its other items are features). */
export function operationsDeclaredOff(env: NodeJS.ProcessEnv = process.env): ReadonlySet<string> {
  return new Set(
    (env[DECLARATION_SETTING] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(isOperationName),
  );
}
