import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isMap, isSeq, parseDocument, visit } from 'yaml';
import { buildModel } from '../src/model/build.ts';
import type { RawSpec } from '../src/model/raw.ts';
import { checkSpecText } from '../src/pipeline.ts';
import { kitchenSinkPath, realSpecPath } from './support/paths.ts';

/** Reverse the order of the keys of every mapping: YAML key order carries no meaning in the format. */
function reorderKeys(text: string): string {
  const doc = parseDocument(text);
  visit(doc, {
    Map(_key, node) {
      if (isMap(node)) node.items.reverse();
    },
  });
  return doc.toString();
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe.each([
  ['the real spec', realSpecPath],
  ['the kitchen sink', kitchenSinkPath],
])('properties of %s', (_name, path) => {
  const text = readFileSync(path, 'utf8');

  it('checks the same way twice', () => {
    const a = checkSpecText('spec.yaml', text);
    const b = checkSpecText('spec.yaml', text);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('builds the same model whatever the order of keys', () => {
    const reordered = reorderKeys(text);
    expect(reordered).not.toBe(text);
    const a = checkSpecText('spec.yaml', text);
    const b = checkSpecText('spec.yaml', reordered);
    expect(b.diagnostics).toEqual([]);
    expect(b.model).toEqual(a.model);
  });

  it('does not change its input while building the model', () => {
    const raw = deepFreeze(parseDocument(text).toJS() as RawSpec);
    const snapshot = JSON.stringify(raw);
    expect(() => buildModel(raw, 'spec.yaml')).not.toThrow();
    expect(JSON.stringify(raw)).toBe(snapshot);
  });
});

it('reorders keys in the helper above (so the property is not vacuous)', () => {
  const doc = parseDocument(reorderKeys('a: 1\nb: [{x: 1, y: 2}]\n'));
  expect(isSeq(doc.get('b'))).toBe(true);
  expect(doc.toString()).toBe('b: [ { y: 2, x: 1 } ]\na: 1\n');
});
