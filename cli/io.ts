import { parseArgs } from 'node:util';

export { displayPath } from '../generator/src/paths.ts';

export interface CliIo {
  readonly stdout: { write(text: string): unknown; isTTY?: boolean };
  readonly stderr: { write(text: string): unknown; isTTY?: boolean };
  readonly cwd: string;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Aborted when the process is asked to stop (Ctrl-C): long-running commands end cleanly then. */
  readonly signal?: AbortSignal;
}

/** A mistake in how the command was called: reported with the usage, exit code 2. */
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
    throw new UsageError(error instanceof Error ? error.message.replace(/^.*?: /, '').replace(/\. To specify.*$/s, '') : String(error));
  }
}


export function useColor(io: CliIo, disabled: boolean): boolean {
  return !disabled && Boolean(io.stdout.isTTY) && !io.env?.['NO_COLOR'];
}
