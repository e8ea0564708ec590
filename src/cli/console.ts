// The local console: `npm start` without a Discord token. Questions and the bot's commands, answered as
// the bot would, from the same engine. With piped input it answers each line and exits at end of input.
import { createInterface } from 'node:readline';
import type { Engine } from '../core/engine.js';
import { println, type Io } from './io.js';
import { renderAnswer, renderSources } from './render.js';
import { counted } from '../present/counted.js';

export interface ConsoleOptions {
  engine: () => Engine;
  /** Rebuilds the corpus; resolves to a report line. */
  reload: () => Promise<string>;
  corpusDir: string;
}

export function banner(corpusDir: string, engine: Engine): string {
  const { articles, passages } = engine.corpus;
  return [
    `summit-bot — local mode: no DISCORD_TOKEN is set, so questions are answered here.`,
    `Corpus: ${corpusDir} (${counted(articles.length, 'article')}, ${counted(passages.length, 'passage')}).`,
    `Type a question, or /help. To connect to Discord, copy .env.example to .env and set DISCORD_TOKEN (see README).`,
  ].join('\n');
}

export function helpText(engine: Engine): string {
  const topics = engine.topics.map((t) => `  /${t.name}${t.aspects?.length ? ' [aspect]' : ''} — ${t.description}`);
  return [
    'Ask any question about the March 2020 Moscow summit on Idlib; answers quote the articles word for word, with their source.',
    '',
    '  /ask <question> — the same as typing the question',
    ...topics,
    '  /sources — the articles the answers come from',
    '  /reload — re-read the corpus folder',
    '  /quit — leave',
  ].join('\n');
}

/** Handles one line; returns false when the user asked to quit. */
export async function handleLine(line: string, io: Io, options: ConsoleOptions): Promise<boolean> {
  const text = line.trim();
  if (!text) return true;
  const engine = options.engine();
  if (!text.startsWith('/')) {
    println(io.stdout, renderAnswer(engine.answer(text), io.tty));
    return true;
  }
  const [command = '', ...args] = text.slice(1).split(/\s+/);
  const rest = args.join(' ');
  switch (command.toLowerCase()) {
    case 'quit':
    case 'exit':
      return false;
    case 'help':
      println(io.stdout, helpText(engine));
      return true;
    case 'sources':
      println(io.stdout, renderSources(engine.sources()));
      return true;
    case 'reload':
      println(io.stdout, await options.reload());
      return true;
    case 'ask':
      println(io.stdout, renderAnswer(engine.answer(rest), io.tty));
      return true;
  }
  const topic = engine.topics.find((t) => t.name === command.toLowerCase());
  if (!topic) {
    println(io.stdout, `There is no /${command} command. Type /help to see them.`);
    return true;
  }
  const aspect = rest ? topic.aspects?.find((a) => a.name.toLowerCase() === rest.toLowerCase()) : undefined;
  if (rest && !aspect) {
    println(io.stdout, `/${topic.name} has no aspect "${rest}". Try: ${(topic.aspects ?? []).map((a) => a.name).join(', ') || '(none)'}`);
    return true;
  }
  const answer = engine.topic(topic.name, aspect?.name);
  if (answer) println(io.stdout, renderAnswer(answer, io.tty));
  return true;
}

export async function runConsole(io: Io, options: ConsoleOptions): Promise<void> {
  println(io.stdout, banner(options.corpusDir, options.engine()));
  const rl = createInterface({ input: io.stdin, output: io.tty ? io.stdout : undefined, terminal: io.tty, crlfDelay: Infinity });
  if (io.tty) {
    rl.setPrompt('\n? ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (!io.tty && line.trim()) println(io.stdout, `\n? ${line.trim()}`);
    if (!(await handleLine(line, io, options))) break;
    if (io.tty) rl.prompt();
  }
  rl.close();
}
