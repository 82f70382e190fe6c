/**
 * The conformance command's output, and Playwright's that it passes on, when they go to a pipe or a
 * file rather than a terminal. A reader that goes away (`npm run conformance | head`, a log collector
 * that stops) closes the pipe: a process writing to it then gets EPIPE, which Node throws. Playwright,
 * writing straight to it, died of it, and the run ended INCONCLUSIVE for nothing but its output. Here
 * Playwright writes to a pipe of the command's, which passes its output on while someone reads it and
 * drops it after: the run goes on to its verdict, its reports and its exit code. A terminal is given to
 * Playwright as it is (its colours and live progress line).
 */
import type { ChildProcess, StdioOptions } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/** The child's stdio: each of its output streams piped through this process where this process's is not a terminal. */
export function childStdio(): StdioOptions {
  return ['inherit', process.stdout.isTTY ? 'inherit' : 'pipe', process.stderr.isTTY ? 'inherit' : 'pipe'];
}

/** The reader went away: what is written after is dropped, never thrown. */
const gone = (err: NodeJS.ErrnoException) => err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED';

function passOn(from: Readable | null, to: Writable): void {
  if (!from) return;
  from.pipe(to, { end: false });
  to.on('error', (err: NodeJS.ErrnoException) => {
    if (!gone(err)) throw err;
    // Nobody reads any more: the child's output is read and dropped, so that it never waits on a full pipe.
    from.unpipe(to);
    from.resume();
  });
}

/**
 * This process's output dropped, never thrown, once its reader is gone (`npm run judge ... | head`):
 * the command ends as it would have, with its own exit code, instead of a stack trace for EPIPE.
 */
export function dropOutputWhenReaderGoes(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (!gone(err)) throw err;
    });
}

/**
 * This process's own output and the child's: passed on while read, dropped once the reader is gone.
 * Call once, with the child started with childStdio().
 */
export function passOutputOn(child: ChildProcess): void {
  dropOutputWhenReaderGoes();
  passOn(child.stdout, process.stdout);
  passOn(child.stderr, process.stderr);
}
