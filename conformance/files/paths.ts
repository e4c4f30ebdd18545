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
 * Where a visit is in a record. The JSON Pointer is built only when asked for (when there is something to report),
 * so that walking a valid record allocates no strings. Valid only during the visit call it is passed to.
 */
export class PathCursor {
  /** List index taken at each step (-1 for a step that is not a list). */
  private readonly indices: number[];

  constructor(private readonly steps: readonly PathStep[]) {
    this.indices = steps.map(() => -1);
  }

  /** @internal */
  set(depth: number, index: number): void {
    this.indices[depth] = index;
  }

  /** The JSON Pointer of the value being visited. */
  pointer(): string {
    let out = '';
    for (let d = 0; d < this.steps.length; d += 1) {
      out += this.steps[d]!.segment;
      if (this.steps[d]!.many) out += `/${this.indices[d]}`;
    }
    return out;
  }
}

/** Call visit with every value at a path in a record and where it is; lists are expanded, absent values skipped. */
export function visitValues(record: unknown, steps: readonly PathStep[], visit: (value: unknown, at: PathCursor) => void): void {
  if (steps.length > 0) walk(record, steps, visit, 0, new PathCursor(steps));
}

function walk(record: unknown, steps: readonly PathStep[], visit: (value: unknown, at: PathCursor) => void, depth: number, cursor: PathCursor): void {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
  const s = steps[depth]!;
  const child = (record as Record<string, unknown>)[s.key];
  if (child === undefined) return;
  const last = depth === steps.length - 1;
  if (s.many) {
    if (!Array.isArray(child)) return;
    for (let i = 0; i < child.length; i += 1) {
      cursor.set(depth, i);
      if (last) visit(child[i], cursor);
      else walk(child[i], steps, visit, depth + 1, cursor);
    }
  } else if (last) visit(child, cursor);
  else walk(child, steps, visit, depth + 1, cursor);
}

export function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
