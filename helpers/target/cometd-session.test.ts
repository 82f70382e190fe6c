/**
 * The websocket transport: cometd-nodejs-client's WebSocket sends no cookies by itself, so the session
 * passes its agent's Cookie and credentials on the upgrade. The embedded simulator has no WebSocket;
 * this test stands up a minimal Bayeux-over-WebSocket responder (handshake, subscribe, one pushed
 * message) that records each upgrade's headers, and opens two agents' sessions at once.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { WebSocketServer } from 'ws';
import { TranscriptRecorder } from '../evidence/transcript.ts';
import { CometdSession } from './cometd-session.ts';

test("each agent's WebSocket upgrade carries its own session cookie and credentials, never another's", async () => {
  const upgrades: { cookie?: string; authorization?: string }[] = [];
  const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server.on('connection', (socket, req: IncomingMessage) => {
    upgrades.push({ cookie: req.headers.cookie, authorization: req.headers.authorization });
    const clientId = `client-${upgrades.length}`;
    socket.on('message', (raw) => {
      for (const m of JSON.parse(raw.toString()) as { channel: string; id?: string; subscription?: string }[]) {
        const reply = (extra: object) =>
          socket.send(JSON.stringify([{ channel: m.channel, id: m.id, successful: true, clientId, ...extra }]));
        if (m.channel === '/meta/handshake')
          reply({ version: '1.0', supportedConnectionTypes: ['websocket'], advice: { reconnect: 'retry', interval: 0, timeout: 20000 } });
        else if (m.channel === '/meta/subscribe') {
          reply({ subscription: m.subscription });
          socket.send(JSON.stringify([{ channel: '/v2/me/chats', data: { messageType: 'ChatStateChangeMessage', pushedTo: clientId } }]));
        } else if (m.channel === '/meta/disconnect') reply({});
        // /meta/connect is held, as a long poll would be
      }
    });
  });
  await new Promise((r) => server.once('listening', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2/notifications`;
  const recorder = new TranscriptRecorder({ baseUrl: url });
  const agents = [
    { actor: 'agentA', cookie: 'JSESSIONID=AAAAAAAAAAAAAAAA', headers: { Authorization: 'Basic QUFBQUFB' } },
    { actor: 'agentB', cookie: 'JSESSIONID=BBBBBBBBBBBBBBBB', headers: { Authorization: 'Basic QkJCQkJC' } },
  ];
  try {
    const sessions = await Promise.all(
      agents.map((a) => CometdSession.open({ url, transport: 'websocket', recorder, timeoutMs: 5000, ...a })),
    );
    await Promise.all(sessions.map((s) => s.subscribe('/v2/me/chats')));
    await recorder.until(() => recorder.bayeux().length >= 2, 5000);
    expect(upgrades.length).toBeGreaterThanOrEqual(2);
    for (const u of upgrades) {
      const agent = agents.find((a) => a.headers.Authorization === u.authorization);
      expect(agent, "every upgrade carries one of the agents' credentials").toBeDefined();
      expect(u.cookie).toBe(agent!.cookie);
    }
    expect(new Set(upgrades.map((u) => u.cookie))).toEqual(new Set(agents.map((a) => a.cookie)));
    expect(
      recorder
        .bayeux()
        .map((e) => e.actor)
        .sort(),
    ).toEqual(['agentA', 'agentB']);
    await Promise.all(sessions.map((s) => s.close()));
  } finally {
    server.close();
  }
});
