import { cpus } from 'node:os';

/** Per core, the milliseconds spent idle and in all, as `os.cpus()` gives them. */
export type CoreTimes = readonly { readonly times: { readonly user: number; readonly nice: number; readonly sys: number; readonly idle: number; readonly irq: number } }[];

/** The CPU time this process has used, in microseconds, as `process.cpuUsage()` gives it. */
export type OwnTime = () => { readonly user: number; readonly system: number };

/**
 * How busy other processes kept the machine between two readings: the cores' busy time less this process's own (its
 * main thread, and the threads V8 compiles and collects garbage on), over the time that passed, in cores. A run
 * measures it over its first fraction of a second of checking; a core no other process used is one a worker can
 * have (parallel/choice.ts).
 */
export class IdleSampler {
  private readonly first: CoreTimes;
  private readonly firstOwn: number;
  private readonly at: number;

  constructor(
    private readonly read: () => CoreTimes = cpus,
    private readonly own: OwnTime = () => process.cpuUsage(),
    private readonly clock: () => number = () => performance.now(),
  ) {
    this.first = read();
    this.firstOwn = ownMs(own());
    this.at = clock();
  }

  /** Milliseconds since the first reading. */
  elapsed(): number {
    return this.clock() - this.at;
  }

  /** Cores other processes kept busy since the first reading; undefined when the readings say nothing. */
  othersBusy(): number | undefined {
    const now = this.read();
    if (now.length === 0 || now.length !== this.first.length) return undefined;
    let busy = 0;
    let window = 0;
    now.forEach((core, i) => {
      const before = this.first[i]!.times;
      const total = sum(core.times) - sum(before);
      busy += total - (core.times.idle - before.idle);
      window = Math.max(window, total);
    });
    if (window <= 0) return undefined;
    return Math.max(0, (busy - (ownMs(this.own()) - this.firstOwn)) / window);
  }
}

function ownMs(t: { readonly user: number; readonly system: number }): number {
  return (t.user + t.system) / 1000;
}

function sum(t: CoreTimes[number]['times']): number {
  return t.user + t.nice + t.sys + t.idle + t.irq;
}
