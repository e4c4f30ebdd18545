import { isMap, isNode, isPair, isScalar, isSeq, type Node } from 'yaml';
import type { Position, SourceRange } from '../diagnostics/diagnostic.ts';
import { splitPointer } from './pointer.ts';
import type { SourceFile } from './source-file.ts';

/**
 * The source range of a JSON Pointer in the YAML document. With at = 'key', the range of the key of the
 * pointer's last segment (for a list item, the item's first line). A pointer that does not exist resolves to
 * its deepest existing ancestor, so that every diagnostic has a position.
 */
export function locate(source: SourceFile, pointer: string, at: 'key' | 'value' = 'value'): SourceRange {
  const segments = splitPointer(pointer);
  let node: unknown = source.document.contents;
  let range: readonly [number, number] | undefined = rangeOf(node);
  for (const [index, segment] of segments.entries()) {
    const last = index === segments.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      const keyRange = rangeOf(pair.key);
      if (last && at === 'key') return toRange(source, keyRange ?? range);
      node = pair.value;
      range = rangeOf(node) ?? keyRange ?? range;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined || !/^\d+$/.test(segment)) break;
      node = item;
      const itemRange = rangeOf(item);
      if (last && at === 'key' && itemRange) return toRange(source, firstLine(source, itemRange));
      range = itemRange ?? range;
    } else {
      break;
    }
  }
  return toRange(source, range);
}

function rangeOf(node: unknown): readonly [number, number] | undefined {
  if (!isNode(node)) return undefined;
  const r = (node as Node).range;
  return r ? [r[0], r[1]] : undefined;
}

function firstLine(source: SourceFile, [start, end]: readonly [number, number]): readonly [number, number] {
  const newline = source.text.indexOf('\n', start);
  return [start, newline === -1 ? end : Math.min(end, newline)];
}

function toRange(source: SourceFile, range: readonly [number, number] | undefined): SourceRange {
  if (!range) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  return { start: positionAt(source, range[0]), end: positionAt(source, Math.max(range[0], range[1])) };
}

export function positionAt(source: Pick<SourceFile, 'lineCounter'>, offset: number): Position {
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col };
}
