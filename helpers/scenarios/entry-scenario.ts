/**
 * The scenarios of an operation that adds one entry to the transcript, from its declaration: the
 * operation in an accepted chat (its tests grouped as for every such operation), and its error cases.
 */
import type { ChatOperationRequest } from '../contract/generated/payloads.ts';
import { declaredEntry, type OperationDecl } from '../contract/operation.ts';
import type { EntryOperationId } from '../judges/catalogue/entry-operation.ts';
import type { Check } from '../judges/check.ts';
import { restViewChecks, restViewTest } from '../judges/conditions/rest-view.ts';
import { chattingRefusalScenario } from './refusal-scenario.ts';
import type { ScenarioDef } from './scenario.ts';

// The drives load when a run is driven: listing the scenarios needs none.
const drives = () => import('./entry-drive.ts');

export interface EntryScenariosDecl<P extends string> {
  operation: OperationDecl & { prefix: P };
  /** The scenario's kind; its error scenario is `<kind>-error`. */
  kind: string;
  /** The drive's step that marks the operation. */
  step: string;
  /** What the scenario is about, in one line. */
  title: string;
  /** The request body. */
  body: ChatOperationRequest;
  checks: readonly Check<EntryOperationId<P>>[];
  errorChecks: readonly Check<EntryOperationId<P>>[];
}

export function entryScenarios<P extends string>(d: EntryScenariosDecl<P>): ScenarioDef[] {
  const entry = declaredEntry(d.operation);
  const id = (x: string) => `${d.operation.prefix}-${x}` as EntryOperationId<P>;
  const name = d.operation.name;
  const echo = entry.echoes[0];
  const main: ScenarioDef = {
    kind: d.kind,
    operation: name,
    subject: { layout: 'sequence', steps: [d.step], cause: d.step },
    title: d.title,
    checks: [...d.checks, ...restViewChecks(d.operation)],
    runs: [
      {
        name: d.kind,
        drive: async (target) => (await drives()).driveEntry(target, d.operation, d.kind, d.step, d.body),
        shared: true,
        // The Accept's window, then its own.
        windows: 2,
        tests: [
          { title: `the agent sends ${name} in its chat: HTTP 200, {"statusCode": 0}`, requirements: [id('HTTP-01'), id('RESP-01')] },
          {
            title: 'then one MessageLogUpdated arrives on /v2/me/chats, as documented, naming the chat, and nothing else',
            requirements: [id('SEQ-01'), id('CHANNEL-01'), id('SCHEMA-01'), id('CHAT-01'), id('QUIET-01')],
          },
          {
            title: `its one ${entry.type} entry${echo ? ` carries the ${echo.param} exactly as sent,` : ''}${entry.without.length > 0 ? `, without ${entry.without.join(', ')},` : ''} is from the agent's participant, visible to ${entry.visibility === 'All' ? 'all' : 'agents only'}, continuing the transcript's indices and times`,
            requirements: [
              id('ENTRY-01'),
              ...(echo ? [id('ECHO-01')] : []),
              ...(entry.without.length > 0 ? [id('NOTEXT-01')] : []),
              id('FROM-01'),
              id('VIS-01'),
              id('INDEX-01'),
              id('TIME-01'),
            ],
          },
          {
            title:
              entry.customer === 'sees it'
                ? `the customer's GMS transcript shows the ${entry.type} entry once, from the agent`
                : `the customer's GMS transcript never shows the ${entry.type} entry`,
            requirements: [id('CUSTOMER-01')],
          },
          restViewTest(false),
        ],
      },
    ],
    whole: [
      { name: d.kind, drive: async (target, hooks) => (await drives()).driveEntry(target, d.operation, d.kind, d.step, d.body, hooks) },
    ],
    // Its turn in the whole conversation; one that renames the agent comes late (no page says how later entries name it).
    conversation: { step: d.step, body: d.body, ...(entry.from === 'the agent, renamed' ? { position: 'late' as const } : {}) },
  };
  const errors = chattingRefusalScenario({ operation: d.operation, kind: d.kind, step: d.step, body: d.body, checks: d.errorChecks });
  return [main, errors];
}
