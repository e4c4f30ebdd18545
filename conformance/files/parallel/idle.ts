import { cpus } from 'node:os';

/** Per core, the milliseconds spent idle and in all, as `os.cpus()` gives them. */
export type CoreTimes = readonly { readonly times: { readonly user: number; readonly nice: number; readonly sys: number; readonly idle: number; readonly irq: number } }[];

/**
 * How many cores were idle between two readings of the machine's CPU times: the sum over cores of the share of the
 * time each spent idle. A run measures it over its first fraction of a second of checking, while its own thread keeps
 * one core busy, so a quiet machine shows the other cores idle and a busy one shows none (parallel/choice.ts).
 */
export class IdleSampler {
  private readonly first: CoreTimes;
  private readonly at: number;

  constructor(
    private readonly read: () => CoreTimes = cpus,
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.first = read();
    this.at = clock();
  }

  /** Milliseconds since the first reading. */
  elapsed(): number {
    return this.clock() - this.at;
  }

  /** Idle cores since the first reading; undefined when the readings say nothing (no time passed, or no cores listed). */
  idleCores(): number | undefined {
    const now = this.read();
    if (now.length === 0 || now.length !== this.first.length) return undefined;
    let idle = 0;
    let measured = false;
    now.forEach((core, i) => {
      const before = this.first[i]!.times;
      const total = sum(core.times) - sum(before);
      if (total <= 0) return;
      measured = true;
      idle += Math.min(1, Math.max(0, (core.times.idle - before.idle) / total));
    });
    return measured ? idle : undefined;
  }
}

function sum(t: CoreTimes[number]['times']): number {
  return t.user + t.nice + t.sys + t.idle + t.irq;
}
