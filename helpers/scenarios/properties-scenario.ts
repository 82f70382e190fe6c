/**
 * The scenarios of an operation that changes a chat's userData, from its declaration: the operation in
 * an accepted chat that started with userData of its own (its tests grouped as for every such
 * operation), and its error cases.
 */
import type { ChatOperationRequest } from '../contract/generated/payloads.ts';
import { declaredUserData, type OperationDecl } from '../contract/operation.ts';
import type { PropertiesOperationId } from '../judges/catalogue/properties-operation.ts';
import type { Check } from '../judges/check.ts';
import { restViewChecks, restViewTest } from '../judges/conditions/rest-view.ts';
import { chattingRefusalScenario } from './refusal-scenario.ts';
import type { ScenarioDef } from './scenario.ts';

// The drives load when a run is driven: listing the scenarios needs none.
const drives = () => import('./properties-drive.ts');

export interface PropertiesScenariosDecl<P extends string> {
  operation: OperationDecl & { prefix: P };
  kind: string;
  step: string;
  title: string;
  body: ChatOperationRequest;
  checks: readonly Check<PropertiesOperationId<P>>[];
  errorChecks: readonly Check<PropertiesOperationId<P>>[];
}

export function propertiesScenarios<P extends string>(d: PropertiesScenariosDecl<P>): ScenarioDef[] {
  const change = declaredUserData(d.operation);
  if (!change) throw new Error(`${d.operation.name} declares no userData change`);
  const id = (x: string) => `${d.operation.prefix}-${x}` as PropertiesOperationId<P>;
  const name = d.operation.name;
  const drive = async (target: Parameters<ScenarioDef['runs'][number]['drive']>[0], hooks = {}) =>
    (await drives()).driveProperties(target, d.operation, d.kind, d.step, d.body, hooks);
  const main: ScenarioDef = {
    kind: d.kind,
    operation: name,
    subject: { layout: 'sequence', steps: [d.step], cause: d.step },
    title: d.title,
    checks: [...d.checks, ...restViewChecks(d.operation, d.step)],
    runs: [
      {
        name: d.kind,
        drive: (target) => drive(target),
        shared: true,
        // The Accept's window, then its own.
        windows: 2,
        tests: [
          { title: `the agent sends ${name} in its chat: HTTP 200, {"statusCode": 0}`, requirements: [id('HTTP-01'), id('RESP-01')] },
          {
            title:
              "then one PropertiesUpdated arrives on /v2/me/chats, as documented: the whole chat, still Chatting, with its participants and capabilities, the request's referenceId, and nothing else",
            requirements: [
              id('SEQ-01'),
              id('CHANNEL-01'),
              id('SCHEMA-01'),
              id('CHAT-01'),
              id('STATE-01'),
              id('REFID-01'),
              id('PART-01'),
              id('CAPS-01'),
              id('QUIET-01'),
            ],
          },
          {
            title:
              change.change === 'set'
                ? `its userData holds each key sent with its value, of the same JSON type, and every other key as it was`
                : `its userData holds none of the keys sent, and every other key as it was`,
            requirements: [id('DATA-01'), id('DATA-02')],
          },
          restViewTest(true),
        ],
      },
    ],
    whole: [{ name: d.kind, drive: (target, hooks) => drive(target, hooks) }],
    // Its turn in the whole conversation, the chat's REST view read before it.
    conversation: { step: d.step, body: d.body, rest: true },
  };
  const errors = chattingRefusalScenario({ operation: d.operation, kind: d.kind, step: d.step, body: d.body, checks: d.errorChecks });
  return [main, errors];
}
