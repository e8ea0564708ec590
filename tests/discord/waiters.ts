/**
 * Time-bounded waiting on the fake server's recorded state. A waiter re-checks its probe every time the server records
 * something (`notify()`), resolves with the probe's first non-undefined result, and rejects after its timeout with a
 * message saying what it was waiting for and what it saw. `closeAll()` rejects everything still pending.
 */

interface PendingWaiter {
  check: () => boolean;
  fail: (error: Error) => void;
}

export class WaitTimeoutError extends Error {
  override name = 'WaitTimeoutError';
}

export class Waiters {
  readonly #pending = new Set<PendingWaiter>();
  #closed = false;

  constructor(readonly defaultTimeoutMs: number) {}

  /**
   * Resolve with `probe()` as soon as it returns something other than undefined (checked now and after every notify).
   * `describe` is called on timeout to explain what was expected and what was seen.
   */
  waitFor<T>(probe: () => T | undefined, describe: () => string, timeoutMs: number = this.defaultTimeoutMs): Promise<T> {
    if (this.#closed) return Promise.reject(new Error(`fake discord is closed; cannot wait for ${describe()}`));
    const first = probe();
    if (first !== undefined) return Promise.resolve(first);
    const startedAt = Date.now();
    return new Promise<T>((resolve, reject) => {
      const waiter: PendingWaiter = {
        check: () => {
          let value: T | undefined;
          try {
            value = probe();
          } catch (error) {
            finish();
            reject(error instanceof Error ? error : new Error(String(error)));
            return true;
          }
          if (value === undefined) return false;
          finish();
          resolve(value);
          return true;
        },
        fail: (error) => {
          finish();
          reject(error);
        },
      };
      const timer = setTimeout(() => {
        waiter.fail(new WaitTimeoutError(`timed out after ${Date.now() - startedAt} ms waiting for ${describe()}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.#pending.delete(waiter);
      };
      this.#pending.add(waiter);
    });
  }

  /** Re-check every pending waiter (call after recording anything). */
  notify(): void {
    for (const waiter of [...this.#pending]) waiter.check();
  }

  closeAll(reason = 'fake discord closed'): void {
    this.#closed = true;
    for (const waiter of [...this.#pending]) waiter.fail(new Error(reason));
  }
}

/** A promise that resolves after `ms`, without keeping the process alive. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
