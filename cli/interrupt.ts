import type { CliIo } from './io.ts';

/**
 * The exit code of a command stopped by SIGINT (130) or SIGTERM (143): 128 and the signal's number, as a shell
 * gives a process the signal killed. Undefined when the command was not stopped.
 */
export function interruptedExit(io: CliIo): number | undefined {
  if (!io.signal?.aborted) return undefined;
  return io.signal.reason === 'SIGTERM' ? 143 : 130;
}

/** The one line that says a command was stopped, on stderr; returns its exit code. */
export function reportInterrupted(io: CliIo, what: string): number {
  io.stderr.write(`asc-mods: interrupted by ${signalName(io)}: ${what}\n`);
  return interruptedExit(io) ?? 130;
}

function signalName(io: CliIo): string {
  return typeof io.signal?.reason === 'string' ? io.signal.reason : 'a signal';
}
