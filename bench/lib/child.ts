// Runs a measuring module in a fresh Node process (tsx loader, --expose-gc), relays its progress, returns its result.
import { fork } from 'node:child_process';
import { join } from 'node:path';
import { BENCH, ROOT } from './paths.js';
import { status } from './progress.js';
import type { ChildMessage } from './protocol.js';

export interface ChildOptions {
  /** Shown in progress lines. */
  label: string;
  /** V8 old-space limit in MB; large corpora need more than Node's default. */
  maxOldSpaceMb?: number;
  timeoutMs?: number;
}

export function runChild<T>(module: string, task: unknown, options: ChildOptions): Promise<T> {
  const execArgv = ['--import', 'tsx', '--expose-gc', ...(options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : [])];
  const child = fork(join(BENCH, module), [], { cwd: ROOT, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const started = performance.now();
  let step = 'starting';
  let stepStarted = started;
  const tick = () => status(`${options.label}: ${step} ${Math.round((performance.now() - stepStarted) / 1000)}s`);
  const timer = setInterval(tick, 1000);
  return new Promise<T>((resolve, reject) => {
    let result: T | undefined;
    let failure: string | undefined;
    const kill = options.timeoutMs
      ? setTimeout(() => {
          failure = `timed out after ${Math.round(options.timeoutMs! / 1000)} s during "${step}"`;
          child.kill('SIGKILL');
        }, options.timeoutMs)
      : undefined;
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'step') {
        step = message.step;
        stepStarted = performance.now();
        tick();
      } else if (message.type === 'result') result = message.result as T;
      else failure = message.message;
    });
    child.on('exit', (code, signal) => {
      clearInterval(timer);
      if (kill) clearTimeout(kill);
      if (result !== undefined) resolve(result);
      else reject(new Error(`${options.label}: ${failure ?? `child exited with ${signal ?? code} before reporting`}`));
    });
    child.send(task as object);
  });
}
