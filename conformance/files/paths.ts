/** One step of a path into a record: a property, which may hold a list (then every item is visited). */
export interface PathStep {
  readonly key: string;
  readonly many: boolean;
  /** `/key`, escaped once when the plan is made rather than for every record. */
  readonly segment: string;
}

export function step(key: string, many: boolean): PathStep {
  return { key, many, segment: `/${escapePointer(key)}` };
}

/**
 * A path made ready for visits that allocate nothing: `collect` finds the values at it in a record (lists expanded,
 * every item visited in order; absent values skipped) and keeps them, with the list index taken at each list
 * step, in buffers reused from record to record; `pointer(k)` builds the JSON Pointer of the k-th only when asked.
 * What collect found is valid until the next collect; `release` lets go of the values (so that no record is kept).
 */
export class CompiledPath {
  /** How many values the last collect found. */
  count = 0;
  private readonly lists: number;
  /** The pointer when no step is a list: the same for every record, built once. */
  private readonly fixed: string | undefined;
  /** With exactly one list step: the pointer is head + index + tail, each kept once built (up to memoLimit). */
  private readonly head: string;
  private readonly tail: string;
  private readonly memo: string[] = [];
  private found: unknown[] = [];
  private indices: number[] = [];
  private readonly current: number[];

  constructor(readonly steps: readonly PathStep[]) {
    this.lists = steps.filter((s) => s.many).length;
    this.current = steps.map(() => 0);
    this.fixed = this.lists === 0 ? steps.map((s) => s.segment).join('') : undefined;
    const at = steps.findIndex((s) => s.many);
    this.head = this.lists === 1 ? `${steps.slice(0, at + 1).map((s) => s.segment).join('')}/` : '';
    this.tail = this.lists === 1 ? steps.slice(at + 1).map((s) => s.segment).join('') : '';
  }

  /** Find the values at the path in `record`; returns how many. */
  collect(record: unknown): number {
    this.count = 0;
    // A record with a very long list is not kept in the buffers' size either.
    if (this.found.length > 1024) ((this.found = []), (this.indices = []));
    if (this.steps.length > 0) this.walk(record, 0, 0);
    return this.count;
  }

  /** The k-th value found. */
  value(k: number): unknown {
    return this.found[k];
  }

  /** The JSON Pointer of the k-th value found. Built only when asked for (when there is something to report). */
  pointer(k: number): string {
    if (this.fixed !== undefined) return this.fixed;
    if (this.lists === 1) {
      const i = this.indices[k]!;
      if (i >= memoLimit) return this.head + i + this.tail;
      return (this.memo[i] ??= this.head + i + this.tail);
    }
    let out = '';
    for (let d = 0, m = k * this.lists; d < this.steps.length; d += 1) {
      out += this.steps[d]!.segment;
      if (this.steps[d]!.many) out += `/${this.indices[m++]}`;
    }
    return out;
  }

  /** Forget the values found (the indices are plain numbers and stay). */
  release(): void {
    for (let k = 0; k < this.count; k += 1) this.found[k] = undefined;
  }

  private walk(node: unknown, depth: number, list: number): void {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const s = this.steps[depth]!;
    const child = (node as Record<string, unknown>)[s.key];
    if (child === undefined) return;
    const last = depth === this.steps.length - 1;
    if (s.many) {
      if (!Array.isArray(child)) return;
      for (let i = 0; i < child.length; i += 1) {
        this.current[list] = i;
        if (last) this.keep(child[i]);
        else this.walk(child[i], depth + 1, list + 1);
      }
    } else if (last) this.keep(child);
    else this.walk(child, depth + 1, list);
  }

  private keep(value: unknown): void {
    const k = this.count;
    this.count += 1;
    this.found[k] = value;
    for (let d = 0, m = k * this.lists; d < this.lists; d += 1) this.indices[m + d] = this.current[d]!;
  }
}

/** List indices whose pointers a CompiledPath keeps once built: the common ones; a longer list builds the rest each time. */
const memoLimit = 256;

export function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
