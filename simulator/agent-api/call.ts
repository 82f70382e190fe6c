/**
 * One authenticated call to the agent API, as the handlers see it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpSession } from '../model.ts';
import type { SimContext } from '../operations/operation.ts';
import type { Json } from '../operations/plan.ts';

export interface AgentCall {
  ctx: SimContext;
  req: IncomingMessage;
  res: ServerResponse;
  session: HttpSession;
  /** Headers every answer to this call carries (a new session cookie, the CSRF token on a GET). */
  headers: Record<string, string>;
  /** Answers HTTP 200 with `body` (default {"statusCode": 0}); `done` runs once it is written. */
  ok(body?: Json, done?: () => void): void;
}
