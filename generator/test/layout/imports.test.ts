import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';
import { importCycles, importGraph, packagesLoadedBy, type Import } from './import-graph.ts';

/**
 * The layout is the architecture (ARCHITECTURE.md): the compiler (generator/) knows nothing of the kit or the
 * command line, the kit (conformance/) nothing of the command line, and no import runs round in a circle, whether it
 * imports a value, only a type, or a module on demand. Before, there were three circles (the pipeline through the
 * emitters and the changelog back to the pipeline; validate's engine and its parallel path; two synthesis modules),
 * and the compiler imported from the validator.
 */
const { modules, imports } = importGraph(repoRoot, ['cli', 'generator/src', 'conformance']);
const local = imports.filter((i) => !i.package);
const shown = (list: readonly Import[]) => list.map((i) => `${i.from} → ${i.to}`);
/** The compiler's API for the kit: its only ways in (ARCHITECTURE.md). */
const kitApi = ['generator/src/kit.ts', 'generator/src/kit-yaml.ts', 'generator/src/kit-pages.ts'];

describe('the import graph', () => {
  it('reads every module and its imports of each kind', () => {
    expect(modules.length).toBeGreaterThan(200);
    expect(new Set(local.map((i) => i.kind))).toEqual(new Set(['value', 'type', 'dynamic']));
    expect(imports.some((i) => i.package && i.to === 'yaml')).toBe(true);
  });

  it('has no circle', () => {
    expect(importCycles(modules, imports)).toEqual([]);
  });

  it('finds a circle, and one that only a type import closes', () => {
    const made = (kind: Import['kind']): Import[] => [
      { from: 'a.ts', to: 'b.ts', kind: 'value' },
      { from: 'b.ts', to: 'c.ts', kind: 'value' },
      { from: 'c.ts', to: 'a.ts', kind },
      { from: 'c.ts', to: 'd.ts', kind: 'value' },
    ];
    expect(importCycles(['a.ts', 'b.ts', 'c.ts', 'd.ts'], made('value'))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
    expect(importCycles(['a.ts', 'b.ts', 'c.ts', 'd.ts'], made('type'))).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('runs one way: the compiler imports neither the kit nor the command line, the kit not the command line', () => {
    const up = local.filter((i) => (i.from.startsWith('generator/') && /^(conformance|cli)\//.test(i.to)) || (i.from.startsWith('conformance/') && i.to.startsWith('cli/')));
    expect(shown(up)).toEqual([]);
  });

  it('enters the compiler from the kit only through its API for the kit', () => {
    const inward = local.filter((i) => i.from.startsWith('conformance/') && i.to.startsWith('generator/') && !kitApi.includes(i.to));
    expect(shown(inward)).toEqual([]);
    // Seen to fail: the kit's code does go through the API.
    expect(local.filter((i) => i.from.startsWith('conformance/') && kitApi.includes(i.to)).length).toBeGreaterThan(20);
  });

  it('keeps the kit API light: kit.ts loads no package but node: built-ins, its siblings one each', () => {
    expect(packagesLoadedBy('generator/src/kit.ts', imports).filter((p) => !p.startsWith('node:'))).toEqual([]);
    expect(packagesLoadedBy('generator/src/kit-yaml.ts', imports).filter((p) => !p.startsWith('node:'))).toEqual(['yaml']);
    expect(packagesLoadedBy('generator/src/kit-pages.ts', imports).filter((p) => !p.startsWith('node:'))).toEqual(['handlebars']);
    // Seen to fail: the compiler's own entry loads what the kit must not.
    expect(packagesLoadedBy('generator/src/pipeline.ts', imports)).toEqual(expect.arrayContaining(['ajv', 'yaml']));
  });
});
