/**
 * Before a CometD session over WebSocket, one plain upgrade of the CometD endpoint with the agent's own
 * Cookie and credentials: it says in one line what the server did (accepted, refused with an HTTP
 * status, not reachable) instead of the CometD client's retries, each printing "Could not negotiate
 * transport". A refused upgrade (other than a refusal of the credentials) means a server that serves
 * CometD over long-polling only: the session falls back to it.
 */
import { WebSocket } from 'ws';

export type Preflight = { ok: true } | { ok: false; fallBack: true; why: string } | { ok: false; fallBack: false; why: string };

export function websocketPreflight(url: string, headers: Record<string, string>, timeoutMs: number): Promise<Preflight> {
  const wsUrl = url.replace(/^http/, 'ws');
  return new Promise((resolve) => {
    let settled = false;
    const done = (p: Preflight) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(p);
    };
    const socket = new WebSocket(wsUrl, { headers, handshakeTimeout: timeoutMs });
    const timer = setTimeout(() => {
      socket.terminate();
      done({ ok: false, fallBack: false, why: `the WebSocket upgrade at ${wsUrl} got no answer within ${timeoutMs} ms` });
    }, timeoutMs);
    socket.on('open', () => {
      socket.close();
      done({ ok: true });
    });
    socket.on('unexpected-response', (_req, res) => {
      const status = res.statusCode ?? 0;
      res.resume();
      socket.terminate();
      if (status === 401 || status === 403)
        done({
          ok: false,
          fallBack: false,
          why: `the WebSocket upgrade at ${wsUrl} was refused with HTTP ${status}: the server refused the agent's credentials or session`,
        });
      else done({ ok: false, fallBack: true, why: `the WebSocket upgrade at ${wsUrl} was refused with HTTP ${status}` });
    });
    socket.on('error', (err) => {
      socket.terminate();
      done({ ok: false, fallBack: false, why: `the WebSocket upgrade at ${wsUrl} failed: ${err.message}` });
    });
  });
}
