/** One step of a path into a record: a property, which may hold a list (then every item is visited). */
export interface PathStep {
  readonly key: string;
  readonly many: boolean;
}

export interface Located {
  readonly pointer: string;
  readonly value: unknown;
}

/** Every value at a path in a record, with its JSON Pointer; lists are expanded, absent values skipped. */
export function valuesAt(record: unknown, steps: readonly PathStep[]): Located[] {
  let current: Located[] = [{ pointer: '', value: record }];
  for (const step of steps) {
    const next: Located[] = [];
    for (const { pointer, value } of current) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
      const child = (value as Record<string, unknown>)[step.key];
      if (child === undefined) continue;
      const at = `${pointer}/${escapePointer(step.key)}`;
      if (step.many && Array.isArray(child)) child.forEach((item, i) => next.push({ pointer: `${at}/${i}`, value: item }));
      else if (!step.many) next.push({ pointer: at, value: child });
    }
    current = next;
  }
  return current;
}

export function escapePointer(key: string): string {
  return key.replaceAll('~', '~0').replaceAll('/', '~1');
}
