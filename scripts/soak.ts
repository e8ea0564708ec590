// npm run soak [-- --interactions N --messages N --concurrency N --json]
// Load and soak: the real bot (src/discord/bot.ts, in a child process so its heap is measured alone) answers N
// interactions and N channel questions sent through the local Discord-compatible server as fast as the bot takes
// them (a window of `concurrency` unanswered questions per stream). Prints every question answered exactly once,
// lost or duplicated, round-trip percentiles, the bot's heap before and after, and unhandled rejections.
// Channel answers are paced by discord.js to Discord's global 50 requests/s, two each (typing, then the reply),
// so 10,000 of them take about 7 minutes; interaction callbacks are exempt and take well under one.
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { scriptOptions } from '../src/cli/args.js';
import { parseConfig } from '../src/config.js';
import { EngineStore } from '../src/core/engine-store.js';
import { startBot } from '../src/discord/bot.js';
import { createLogger } from '../src/logger.js';
import { startFakeDiscord, type FakeDiscord } from '../tests/discord/fake-discord.js';

export interface SoakOptions {
  interactions: number;
  messages: number;
  /** Unanswered questions allowed in flight, per stream. */
  concurrency: number;
  /** Distinct askers (the cooldown is off, as it would throttle one user's burst). */
  users: number;
  /** Give up on a question not answered after this long. */
  timeoutMs: number;
  log: (line: string) => void;
}

export interface StreamFigures {
  sent: number;
  answered: number;
  lost: number;
  duplicated: number;
  /** Answered with an error (an apology or a 4xx/5xx from the server). */
  failed: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Answered per second, from the end of warm-up until the stream's last answer. */
  perSecond: number;
}

export interface SoakFigures {
  interactions: StreamFigures;
  messages: StreamFigures;
  seconds: number;
  heapMB: { cold: number; before: number; after: number; growth: number };
  /** Share of one core the bot used while measured (1 = a full core). */
  botCpu: number;
  rssMB: { before: number; after: number };
  unhandledRejections: number;
  uncaughtExceptions: number;
  errorLogLines: number;
  pagingSessions: number;
}

interface BotReport {
  heapUsed: number;
  rss: number;
  /** CPU time the bot process has used so far. */
  cpuMs: number;
  rejections: number;
  uncaught: number;
  errors: number;
  sessions: number;
}

const QUESTIONS: string[] = (parse(readFileSync('tests/eval/summit.questions.yaml', 'utf8')) as { q: string }[]).map((x) => x.q);
const MB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Child side: the bot as `npm start` runs it, plus a heap probe over IPC. */
async function runBotChild(): Promise<void> {
  const counts = { rejections: 0, uncaught: 0, errors: 0 };
  process.on('unhandledRejection', (reason) => {
    counts.rejections++;
    process.stderr.write(`unhandled rejection: ${String(reason)}\n`);
  });
  process.on('uncaughtException', (error) => {
    counts.uncaught++;
    process.stderr.write(`uncaught exception: ${error.stack ?? String(error)}\n`);
  });
  const parsed = parseConfig(process.env);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const opened = await EngineStore.open(parsed.config.CORPUS_DIR);
  if (!opened.ok) throw new Error('the corpus is invalid');
  const token = parsed.config.DISCORD_TOKEN ?? '';
  const logger = createLogger('warn', [token], (line) => {
    if (line.includes(' ERROR ')) counts.errors++;
    if (counts.errors + counts.rejections < 20) process.stderr.write(`${line}\n`);
  });
  const bot = await startBot(parsed.config, opened.store, { logger });
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on('message', (message: string) => {
    if (message === 'report') {
      // Collect twice: the second pass frees what the first one's finalizers released.
      gc?.();
      gc?.();
      const { heapUsed, rss } = process.memoryUsage();
      const cpu = process.cpuUsage();
      process.send?.({ heapUsed, rss, cpuMs: (cpu.user + cpu.system) / 1000, ...counts, sessions: bot.context.paging.size } satisfies BotReport);
    } else if (message === 'stop') void bot.stop().then(() => process.exit(0));
  });
  process.send?.('ready');
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!);
}

function figures(sent: number, answers: Map<string, { replies: Set<string>; failed: boolean; ms?: number }>, measured: number, seconds: number): StreamFigures {
  let answered = 0;
  let duplicated = 0;
  let failed = 0;
  const ms: number[] = [];
  for (const a of answers.values()) {
    if (a.replies.size >= 1) answered++;
    if (a.replies.size > 1) duplicated++;
    if (a.failed) failed++;
    if (a.ms !== undefined) ms.push(a.ms);
  }
  ms.sort((x, y) => x - y);
  return {
    sent,
    answered,
    lost: sent - answered,
    duplicated,
    failed,
    p50Ms: percentile(ms, 50),
    p99Ms: percentile(ms, 99),
    maxMs: Math.round(ms.at(-1) ?? 0),
    perSecond: seconds > 0 ? Math.round(measured / seconds) : 0,
  };
}

class BotChild {
  private constructor(readonly child: ChildProcess, private readonly output: string[]) {}

  static async start(fake: FakeDiscord): Promise<BotChild> {
    const output: string[] = [];
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      env: {
        PATH: process.env.PATH ?? '',
        DISCORD_TOKEN: fake.token,
        DISCORD_API_BASE: fake.apiBase,
        DISCORD_GUILD_ID: fake.guild.id,
        CORPUS_DIR: 'corpus',
        CACHE_DIR: 'off',
        COOLDOWN_SECONDS: '0',
        LOG_LEVEL: 'warn',
        SOAK_ROLE: 'bot',
      },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    child.stdout?.on('data', (d) => output.push(String(d)));
    child.stderr?.on('data', (d) => output.push(String(d)));
    const ready = new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the bot exited with ${code}: ${output.join('')}`)));
    });
    await ready;
    return new BotChild(child, output);
  }

  report(): Promise<BotReport> {
    return new Promise((resolve) => {
      this.child.once('message', (m) => resolve(m as BotReport));
      this.child.send('report');
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.send('stop');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }

  get log(): string {
    return this.output.join('');
  }
}

/** One stream of questions, at most `concurrency` unanswered at a time. */
interface Stream {
  name: string;
  send: (i: number) => string;
  answers: Map<string, { replies: Set<string>; failed: boolean; ms?: number; sentAt: number }>;
  inFlight: Set<string>;
  sent: number;
}

export async function runSoak(options: Partial<SoakOptions> = {}): Promise<SoakFigures> {
  const o: SoakOptions = { interactions: 10_000, messages: 10_000, concurrency: 32, users: 100, timeoutMs: 30_000, log: () => undefined, ...options };
  const channels = ['general', 'questions-1', 'questions-2', 'questions-3'];
  const fake = await startFakeDiscord({ guilds: [{ channels: channels.map((name) => ({ name })) }], timeoutMs: o.timeoutMs });
  const bot = await BotChild.start(fake);
  try {
    await fake.waitFor(() => (fake.commands(fake.guild.id).some((c) => c.name === 'ask') ? true : undefined), 'the bot to register its commands', { timeoutMs: 20_000 });
    const cold = await bot.report();
    const users = Array.from({ length: o.users }, (_, i) => fake.makeUser({ username: `asker-${i}` }));
    const topics = fake.commands(fake.guild.id).filter((c) => !['ask', 'sources', 'help', 'reload'].includes(c.name)).map((c) => c.name);
    const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;
    /** Interaction ids by token, for the webhook routes (edits, follow-ups), kept after the server forgets them. */
    const tokens = new Map<string, string>();

    // Interactions: mostly /ask (some private), then topic commands, autocomplete, /sources and /help.
    const interactionStream: Stream = {
      name: 'interactions',
      answers: new Map(),
      inFlight: new Set(),
      sent: 0,
      send: (i) => {
        const user = pick(users, i * 7);
        const kind = i % 20;
        const handle =
          kind < 13 ? fake.slashCommand({ name: 'ask', options: { question: pick(QUESTIONS, i), ...(kind === 0 ? { private: true } : {}) }, user })
          : kind < 15 ? fake.slashCommand({ name: pick(topics, i), user })
          : kind < 18 ? fake.autocomplete({ name: 'ask', options: { question: pick(QUESTIONS, i).slice(0, 1 + (i % 30)) }, user })
          : kind < 19 ? fake.slashCommand({ name: 'sources', user })
          : fake.slashCommand({ name: 'help', user });
        tokens.set(handle.token, handle.id);
        return handle.id;
      },
    };
    const messageStream: Stream = {
      name: 'messages',
      answers: new Map(),
      inFlight: new Set(),
      sent: 0,
      send: (i) => {
        const channel = pick(fake.guild.channels, i);
        return fake.messageCreate({ content: `${fake.mention()} ${pick(QUESTIONS, i * 3)}`, author: pick(users, i * 11), channelId: channel.id }).id;
      },
    };
    const byId = new Map<string, Stream>();
    const deferred = new Set<string>();
    let scanned = 0;
    let unexpected = 0;

    /** Reads the server's new records: callbacks and edits answer interactions, replies answer messages. */
    const scan = (): void => {
      const requests = fake.state.requests;
      for (; scanned < requests.length; scanned++) {
        const r = requests[scanned]!;
        if (r.status === 0) break;
        const ok = r.status >= 200 && r.status < 300;
        const callback = /^\/interactions\/(\d+)\/[^/]+\/callback$/.exec(r.path);
        const edit = r.method === 'PATCH' ? /^\/webhooks\/\d+\/([^/]+)\/messages\/@original$/.exec(r.path) : null;
        const followUp = r.method === 'POST' ? /^\/webhooks\/\d+\/([^/]+)$/.exec(r.path) : null;
        const reply = r.method === 'POST' ? /^\/channels\/\d+\/messages$/.exec(r.path) : null;
        let id: string | undefined;
        let final = false;
        if (callback) {
          id = callback[1]!;
          const type = (r.body as { type?: number } | undefined)?.type;
          const content = (r.body as { data?: { content?: string } } | undefined)?.data?.content ?? '';
          if (type === 5 && ok) deferred.add(id);
          else final = true;
          const a = interactionStream.answers.get(id);
          if (a && (!ok || content.startsWith('Something went wrong'))) a.failed = true;
          if (a && final && ok) a.replies.add(`${r.seq}`);
        } else if (edit) {
          id = tokens.get(edit[1]!);
          if (id && deferred.has(id)) {
            final = true;
            interactionStream.answers.get(id)?.replies.add(`${r.seq}`);
          }
        } else if (followUp) {
          // The bot never follows up an answer it could send: one here is a second answer (or an apology).
          id = tokens.get(followUp[1]!);
          const a = id ? interactionStream.answers.get(id) : undefined;
          if (a && ok) a.replies.add(`${r.seq}`);
          if (a) a.failed ||= !ok || String((r.body as { content?: string } | undefined)?.content).startsWith('Something went wrong');
          final = true;
        } else if (reply) {
          id = (r.body as { message_reference?: { message_id?: string } } | undefined)?.message_reference?.message_id;
          const a = id ? messageStream.answers.get(id) : undefined;
          if (a && ok) a.replies.add((r.responseBody as { id: string }).id);
          if (a && !ok) a.failed = true;
          final = true;
        } else if (!ok && r.method !== 'GET') unexpected++;
        if (!id || !final) continue;
        const stream = byId.get(id);
        const a = stream?.answers.get(id);
        if (!stream || !a) continue;
        a.ms ??= r.at - a.sentAt;
        stream.inFlight.delete(id);
      }
    };

    const keep = (id: string) => interactionStream.inFlight.has(id) || messageStream.inFlight.has(id);
    let sinceTrim = 0;
    const pump = async (stream: Stream, upTo: number): Promise<void> => {
      while (stream.sent < upTo) {
        while (stream.inFlight.size < o.concurrency && stream.sent < upTo) {
          const id = stream.send(stream.sent++);
          stream.answers.set(id, { replies: new Set(), failed: false, sentAt: Date.now() });
          stream.inFlight.add(id);
          byId.set(id, stream);
          sinceTrim++;
        }
        await fake
          .waitFor(() => (scan(), stream.inFlight.size < o.concurrency ? true : undefined), `${stream.name} to be answered`, { timeoutMs: o.timeoutMs })
          .catch(() => stream.inFlight.clear());
        if (sinceTrim > 2000) {
          // Keep the server's records small; everything already scanned is counted.
          scan();
          fake.forgetHistory(keep);
          scanned = 0;
          sinceTrim = 0;
        }
      }
    };
    const drain = async (stream: Stream) => {
      await fake.waitFor(() => (scan(), stream.inFlight.size === 0 ? true : undefined), `the last ${stream.name}`, { timeoutMs: o.timeoutMs }).catch(() => undefined);
    };

    // Warm-up (a tenth, at most 500 each): the heap "before" is measured once caches and JIT have settled.
    const warm = (n: number) => Math.min(500, Math.floor(n / 10));
    await Promise.all([pump(interactionStream, warm(o.interactions)), pump(messageStream, warm(o.messages))]);
    await Promise.all([drain(interactionStream), drain(messageStream)]);
    const before = await bot.report();
    o.log(`warm-up done: heap ${MB(before.heapUsed)} MB`);
    const started = performance.now();
    const progress = setInterval(() => o.log(`sent ${interactionStream.sent} interactions, ${messageStream.sent} messages`), 5000);
    const finished = { interactions: 0, messages: 0 };
    const run = async (stream: Stream, total: number, key: keyof typeof finished) => {
      await pump(stream, total);
      await drain(stream);
      finished[key] = (performance.now() - started) / 1000;
    };
    await Promise.all([run(interactionStream, o.interactions, 'interactions'), run(messageStream, o.messages, 'messages')]);
    clearInterval(progress);
    const seconds = (performance.now() - started) / 1000;
    // Let any late duplicate arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    scan();
    const after = await bot.report();
    const interactions = figures(o.interactions, interactionStream.answers, o.interactions - warm(o.interactions), finished.interactions);
    const messages = figures(o.messages, messageStream.answers, o.messages - warm(o.messages), finished.messages);
    if (unexpected > 0 || after.errors > 0) o.log(`${unexpected} unexpected failed requests; bot log:\n${bot.log.slice(0, 4000)}`);
    return {
      interactions,
      messages,
      seconds: Math.round(seconds * 10) / 10,
      botCpu: Math.round(((after.cpuMs - before.cpuMs) / 1000 / seconds) * 100) / 100,
      heapMB: { cold: MB(cold.heapUsed), before: MB(before.heapUsed), after: MB(after.heapUsed), growth: MB(after.heapUsed - before.heapUsed) },
      rssMB: { before: MB(before.rss), after: MB(after.rss) },
      unhandledRejections: after.rejections,
      uncaughtExceptions: after.uncaught,
      errorLogLines: after.errors,
      pagingSessions: after.sessions,
    };
  } finally {
    await bot.stop();
    await fake.close();
  }
}

function print(f: SoakFigures): string {
  const row = (name: string, s: StreamFigures) =>
    `${name.padEnd(14)} sent ${s.sent}, answered ${s.answered}, lost ${s.lost}, duplicated ${s.duplicated}, failed ${s.failed}; ${s.perSecond}/s; round trip p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms, max ${s.maxMs} ms`;
  return [
    row('interactions', f.interactions),
    row('channel', f.messages),
    `duration       ${f.seconds} s after warm-up; the bot used ${Math.round(f.botCpu * 100)}% of a core`,
    `bot heap       ${f.heapMB.before} MB before, ${f.heapMB.after} MB after: growth ${f.heapMB.growth} MB (cold start ${f.heapMB.cold} MB; RSS ${f.rssMB.before} → ${f.rssMB.after} MB)`,
    `failures       ${f.unhandledRejections} unhandled rejections, ${f.uncaughtExceptions} uncaught exceptions, ${f.errorLogLines} error log lines; ${f.pagingSessions} More-button sessions open`,
  ].join('\n');
}

if (process.env.SOAK_ROLE === 'bot') await runBotChild();
else if (import.meta.url === `file://${process.argv[1]}`) {
  const values = scriptOptions(
    { interactions: { type: 'string' }, messages: { type: 'string' }, concurrency: { type: 'string' }, json: { type: 'boolean' } },
    'Usage: npm run soak [-- --interactions N --messages N --concurrency N --json]\n\n  defaults: 10,000 interactions, 10,000 channel questions, 32 unanswered at a time per stream',
  );
  const number = (v: string | undefined, fallback: number) => (v === undefined ? fallback : Math.max(0, Math.floor(Number(v)) || 0));
  const figuresRun = await runSoak({
    interactions: number(values.interactions, 10_000),
    messages: number(values.messages, 10_000),
    concurrency: number(values.concurrency, 32) || 1,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${values.json ? JSON.stringify(figuresRun, null, 2) : print(figuresRun)}\n`);
  const clean =
    figuresRun.interactions.lost + figuresRun.interactions.duplicated + figuresRun.interactions.failed + figuresRun.messages.lost + figuresRun.messages.duplicated + figuresRun.messages.failed + figuresRun.unhandledRejections + figuresRun.uncaughtExceptions === 0;
  process.exitCode = clean ? 0 : 1;
}
