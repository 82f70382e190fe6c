/**
 * The customer leaves: a chat offered and accepted (the way in), the customer disconnects (GMS
 * disconnect) while the agent is Chatting, and what the agent is sent then (CONV-CUSTOMER-04).
 */
import type { OperationDecl } from '../contract/operation.ts';
import { customerLeftSeen } from '../judges/conditions/conversation.ts';
import type { ScenarioDef } from './scenario.ts';

// The drive loads when a run is driven: listing the scenarios needs none.
const drives = () => import('./customer-leaves-drive.ts');

export function customerLeavesScenario(wayIn: OperationDecl): ScenarioDef {
  return {
    kind: 'customer-leaves',
    operation: wayIn.name,
    subject: { layout: 'sequence', steps: ['customer-leaves'], cause: 'customer-leaves' },
    title: 'The customer leaves while the agent is Chatting',
    checks: [customerLeftSeen('CONV-CUSTOMER-04')],
    runs: [
      {
        name: 'customer-leaves',
        shared: true,
        // The Accept's window, then the customer's leaving's.
        windows: 2,
        drive: async (target) => (await drives()).driveCustomerLeaves(target, wayIn),
        tests: [
          {
            title: "the customer disconnects (GMS): the agent is sent a ParticipantLeft entry from the customer's participant",
            requirements: ['CONV-CUSTOMER-04'],
          },
        ],
      },
    ],
    whole: [{ name: 'customer-leaves', drive: async (target, hooks) => (await drives()).driveCustomerLeaves(target, wayIn, hooks) }],
    corpus: {
      skip: "the engine's operators mutate each kind's first notification (here the way in's, which its own scenario's corpus mutates and this scenario does not judge): CONV-CUSTOMER-04 is proven by the simulator's fault customer-leaves-unseen",
    },
  };
}
