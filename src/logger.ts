// A small leveled logger: one line per event, context as JSON. Secrets registered with it are masked,
// so a token can never reach a log line even through an error message.
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, secrets: readonly string[] = [], write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const masks = secrets.filter((s) => s.length >= 8);
  const mask = (text: string) => masks.reduce((t, secret) => t.split(secret).join('[redacted]'), text);
  const log = (at: LogLevel) => (message: string, context?: Record<string, unknown>) => {
    if (ORDER[at] < ORDER[level]) return;
    const extra = context ? ` ${JSON.stringify(context, errorReplacer)}` : '';
    write(mask(`${new Date().toISOString()} ${at.toUpperCase()} ${message}${extra}`));
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message, stack: value.stack?.split('\n').slice(0, 4).join(' | ') };
  return value;
}
