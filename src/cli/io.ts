// The streams a terminal command talks to, passed in so tests can run commands without a child process.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Whether stdout is a terminal (colours, prompts). */
  tty: boolean;
}

export function processIo(): Io {
  // A reader that stops early (`npm run ask ... | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, tty: Boolean(process.stdout.isTTY) };
}

export function println(stream: Writable, text = ''): void {
  stream.write(`${text}\n`);
}

/** Reads lines until end of input, calling `onLine` for each in order. */
export async function eachLine(stdin: Readable, onLine: (line: string) => void | Promise<void>): Promise<void> {
  const rl = createInterface({ input: stdin, crlfDelay: Infinity, terminal: false });
  for await (const line of rl) await onLine(line);
}
