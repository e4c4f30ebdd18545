import { parseArgs } from 'node:util';
import { suggest } from '../generator/src/text/suggest.ts';

export { displayPath } from '../generator/src/paths.ts';

export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Aborted when the process is asked to stop (Ctrl-C): long-running commands end cleanly then. */
  readonly signal?: AbortSignal;
}

/**
 * A mistake in how the command was called: one line on stderr (main.ts names the command and adds where to find its
 * options), exit code 2; never the whole help.
 */
export class UsageError extends Error {}

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

export function parseCommandArgs(args: readonly string[], options: Options): ParsedArgs {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    throw new UsageError(argsProblem(error, options));
  }
}

/** parseArgs's complaint in one line of ours, with the option meant when one is close to what was typed. */
function argsProblem(error: unknown, options: Options): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const named = /^(?:Unknown option|Option) '([^' ]+)/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named !== undefined) {
    const meant = named.startsWith('--') ? suggest(named, Object.keys(options).map((name) => `--${name}`)) : undefined;
    return `unknown option ${named}${meant ? `; did you mean ${meant}?` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named !== undefined) {
    if (message.includes('argument missing')) return `option ${named} needs a value`;
    if (message.includes('does not take an argument')) return `option ${named} takes no value`;
    if (message.includes('ambiguous')) return `option ${named} needs a value (to give one that starts with a dash, write ${named}=-value)`;
  }
  return message.split('\n')[0]!.replace(/\. To specify.*$/s, '');
}

/** The one vocabulary of --format: human (for people; the default) or json (for machines). */
export type OutputFormat = 'human' | 'json';

/**
 * The --format asked for, in the shared vocabulary. `aliases` keeps a command's old spellings working (diff's
 * `markdown`, which is its human form).
 */
export function outputFormat(value: string | boolean | undefined, aliases: Readonly<Record<string, OutputFormat>> = {}): OutputFormat {
  const given = String(value ?? 'human');
  if (given === 'human' || given === 'json') return given;
  const alias = Object.hasOwn(aliases, given) ? aliases[given] : undefined;
  if (alias !== undefined) return alias;
  throw new UsageError(`--format must be human or json, not "${given}"`);
}

/**
 * Whether to colour what goes to stdout. In order: --no-color turns it off; FORCE_COLOR, when set and not empty,
 * decides (0 or false: off; anything else: on, even when stdout is not a terminal, and over NO_COLOR, as Node's own
 * FORCE_COLOR does); NO_COLOR, when not empty, turns it off (no-color.org); else colour only on a terminal.
 */
export function colorWanted(env: CliIo['env'], isTTY: boolean | undefined, noColorFlag: boolean): boolean {
  if (noColorFlag) return false;
  const force = env?.['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  if (env?.['NO_COLOR']) return false;
  return Boolean(isTTY);
}

export function useColor(io: CliIo, disabled: boolean): boolean {
  return colorWanted(io.env, io.stdout.isTTY, disabled);
}
