// Process start to ready: spawn the bot's entry point in console mode (no DISCORD_TOKEN) with stdin piped and time it
// until the banner's corpus line is printed. That includes Node's own start, module loading, dotenv and configuration,
// reading the corpus folder and then either parsing it and building the index (writing a snapshot when a cache folder
// is set) or loading the index snapshot, and printing the banner. Then stdin is closed and the process exits.
//
// `npm start` compiles with tsc and runs `node dist/src/main.js`; the benchmark compiles once (npm run build) and
// times that command. Without a build script, or if compiling fails, it times `node --import tsx src/main.ts`.
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH, ROOT } from './paths.js';

export interface StartCommand {
  args: string[];
  env?: Record<string, string>;
  /** Text on stdout that means ready. */
  ready: string;
}

export type StartMode = { kind: 'compiled'; buildMs: number } | { kind: 'tsx'; why: string };

/** Compiles the bot the way `npm start` does, if the project has a build script. */
export async function prepareStart(): Promise<StartMode> {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.build) return { kind: 'tsx', why: 'package.json has no build script' };
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const error = await new Promise<Error | null>((resolve) => execFile(npm, ['run', '--silent', 'build'], { cwd: ROOT, maxBuffer: 16 * 2 ** 20 }, (e) => resolve(e)));
  if (error) return { kind: 'tsx', why: `npm run build failed (${error.message.split('\n')[0]})` };
  if (!existsSync(join(ROOT, 'dist', 'src', 'main.js'))) return { kind: 'tsx', why: 'npm run build wrote no dist/src/main.js' };
  return { kind: 'compiled', buildMs: performance.now() - started };
}

const loader = (mode: StartMode) => (mode.kind === 'compiled' ? [] : ['--import', 'tsx']);

/** The bot's own console mode on a corpus; `cacheDir` is where it keeps index snapshots, or 'off' to build at every start. */
export function botStart(mode: StartMode, dir: string, cacheDir: string): StartCommand {
  const main = mode.kind === 'compiled' ? 'dist/src/main.js' : 'src/main.ts';
  return { args: [...loader(mode), main], env: { DISCORD_TOKEN: '', CORPUS_DIR: dir, CACHE_DIR: cacheDir, LOG_LEVEL: 'warn' }, ready: 'Corpus: ' };
}

/** The same start with plain MiniSearch instead of the engine (bench/child/plain-start.mjs), loaded the same way. */
export function plainStart(mode: StartMode, dir: string): StartCommand {
  const folderLoader = mode.kind === 'compiled' ? 'dist/src/core/corpus-folder.js' : 'src/core/corpus-folder.ts';
  return { args: [...loader(mode), join(BENCH, 'child', 'plain-start.mjs'), folderLoader, dir], ready: 'ready' };
}

/** Node (and tsx, if the bot is started through it) on an empty module: the floor under any start. */
export function emptyStart(mode: StartMode): StartCommand {
  return { args: [...loader(mode), join(BENCH, 'child', 'empty.mjs')], ready: 'ready' };
}

export function describeStart(mode: StartMode): string {
  return mode.kind === 'compiled' ? '`node dist/src/main.js` (what `npm start` runs after compiling)' : `\`node --import tsx src/main.ts\` (${mode.why})`;
}

export function timeStart(command: StartCommand, timeoutMs = 600_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, command.args, {
      cwd: ROOT,
      env: { ...process.env, ...command.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let readyAt: number | undefined;
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      if (readyAt !== undefined) return;
      out += chunk.toString();
      if (out.includes(command.ready)) {
        readyAt = performance.now() - started;
        child.stdin.end();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (readyAt !== undefined) resolve(readyAt);
      else reject(new Error(`start of ${command.args.join(' ')} exited (${code}) before ready: ${(err || out).slice(0, 500)}`));
    });
  });
}
