/**
 * The scenario of each operation that leaves the chat LeftChat (Leave outside a conference), derived
 * from the registry's declarations: the chat accepted, left, then every operation allowed only where
 * the chat is Chatting tried on it (CONV-LEFT-01): those that add an entry the customer would see must
 * be refused; the others (the user data operations, a notice to agents only) are an open choice.
 */
import type { OperationDecl } from '../contract/operation.ts';
import { refusedOnceLeft } from '../judges/conditions/left-chat.ts';
import { requestOf } from './ended-chat.ts';
import type { ScenarioDef } from './scenario.ts';

// The drive loads when a run is driven: listing the scenarios needs none.
const drives = () => import('./left-drive.ts');

/** Whether the operation's success adds an entry the customer sees (its declared entry's visibility). */
const writesToTheCustomer = (o: OperationDecl) => o.success.notifications.some((n) => n.entry?.customer === 'sees it');

export function leftChatScenarios(operations: readonly OperationDecl[]): ScenarioDef[] {
  return operations
    .filter((o) => o.success.stateAfter === 'LeftChat')
    .map((leaving) => {
      const tried = operations.filter(
        (o) => o !== leaving && o.allowedIn.states.includes('Chatting') && !o.allowedIn.states.includes('LeftChat'),
      );
      const probes = tried.map((o) => requestOf(o));
      const check = refusedOnceLeft(tried.filter(writesToTheCustomer).map((o) => o.name));
      const kind = `left-${leaving.prefix.toLowerCase()}`;
      return {
        kind,
        operation: leaving.name,
        subject: { layout: 'sequence', steps: ['left'], cause: 'left' },
        title: `After ${leaving.name}: what writes to the customer is refused`,
        checks: [check],
        runs: [
          {
            name: kind,
            shared: true,
            // The Accept's window, the leaving's, the probes'.
            windows: 3,
            drive: async (target) => (await drives()).driveLeftChat(target, leaving, probes),
            tests: [
              {
                title: `once the agent left the chat (${leaving.name}): every operation that adds an entry the customer would see is refused`,
                requirements: [check.requirement],
              },
            ],
          },
        ],
        whole: [{ name: kind, drive: async (target, hooks) => (await drives()).driveLeftChat(target, leaving, probes, hooks) }],
        corpus: {
          skip: `the engine's operators mutate each kind's first notification (here ${leaving.name}'s, which its own scenario's corpus mutates and this scenario does not judge): CONV-LEFT-01 is proven by the simulator's fault left-chat-answers-success`,
        },
      };
    });
}
