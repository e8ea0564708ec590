// Command-line options: Node's parseArgs splits them, a zod schema checks them, and every problem is
// printed as "--name: what is wrong". Usage errors exit with code 2.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import { println, type Io } from './io.js';

export type Parsed<T> = { ok: true; values: T; positionals: string[] } | { ok: false; code: number };

export function parseCommandLine<S extends z.ZodType>(argv: string[], options: NonNullable<ParseArgsConfig['options']>, schema: S, io: Io, usage = ''): Parsed<z.infer<S>> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    println(io.stderr, usage ? `${(error as Error).message}\n\n${usage}` : (error as Error).message);
    return { ok: false, code: 2 };
  }
  const checked = schema.safeParse(parsed.values);
  if (!checked.success) {
    for (const issue of checked.error.issues) println(io.stderr, `--${issue.path.join('.')}: ${issue.message}`);
    return { ok: false, code: 2 };
  }
  return { ok: true, values: checked.data, positionals: parsed.positionals };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * The developer scripts' options (eval, soak, bench): `--help` prints the usage, and a mistyped option prints what is
 * wrong and the usage and exits with code 2, instead of Node's stack trace.
 */
export function scriptOptions<const T extends Options>(options: T, usage: string, argv = process.argv.slice(2)) {
  try {
    const withHelp = { ...options, help: { type: 'boolean' } } as const;
    const { values } = parseArgs<{ args: string[]; options: T & typeof withHelp; strict: true }>({ args: argv, options: withHelp as T & typeof withHelp, strict: true });
    if ((values as { help?: boolean }).help) {
      console.log(usage);
      process.exit(0);
    }
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
}
