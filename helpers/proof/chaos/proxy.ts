/**
 * A fault-injecting proxy the chaos tests put between the suite and a target (HTTP, long-polling and
 * WebSocket). It forwards everything, and once, on the first matching request after a moment, does
 * what a bad network or gateway does: drops a long-poll in flight or the answer that carried
 * messages, delays or stalls an answer, resets a connection, answers 502 or 503 itself, tells the
 * CometD client its session is gone (re-handshake), or drops a WebSocket.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export type NetFaultKind =
  | 'drop-longpoll'
  | 'drop-response'
  | 'delay'
  | 'stall'
  | 'reset'
  | 'gateway'
  | 'rehandshake'
  | 'drop-socket'
  // At `afterMs` after the first connection, every connection open through the proxy is cut at once
  // (a load balancer's restart).
  | 'cut-all';

export interface NetFault {
  kind: NetFaultKind;
  /** From the proxy's start: the fault fires on the first matching request after this. */
  afterMs: number;
  /** Which requests: the REST API, the CometD long-polls, or any. */
  on: 'rest' | 'cometd' | 'any';
  /** delay: how long; gateway: the status. */
  ms?: number;
  status?: 502 | 503;
  /** The fault fires on the `nth` matching request after `afterMs` (default the first): a moment fixed by the run's own steps, not by the clock. */
  nth?: number;
}

export interface Proxy {
  url: string;
  /** What the proxy did, for the chaos report. */
  fired: string[];
  stop(): Promise<void>;
}

const isCometd = (path: string) => path.startsWith('/api/v2/notifications');

/**
 * `prefix`: the proxy serves the target under this path prefix (as a reverse proxy that publishes GWS at
 * https://host/gws does): it strips the prefix before forwarding, and answers anything outside it with a
 * web server's HTML 404 page.
 */
export async function startProxy(target: string, fault: NetFault | undefined, options: { prefix?: string } = {}): Promise<Proxy> {
  const upstream = new URL(target);
  const prefix = options.prefix?.replace(/\/+$/, '');
  /** The request's path as the target sees it, or undefined when it is outside the prefix. */
  const unprefixed = (url: string): string | undefined => {
    if (!prefix) return url;
    if (url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`)) return url.slice(prefix.length) || '/';
    return undefined;
  };
  const started = Date.now();
  const fired: string[] = [];
  let spent = false;
  let matched = 0;
  const sockets = new Set<Socket | Duplex>();

  /** Does this request take the fault? Once only. */
  const takes = (path: string, body: string): boolean => {
    if (!fault || spent || fault.kind === 'cut-all' || Date.now() - started < fault.afterMs) return false;
    const cometd = isCometd(path);
    if (fault.on === 'rest' && (cometd || !path.startsWith('/api/'))) return false;
    if (fault.on === 'cometd' && !cometd) return false;
    if (
      (fault.kind === 'drop-longpoll' || fault.kind === 'drop-response' || fault.kind === 'rehandshake') &&
      !body.includes('/meta/connect')
    )
      return false;
    if (++matched < (fault.nth ?? 1)) return false;
    spent = true;
    fired.push(`${fault.kind} on ${path} at ${Date.now() - started} ms`);
    return true;
  };

  const forward = (
    req: IncomingMessage,
    body: Buffer,
    onAnswer: (status: number, headers: IncomingMessage['headers'], data: Buffer) => void,
    onError: () => void,
  ) => {
    const out = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: unprefixed(req.url ?? '/'),
        headers: { ...req.headers, host: upstream.host },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => onAnswer(res.statusCode ?? 502, res.headers, Buffer.concat(chunks)));
        res.on('error', onError);
      },
    );
    out.on('error', onError);
    out.end(body);
    return out;
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const inside = unprefixed(req.url ?? '/');
      if (inside === undefined) {
        res.writeHead(404, { 'content-type': 'text/html' });
        res.end('<!DOCTYPE html><html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>');
        return;
      }
      const path = new URL(inside, 'http://proxy.invalid').pathname;
      const fault_ = takes(path, body.toString('utf8')) ? fault : undefined;
      const write = (status: number, headers: IncomingMessage['headers'], data: Buffer) => {
        if (res.destroyed) return;
        const { 'transfer-encoding': _te, connection: _c, ...rest } = headers;
        res.writeHead(status, { ...rest, 'content-length': String(data.length) });
        res.end(data);
      };
      const broken = () => res.destroy();
      switch (fault_?.kind) {
        case 'reset':
          req.socket.destroy();
          return;
        case 'gateway': {
          const status = fault_.status ?? 502;
          res.writeHead(status, { 'content-type': 'text/html' });
          res.end(`<html><body><h1>${status} ${status === 502 ? 'Bad Gateway' : 'Service Unavailable'}</h1></body></html>`);
          return;
        }
        case 'rehandshake': {
          // The answer a CometD server gives a client it no longer knows, to each message of the request.
          let messages: { id?: string; channel?: string }[] = [];
          try {
            messages = ([] as { id?: string; channel?: string }[]).concat(JSON.parse(body.toString('utf8')));
          } catch {
            // not JSON: answered as a single connect
          }
          const replies = (messages.length > 0 ? messages : [{ channel: '/meta/connect' }]).map((m) => ({
            ...(m.id ? { id: m.id } : {}),
            channel: m.channel ?? '/meta/connect',
            successful: false,
            error: '402::Unknown client',
            advice: { reconnect: 'handshake', interval: 0 },
          }));
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify(replies));
          return;
        }
        case 'stall':
          return; // never answered: the client's own timeout decides
        case 'drop-longpoll': {
          const out = forward(req, body, write, broken);
          setTimeout(() => {
            out.destroy();
            req.socket.destroy();
          }, 50);
          return;
        }
        case 'drop-response':
          forward(req, body, () => req.socket.destroy(), broken);
          return;
        case 'delay':
          forward(req, body, (s, h, d) => setTimeout(() => write(s, h, d), fault_.ms ?? 500), broken);
          return;
        default:
          forward(req, body, write, broken);
      }
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const inside = unprefixed(req.url ?? '/');
    if (inside === undefined) {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const out = connect(Number(upstream.port), upstream.hostname, () => {
      const lines = [`${req.method} ${inside} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        const name = req.rawHeaders[i];
        lines.push(`${name}: ${name.toLowerCase() === 'host' ? upstream.host : req.rawHeaders[i + 1]}`);
      }
      out.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) out.write(head);
      out.pipe(socket);
      socket.pipe(out);
    });
    sockets.add(socket);
    sockets.add(out);
    const close = () => {
      socket.destroy();
      out.destroy();
    };
    out.on('error', close);
    socket.on('error', close);
    out.on('close', close);
    socket.on('close', close);
    if (fault?.kind === 'drop-socket' && !spent) {
      const wait = Math.max(0, fault.afterMs - (Date.now() - started));
      setTimeout(() => {
        if (spent || socket.destroyed) return;
        spent = true;
        fired.push(`drop-socket at ${Date.now() - started} ms`);
        close();
      }, wait);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  // cut-all: `afterMs` counts from the first connection (a run's first request), not the proxy's start.
  let cut: NodeJS.Timeout | undefined;
  let firstAt = 0;
  if (fault?.kind === 'cut-all')
    server.once('connection', () => {
      firstAt = Date.now();
      cut = setTimeout(() => {
        spent = true;
        fired.push(`cut-all: ${sockets.size} connections at ${Date.now() - firstAt} ms after the first`);
        for (const s of sockets) s.destroy();
      }, fault.afterMs);
    });
  return {
    url: `http://127.0.0.1:${port}`,
    fired,
    stop: () =>
      new Promise<void>((resolve) => {
        clearTimeout(cut);
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
