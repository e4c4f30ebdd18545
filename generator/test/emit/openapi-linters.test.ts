import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateInto, type GeneratedTree } from '../support/generated.ts';
import { kitchenSinkPath, repoRoot } from '../support/paths.ts';

/**
 * The OpenAPI document through the linters suppliers run, as processes with the committed configs (.spectral.yaml,
 * redocly.yaml at the root of the repository): Spectral's spectral:oas and Redocly's recommended rules find nothing.
 * Both check every example against its schema, which they can only do because the document is self-contained.
 */
const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const documentFile = join(repoRoot, 'generated', 'openapi', 'mods.openapi.json');
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-lint-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  readonly tool: string;
  readonly severity: string;
  readonly rule: string;
  readonly where: string;
}

function spectral(file: string): Finding[] {
  const run = spawnSync(bin('spectral'), ['lint', file, '--ruleset', join(repoRoot, '.spectral.yaml'), '--format', 'json', '--quiet'], { encoding: 'utf8', cwd: repoRoot });
  if (run.status === 2 || !run.stdout.trim().startsWith('[')) throw new Error(`spectral did not run: ${run.stderr || run.stdout}`);
  const names = ['error', 'warning', 'information', 'hint'];
  return (JSON.parse(run.stdout) as { code: string; severity: number; path: string[] }[]).map((r) => ({ tool: 'spectral', severity: names[r.severity]!, rule: r.code, where: r.path.join('.') }));
}

function redocly(file: string): Finding[] {
  const run = spawnSync(bin('redocly'), ['lint', file, '--config', join(repoRoot, 'redocly.yaml'), '--format', 'json', '--max-problems', '10000'], { encoding: 'utf8', cwd: repoRoot });
  if (!run.stdout.trim().startsWith('{')) throw new Error(`redocly did not run: ${run.stderr || run.stdout}`);
  const report = JSON.parse(run.stdout) as { problems: { ruleId: string; severity: string; location: { pointer: string }[] }[] };
  return report.problems.map((p) => ({ tool: 'redocly', severity: p.severity, rule: p.ruleId, where: p.location[0]?.pointer ?? '' }));
}

/** A copy of the document whose first request example lacks the record type its schema requires. */
function withBrokenExample(): string {
  const doc = JSON.parse(readFileSync(documentFile, 'utf8')) as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { examples: Record<string, { value: Record<string, unknown> }> }> } }>> };
  const body = Object.values(doc.paths).flatMap((item) => Object.values(item)).find((op) => op.requestBody)!.requestBody!;
  delete Object.values(body.content['application/json']!.examples)[0]!.value['record_type'];
  const file = join(dir, 'broken.openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('the OpenAPI document in Spectral and Redocly', () => {
  it('Spectral (spectral:oas) finds nothing', () => {
    expect(spectral(documentFile)).toEqual([]);
  });

  it('Redocly (recommended) finds no error and no warning', () => {
    expect(redocly(documentFile)).toEqual([]);
  });

  it('both are seen to fail on a broken copy: an example that breaks its schema', () => {
    const broken = withBrokenExample();
    expect(spectral(broken)).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'oas3-valid-media-example' }));
    expect(redocly(broken)).toContainEqual(expect.objectContaining({ rule: 'no-invalid-media-type-examples' }));
  });

  describe('over what the kitchen sink (hostile text) generates', () => {
    let tree: GeneratedTree;
    beforeAll(async () => {
      tree = await generateInto(kitchenSinkPath, 'lint-sink');
    });

    it('neither finds anything', () => {
      const file = join(tree.dir, 'openapi', 'mods.openapi.json');
      expect([...spectral(file), ...redocly(file)]).toEqual([]);
    });
  });
});
