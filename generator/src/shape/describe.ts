import { splitPointer } from '../source/pointer.ts';

/**
 * Names the item a pointer lies in, for messages: `class "risk", element "informed"`.
 * Walks the data along the pointer and collects the name or id of each named object on the way.
 */
export function describePointer(data: unknown, pointer: string): string {
  const labels: string[] = [];
  let node: unknown = data;
  let container = '';
  for (const segment of splitPointer(pointer)) {
    if (node === null || typeof node !== 'object') break;
    const isList = Array.isArray(node);
    node = (node as Record<string, unknown>)[segment];
    if (!isList) {
      container = segment;
      continue;
    }
    const label = labelOf(node);
    labels.push(`${singular(container)} ${label ?? `#${Number(segment) + 1}`}`);
  }
  return labels.join(', ');
}

function labelOf(node: unknown): string | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return undefined;
  const record = node as Record<string, unknown>;
  for (const key of ['name', 'id', 'code', 'term']) {
    const value = record[key];
    if (typeof value === 'string' && value.length > 0) return JSON.stringify(value);
  }
  return undefined;
}

const singulars: Record<string, string> = {
  classes: 'class',
  elements: 'element',
  value_sets: 'value set',
  codes: 'code',
  requirements: 'requirement',
  groups: 'group',
  legislation: 'legislation',
  glossary: 'term',
  sources: 'source',
  notes: 'note',
  applies_to: 'target',
};

function singular(container: string): string {
  return singulars[container] ?? container;
}
