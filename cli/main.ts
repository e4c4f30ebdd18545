/**
 * The command line. The only place that prints, reads arguments or decides exit codes:
 * 0 no findings, 1 findings, 2 usage or I/O error, 130 or 143 stopped by SIGINT or SIGTERM (what was done is reported).
 */
import { pathToFileURL } from 'node:url';
import { checkCommand, checkUsage } from './check.ts';
import { conformCommand, conformUsage } from './conform.ts';
import { diffCommand, diffUsage } from './diff.ts';
import { referenceServerCommand, referenceServerUsage } from './reference-server.ts';
import { examplesCommand, examplesUsage } from './examples.ts';
import { generateCommand, generateUsage } from './generate.ts';
import { UsageError, type CliIo } from './io.ts';
import { ioWords } from './output-error.ts';
import { validateCommand, validateUsage } from './validate.ts';
import { packageVersion } from '../generator/src/paths.ts';
import { RuntimeModelUnreadable } from '../generator/src/runtime/model.ts';

export type { CliIo } from './io.ts';

const usage = `Usage: asc-mods <command> [options]

Commands:
${checkUsage}
${generateUsage}
${validateUsage}
${examplesUsage}
${conformUsage}
${referenceServerUsage}
${diffUsage}
  help                    Show this help
  --version               Show the version

Exit codes: 0 no findings, 1 findings, 2 usage or I/O error, 130 or 143 stopped by SIGINT or SIGTERM.
From a clone: npm run mods -- <command>`;

const commands: Readonly<Record<string, (args: readonly string[], io: CliIo) => Promise<number | 'help'>>> = {
  check: checkCommand,
  generate: generateCommand,
  validate: validateCommand,
  examples: examplesCommand,
  conform: conformCommand,
  'reference-server': referenceServerCommand,
  diff: diffCommand,
};

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.stdout.write(usage + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(packageVersion() + '\n');
      return 0;
    }
    const run = Object.hasOwn(commands, command) ? commands[command] : undefined;
    if (!run) throw new UsageError(`unknown command "${command}"`);
    const code = await run(rest, io);
    if (code !== 'help') return code;
    io.stdout.write(usage + '\n');
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`asc-mods: ${error.message}\n\n${usage}\n`);
      return 2;
    }
    if (error instanceof RuntimeModelUnreadable) {
      io.stderr.write(`asc-mods: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`asc-mods: internal error, please report it: ${message}\n`);
    if (io.env?.['ASC_MODS_DEBUG'] && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
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
  process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env, signal: stop.signal });
  // For the benchmarks: the process's peak memory and the CPU time of all its threads, on stderr, when asked.
  if (process.env['ASC_MODS_REPORT_MAXRSS']) {
    const usage = process.resourceUsage();
    process.stderr.write(`${JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) })}\n`);
  }
}

// Run when executed directly (npm run mods), not when imported by bin/asc-mods.js or tests.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runProcess();
