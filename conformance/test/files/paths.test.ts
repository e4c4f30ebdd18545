import { describe, expect, it } from 'vitest';
import { CompiledPath, step } from '../../files/paths.ts';

/** Every value at the path and its pointer, as [pointer, value] pairs. */
const found = (path: CompiledPath, record: unknown): [string, unknown][] => {
  const n = path.collect(record);
  const out: [string, unknown][] = [];
  for (let k = 0; k < n; k += 1) out.push([path.pointer(k), path.value(k)]);
  path.release();
  return out;
};

describe('a compiled path', () => {
  it('finds a property, and skips it when absent', () => {
    const path = new CompiledPath([step('a', false), step('b', false)]);
    expect(found(path, { a: { b: 1 } })).toEqual([['/a/b', 1]]);
    expect(found(path, { a: { c: 1 } })).toEqual([]);
    expect(found(path, { a: [{ b: 1 }] })).toEqual([]);
    expect(found(path, null)).toEqual([]);
  });

  it('visits every item of a list in order, null items too, and nothing when the value is not a list', () => {
    const path = new CompiledPath([step('log', true), step('date', false)]);
    expect(found(path, { log: [{ date: 'x' }, {}, { date: null }, 3] })).toEqual([
      ['/log/0/date', 'x'],
      ['/log/2/date', null],
    ]);
    expect(found(path, { log: { date: 'x' } })).toEqual([]);
    expect(found(new CompiledPath([step('list', true)]), { list: [1, null] })).toEqual([
      ['/list/0', 1],
      ['/list/1', null],
    ]);
  });

  it('gives each value the indices of every list on its way, escaped keys and long lists included', () => {
    const path = new CompiledPath([step('a/b', true), step('c~d', true), step('e', false)]);
    expect(found(path, { 'a/b': [{ 'c~d': [{ e: 1 }, { e: 2 }] }, { 'c~d': [{ e: 3 }] }] })).toEqual([
      ['/a~1b/0/c~0d/0/e', 1],
      ['/a~1b/0/c~0d/1/e', 2],
      ['/a~1b/1/c~0d/0/e', 3],
    ]);
    const long = new CompiledPath([step('x', true), step('y', false)]);
    const pointers = found(long, { x: Array.from({ length: 2000 }, (_, i) => ({ y: i })) });
    expect(pointers).toHaveLength(2000);
    expect(pointers[1999]).toEqual(['/x/1999/y', 1999]);
    expect(found(long, { x: [{ y: 'again' }] })).toEqual([['/x/0/y', 'again']]);
  });

  it('lets go of the values it found', () => {
    const path = new CompiledPath([step('a', false)]);
    path.collect({ a: { big: true } });
    path.release();
    expect(path.value(0)).toBeUndefined();
  });
});
