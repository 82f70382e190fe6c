/**
 * The simulator run as a separate server, in a child process (the bench, and the chaos of a whole run
 * against a server with one GMS service): its address, its GMS base, its accounts.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DEFAULT_PASSWORD } from './embedded-simulator.ts';

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

export interface ChildSim {
  baseUrl: string;
  gmsBase: string;
  pid: number;
  rssMiB(): number;
  stop(): Promise<void>;
}

/**
 * The simulator as a separate server (`npm run simulator`), on a free port, with `agents` accounts and
 * its one GMS service, and `faults` switched on.
 */
export async function childSimulator(agents: number, faults: readonly string[] = []): Promise<ChildSim> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'simulator/cli.ts',
      '--port',
      '0',
      '--agents',
      String(agents),
      '--stamp',
      '--log-level',
      'error',
      ...faults.flatMap((f) => ['--fault', f]),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`simulator exited ${code} before listening`)));
  });
  return {
    baseUrl,
    gmsBase: `${baseUrl}/genesys/2/chat`,
    pid: child.pid!,
    rssMiB: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      return m ? round(Number(m[1]) / 1024, 1) : NaN;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

export const account = (i: number) => ({ username: `agent${i}`, password: DEFAULT_PASSWORD });

/** GWS_AGENTS for the first `n` accounts of a child simulator. */
export function agentsSetting(n: number): string {
  return Array.from({ length: n }, (_, i) => `${account(i + 1).username}:${account(i + 1).password}`).join(',');
}
