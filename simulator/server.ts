/**
 * The embedded GWS reference simulator: node `http` plus a real CometD server. This module puts the
 * parts together and serves them:
 *
 *   Agent side (GWS):  agent-api/ (Basic auth, JSESSIONID session, CSRF: sessions.ts), and the Bayeux
 *                      bridge at /api/v2/notifications (bayeux/: cometd-nodejs-server or faye), notifications on /v2/me/chats.
 *   Customer side (GMS Chat API v2): gms-api.ts, /genesys/2/chat/{serviceName}[/{chatId}/{action}].
 *
 * Behaviour follows docs/chat-accept-page.txt and docs/gws-chat-api-facts.md; where the docs are silent
 * (HTTP status of errors, the offer's state name, GMS error bodies) the choice is marked INFERRED.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { type Logger, pino } from 'pino';
import { NOTIFICATIONS_PATH } from '../helpers/contract/endpoints.ts';
import { redactHeaders, registerSecret } from '../helpers/evidence/redact.ts';
import { handleAgentApi } from './agent-api/router.ts';
import { createBayeuxBridge } from './bayeux/index.ts';
import { handleGmsApi } from './gms-api.ts';
import { HttpError, send, sendText } from './http.ts';
import { type AgentAccount, Model } from './model.ts';
import { findDeviation } from './operations/catalogue.ts';
import type { Deviation, SimContext } from './operations/operation.ts';
import type { Json } from './operations/plan.ts';
import { DEFAULT_PASSWORD, DEFAULT_SERVICES, type RunningSimulator, type SimulatorOptions } from './options.ts';
import type { SimSwitch } from './switches.ts';

export async function startSimulator(options: SimulatorOptions): Promise<RunningSimulator> {
  const operations = options.operations;
  const faultList = (options.faults ?? []).map((n) => findDeviation(operations, 'fault', n));
  const variantList = (options.variants ?? []).map((n) => findDeviation(operations, 'variant', n));
  // Variants first, then faults: the order their transforms apply in.
  const switchedOn = [...variantList, ...faultList];
  const deviations: Deviation[] = switchedOn.map((s) => s.deviation);
  const switches = new Set<SimSwitch>(deviations.flatMap((d) => d.switches ?? []));
  const on = (behaviour: SimSwitch) => switches.has(behaviour);
  const password = options.password ?? DEFAULT_PASSWORD;
  const accounts: AgentAccount[] = Array.isArray(options.agents)
    ? options.agents
    : Array.from({ length: options.agents ?? 4 }, (_, i) => ({ username: `agent${i + 1}`, password }));
  if (accounts.length === 0) throw new Error('agents: at least one agent account is needed');
  for (const a of accounts) registerSecret(a.password, 'permanent');
  const csrf = (options.csrf ?? true) && !on('csrf-off');
  const services = options.services ?? DEFAULT_SERVICES;
  const log: Logger = pino({ level: options.logLevel ?? 'warn', base: undefined }, options.logStream ?? process.stderr);
  const model = new Model({
    accounts,
    capacity: options.capacity ?? 1,
    uuidIds: on('uuid-ids'),
    ignorePasswords: on('password-not-checked'),
  });

  const timers = new Set<NodeJS.Timeout>();
  const bayeux = createBayeuxBridge(options.bayeux ?? 'cometd', { model, log, stamp: options.stamp ?? false, on });
  const ctx: SimContext = {
    model,
    log,
    csrf,
    bodyLimit: options.bodyLimit ?? 64 * 1024,
    services,
    deviations,
    operations: new Map(operations.map((o) => [o.handler.name, o.handler])),
    activeOf: (operation) => switchedOn.filter((s) => s.operation === operation).map((s) => s.deviation),
    on,
    apiBase: '',
    bayeux,
    later(ms, fn) {
      const t = setTimeout(() => {
        timers.delete(t);
        fn();
      }, ms);
      timers.add(t);
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://simulator.invalid');
    const path = url.pathname;
    log.debug({ method: req.method, path, headers: redactHeaders(req.headers) }, 'http request');
    try {
      if (path === NOTIFICATIONS_PATH || path.startsWith(`${NOTIFICATIONS_PATH}/`)) return bayeux.handle(req, res);
      if (path.startsWith('/api/v2/')) return await handleAgentApi(ctx, req, res, path, url.searchParams);
      if (path.startsWith('/genesys/2/chat/')) return await handleGmsApi(ctx, req, res, path);
      throw new HttpError(404, { statusCode: 6, statusMessage: `No resource ${path}` } as Json);
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (err instanceof HttpError) {
        if (err.text !== undefined) sendText(res, err.status, err.text, 'text/plain;charset=UTF-8', err.headers);
        // The statusCode alone says it failed (the docs fix no HTTP status for it).
        else if (on('errors-http-200') && path.startsWith('/api/v2/')) send(res, 200, err.body, err.headers);
        else send(res, err.status, err.body, err.headers);
        log.debug({ status: err.status, path }, 'http error');
        return;
      }
      log.error({ err: err instanceof Error ? err.message : String(err), path }, 'internal error');
      send(res, 500, { statusCode: 4, statusMessage: 'Internal error' });
    }
  }

  const server: Server = createServer((req, res) => {
    void handle(req, res);
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 30_000;
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://simulator.invalid').pathname;
    if (path === NOTIFICATIONS_PATH || path.startsWith(`${NOTIFICATIONS_PATH}/`)) bayeux.upgrade(req, socket, head);
    else socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const baseUrl = `http://${host}:${address.port}`;
  ctx.apiBase = `${baseUrl}/api/v2`;
  log.info({ baseUrl, faults: options.faults ?? [], variants: options.variants ?? [] }, 'simulator started');

  let stopped: Promise<void> | undefined;
  return {
    baseUrl,
    apiBase: ctx.apiBase,
    notificationsUrl: `${baseUrl}${NOTIFICATIONS_PATH}`,
    gmsBase: `${baseUrl}/genesys/2/chat`,
    services: [...services],
    agents: accounts.map((a) => ({ ...a })),
    bayeux: options.bayeux ?? 'cometd',
    faults: faultList.map((f) => f.deviation.name),
    variants: variantList.map((v) => v.deviation.name),
    csrf,
    stop() {
      stopped ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        bayeux.close();
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      return stopped;
    },
  };
}
