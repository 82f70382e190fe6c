/**
 * `npm run simulator` stops cleanly on SIGINT and SIGTERM, says so, and stops serving, also with a
 * client connected, and also when the signal goes to npm (as a CI job or a process manager sends it).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { connect, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';

interface Started {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

async function start(command: string, args: string[]): Promise<Started> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const deadline = Date.now() + 20_000;
  let port = 0;
  while (!port && Date.now() < deadline) {
    const m = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
    if (m) port = Number(m[1]);
    else await new Promise((r) => setTimeout(r, 50));
  }
  if (!port) throw new Error(`the simulator did not start: ${output}`);
  return { child, port, output: () => output, exited };
}

/** A client that holds a connection open, as a pending long-poll does. */
function holdConnection(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write('GET /api/v2/me HTTP/1.1\r\nHost: x\r\n'); // headers never finished
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  test(`the simulator stops on ${signal}, with a client connected, and says so`, async () => {
    const sim = await start(process.execPath, ['--import', 'tsx', 'simulator/cli.ts', '--port', '0']);
    const held = await holdConnection(sim.port);
    sim.child.kill(signal);
    const code = await Promise.race([sim.exited, new Promise<string>((r) => setTimeout(() => r('still running after 6 s'), 6_000))]);
    held.destroy();
    expect(code, sim.output()).toBe(0);
    expect(sim.output()).toContain(`simulator: ${signal}: stopping`);
    expect(sim.output()).toContain('simulator stopped');
    expect(await accepts(sim.port)).toBe(false);
  });
}

test('npm run simulator stops when npm gets the signal (no simulator left serving behind it)', async () => {
  const sim = await start('npm', ['run', '-s', 'simulator', '--', '--port', '0']);
  sim.child.kill('SIGTERM');
  await Promise.race([sim.exited, new Promise((r) => setTimeout(r, 6_000))]);
  const deadline = Date.now() + 3_000;
  while ((await accepts(sim.port)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  expect(await accepts(sim.port), sim.output()).toBe(false);
});
