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

/** Call visit with every value at a path in a record and its JSON Pointer; lists are expanded, absent values skipped. */
export function visitValues(record: unknown, steps: readonly PathStep[], visit: (pointer: string, value: unknown) => void, depth = 0, pointer = ''): void {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return;
  const s = steps[depth]!;
  const child = (record as Record<string, unknown>)[s.key];
  if (child === undefined) return;
  const at = pointer + s.segment;
  const last = depth === steps.length - 1;
  if (s.many) {
    if (!Array.isArray(child)) return;
    for (let i = 0; i < child.length; i += 1) {
      if (last) visit(`${at}/${i}`, child[i]);
      else visitValues(child[i], steps, visit, depth + 1, `${at}/${i}`);
    }
  } else if (last) visit(at, child);
  else visitValues(child, steps, visit, depth + 1, at);
}


export function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
