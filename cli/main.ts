/**
 * The command line. The only place that prints, reads arguments or decides exit codes:
 * 0 no findings, 1 findings, 2 usage or I/O error, 130 or 143 stopped by SIGINT or SIGTERM (what was done is reported).
 */
import { pathToFileURL } from 'node:url';
import { UsageError, type CliIo } from './io.ts';
import { ioWords } from './output-error.ts';
import { commandNames, commandUsage, isCommandName, overviewHelp, type CommandName } from './usage.ts';
import { packageVersion } from '../generator/src/paths.ts';
import { suggest } from '../generator/src/text/suggest.ts';
import { hostsItsRun } from './hosting.ts';
import type { HostIo } from './hosted-run.ts';

export type { CliIo } from './io.ts';

type Command = (args: readonly string[], io: CliIo) => Promise<number | 'help'>;

/**
 * Each command's module, loaded only when that command runs: help and --version load none of them (nor the YAML
 * parser, ajv, Handlebars or SQLite they bring), and a command loads only its own.
 */
const commands: Readonly<Record<CommandName, () => Promise<Command>>> = {
  check: async () => (await import('./check.ts')).checkCommand,
  generate: async () => (await import('./generate.ts')).generateCommand,
  validate: async () => (await import('./validate.ts')).validateCommand,
  load: async () => (await import('./load.ts')).loadCommand,
  examples: async () => (await import('./examples.ts')).examplesCommand,
  conform: async () => (await import('./conform.ts')).conformCommand,
  'reference-server': async () => (await import('./reference-server.ts')).referenceServerCommand,
  diff: async () => (await import('./diff.ts')).diffCommand,
  release: async () => (await import('./release.ts')).releaseCommand,
  fhir: async () => (await import('./fhir.ts')).fhirCommand,
};

/** A usage mistake before any command was chosen. */
class TopLevelUsageError extends UsageError {}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr.write(overviewHelp() + '\n');
      return 2;
    }
    if (command === '--help' || command === '-h') {
      io.stdout.write(overviewHelp() + '\n');
      return 0;
    }
    if (command === 'help') {
      const topic = rest[0];
      if (topic === undefined) io.stdout.write(overviewHelp() + '\n');
      else io.stdout.write(commandUsage(knownCommand(topic)) + '\n');
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(packageVersion() + '\n');
      return 0;
    }
    const name = knownCommand(command);
    if (asksForHelp(rest)) {
      io.stdout.write(commandUsage(name) + '\n');
      return 0;
    }
    const code = await (await commands[name]())(rest, io);
    if (code !== 'help') return code;
    io.stdout.write(commandUsage(name) + '\n');
    return 0;
  } catch (error) {
    if (error instanceof TopLevelUsageError) {
      io.stderr.write(`asc-mods: ${error.message}\nRun 'asc-mods --help' for the commands.\n`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`asc-mods ${command}: ${error.message}\nRun 'asc-mods ${command} --help' for its options.\n`);
      return 2;
    }
    // Known by name, so that main.ts need not load the runtime model's module to recognise its error.
    if (error instanceof Error && error.name === 'RuntimeModelUnreadable') {
      io.stderr.write(`asc-mods: ${error.message}\n`);
      return 2;
    }
    io.stderr.write(internalError(error));
    if (io.env?.['ASC_MODS_DEBUG'] && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}

/** The line for a failure of ours, not the user's: its message, never its stack (main adds that under ASC_MODS_DEBUG). */
function internalError(error: unknown): string {
  return `asc-mods: internal error, please report it: ${error instanceof Error ? error.message : String(error)}\n`;
}

/** The command of that name, or a usage error that says which one was likely meant. */
function knownCommand(word: string): CommandName {
  if (isCommandName(word)) return word;
  if (word.startsWith('-')) {
    const meant = suggest(word, ['--help', '--version']);
    throw new TopLevelUsageError(`unknown option ${word}${meant ? `; did you mean ${meant}?` : ''}`);
  }
  const meant = suggest(word, [...commandNames, 'help']);
  throw new TopLevelUsageError(`unknown command "${word}"${meant ? `; did you mean "${meant}"?` : ''}`);
}

/** -h or --help among a command's arguments (before a `--`, after which every word is a file name). */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/**
 * Run as a process: wire the real streams; end quietly when the reader of stdout goes away (`| head`), and with one
 * line and exit 2 when stdout cannot be written (a full disk). The first SIGINT or SIGTERM asks the command to stop
 * (it writes what it has and exits 130 or 143); a second one ends the process at once.
 */
export async function runProcess(): Promise<void> {
  for (const [stream, name] of [[process.stdout, 'standard output'], [process.stderr, 'standard error']] as const) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (stream !== process.stderr) process.stderr.write(`asc-mods: cannot write ${name}: ${ioWords(error.code ?? 'EIO')}\n`);
      process.exit(2);
    });
  }
  const stop = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stop.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
      stop.abort(signal);
    });
  }
  const argv = process.argv.slice(2);
  const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, signal: stop.signal };
  // validate on a large input runs on a thread whose young generation is held to a fixed size (hosting.ts).
  process.exitCode = hostsItsRun(argv, io.cwd) ? await hostedExit(argv, io) : await main(argv, io);
  // For the benchmarks: the process's peak memory and the CPU time of all its threads, on stderr, when asked.
  if (process.env['ASC_MODS_REPORT_MAXRSS']) {
    const usage = process.resourceUsage();
    process.stderr.write(`${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) })}\n`);
  }
}

/** The hosted command's exit code; the thread failing (a crash, or out of memory) is one line and exit 2. */
async function hostedExit(argv: readonly string[], io: HostIo): Promise<number> {
  const { runHosted } = await import('./hosted-run.ts');
  try {
    return await runHosted(argv, io);
  } catch (error) {
    const outOfMemory = (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    io.stderr.write(outOfMemory ? 'asc-mods: ran out of memory\n' : internalError(error));
    return 2;
  }
}

// Run when executed directly (npm run mods), not when imported by bin/asc-mods.js or tests.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runProcess();
