import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths.ts';

/**
 * The OpenAPI document through openapi-typescript, as a supplier's developer would put it, with its own resolver: the
 * MODS "problem" record class and the RFC 9457 error object (ProblemDetails) stay two schemas.
 */
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-oat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = join(repoRoot, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');

function typesOf(openapiFile: string): string {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.ts`);
  const run = spawnSync(process.execPath, [cli, openapiFile, '-o', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return readFileSync(out, 'utf8');
}

/** What a create of a problem record sends, as the generated client types it. */
function problemCreateBody(types: string): string | undefined {
  const op = types.slice(types.indexOf('    createProblem: {'));
  return /"application\/json": (components\["schemas"\]\["[^"]+"\])/.exec(op.slice(op.indexOf('requestBody')))?.[1];
}

describe('the OpenAPI document in openapi-typescript', () => {
  it('types a create of a problem record with the problem class, and errors with ProblemDetails', () => {
    const types = typesOf(join(repoRoot, 'generated', 'openapi', 'mods.openapi.json'));
    expect(problemCreateBody(types)).toBe('components["schemas"]["problem.schema"]');
    expect(types).toMatch(/ProblemDetails: \{[^}]*title: string;[^}]*status: number;/s);
    expect(types).toMatch(/"application\/problem\+json": components\["schemas"\]\["ProblemDetails"\]/);
  });

  it('is seen to catch the collision: with the error object under the class name, a problem create is typed as an error', () => {
    const tree = join(dir, 'broken');
    cpSync(join(repoRoot, 'generated'), tree, { recursive: true, filter: (src) => !src.includes(`${join('generated', 'docs')}`) });
    const file = join(tree, 'openapi', 'mods.openapi.json');
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { components: { schemas: Record<string, unknown> } };
    doc.components.schemas['Problem'] = doc.components.schemas['ProblemDetails'];
    writeFileSync(file, JSON.stringify(doc));
    const types = typesOf(file);
    expect(problemCreateBody(types)).not.toBe('components["schemas"]["problem.schema"]');
  });
});
