// Progress on stderr (stdout carries the table): a live status line on a terminal, a line every few seconds otherwise.

const TTY = Boolean(process.stderr.isTTY);
const started = performance.now();

function clock(): string {
  const s = Math.round((performance.now() - started) / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

let live = false;

/** A finished step: printed on its own line. */
export function log(message: string): void {
  if (live) process.stderr.write('\r\x1b[K');
  live = false;
  process.stderr.write(`[${clock()}] ${message}\n`);
}

/** The step under way; on a terminal the line is rewritten, elsewhere it is printed at most every 10 s. */
let lastPrinted = 0;
let lastStatus = '';
export function status(message: string): void {
  if (TTY) {
    process.stderr.write(`\r\x1b[K[${clock()}] ${message}`);
    live = true;
    return;
  }
  const now = performance.now();
  const sameStep = message.replace(/ \d+s$/, '') === lastStatus.replace(/ \d+s$/, '');
  if (sameStep && now - lastPrinted < 10_000) return;
  lastPrinted = now;
  lastStatus = message;
  process.stderr.write(`[${clock()}] ${message}\n`);
}

export function elapsedSeconds(): number {
  return (performance.now() - started) / 1000;
}
