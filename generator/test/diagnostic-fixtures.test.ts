import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnosticCodes } from '../src/diagnostics/catalogue.ts';
import { checkSpecFile } from '../src/pipeline.ts';
import { fixturesDir } from './support/paths.ts';

/**
 * Every fixture under fixtures/diagnostics declares, in "# expect: <code> <line>:<column>" header lines, exactly
 * the diagnostics it must produce. A fixture named <code>.yaml or <code>.<variant>.yaml exists for every code.
 */
const dir = join(fixturesDir, 'diagnostics');
const fixtures = readdirSync(dir).sort();

function expectations(name: string): string[] {
  const path = join(dir, name);
  if (statSync(path).isDirectory()) return ['file-unreadable 1:1'];
  const head = readFileSync(path, 'latin1').split('\n').slice(0, 20);
  return head.flatMap((line) => (line.startsWith('# expect: ') ? [line.slice('# expect: '.length).trim()] : [])).sort();
}

describe('diagnostic fixtures', () => {
  it.each(fixtures)('%s produces exactly the diagnostics it declares', async (name) => {
    const want = expectations(name);
    expect(want.length).toBeGreaterThan(0);
    const result = await checkSpecFile(join(dir, name));
    const got = result.diagnostics.map((d) => `${d.code} ${d.source.range.start.line}:${d.source.range.start.column}`).sort();
    expect(got).toEqual(want);
  });

  it('has a fixture for every code in the catalogue', () => {
    const covered = new Set(fixtures.map((name) => name.split('.')[0]));
    const missing = diagnosticCodes.filter((code) => !covered.has(code));
    expect(missing).toEqual([]);
  });

  it('names every fixture after a code that exists', () => {
    const known = new Set<string>(diagnosticCodes);
    expect(fixtures.map((name) => name.split('.')[0]).filter((code) => !known.has(code!))).toEqual([]);
  });
});
