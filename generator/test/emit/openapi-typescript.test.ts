import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeName } from '../../src/emit/naming.ts';
import { repoRoot } from '../support/paths.ts';

/**
 * The OpenAPI document through openapi-typescript, as a supplier's developer would put it: the MODS "problem" record
 * class and the RFC 9457 error object (ProblemDetails) stay two schemas, and every record class's record_type is typed
 * as its own class name, which the discriminators' explicit mapping decides.
 */
const dir = mkdtempSync(join(tmpdir(), 'asc-mods-oat-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const cli = join(repoRoot, 'node_modules', 'openapi-typescript', 'bin', 'cli.js');
const documentFile = join(repoRoot, 'generated', 'openapi', 'mods.openapi.json');
const document = JSON.parse(readFileSync(documentFile, 'utf8')) as { components: { schemas: Record<string, { properties?: Record<string, { const?: string }> }> } };
const recordClasses = Object.values(document.components.schemas).flatMap((s) => s.properties?.['record_type']?.const ?? []);

function typesOf(file: string): string {
  const out = join(dir, `${Math.random().toString(36).slice(2)}.ts`);
  const run = spawnSync(process.execPath, [cli, file, '-o', out], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return readFileSync(out, 'utf8');
}

function brokenCopy(edit: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(readFileSync(documentFile, 'utf8')) as Record<string, unknown>;
  edit(doc);
  const file = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** What a create of a problem record sends, as the generated client types it. */
function problemCreateBody(types: string): string | undefined {
  const op = types.slice(types.indexOf('    createProblem: {'));
  return /"application\/json": (components\["schemas"\]\["[^"]+"\])/.exec(op.slice(op.indexOf('requestBody')))?.[1];
}

/** The type openapi-typescript declares for one component schema ('' when there is none). */
function componentType(types: string, component: string): string {
  const start = types.indexOf(`\n        ${component}: {`);
  return start < 0 ? '' : types.slice(start, types.indexOf('\n        };', start));
}

/** The record classes whose component types record_type as anything but their own name. */
function mistypedRecordTypes(types: string): string[] {
  return recordClasses.filter((name) => /\n {12}record_type: ([^;]+);/.exec(componentType(types, typeName(name)))?.[1] !== JSON.stringify(name));
}

function withoutMappings(value: unknown): void {
  if (Array.isArray(value)) value.forEach(withoutMappings);
  else if (value !== null && typeof value === 'object') {
    const discriminator = (value as { discriminator?: { mapping?: unknown } }).discriminator;
    if (discriminator && typeof discriminator === 'object') delete discriminator.mapping;
    Object.values(value).forEach(withoutMappings);
  }
}

/** Every discriminator mapping whose target component does not have that record type as its const. */
function mismatchedMappings(doc: unknown): string[] {
  const schemas = (doc as typeof document).components.schemas;
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value === null || typeof value !== 'object') return;
    const mapping = (value as { discriminator?: { mapping?: Record<string, string> } }).discriminator?.mapping ?? {};
    for (const [recordType, target] of Object.entries(mapping)) {
      if (schemas[target.replace('#/components/schemas/', '')]?.properties?.['record_type']?.const !== recordType) out.push(`${recordType} → ${target}`);
    }
    Object.values(value).forEach(visit);
  };
  visit(doc);
  return out;
}

describe('the OpenAPI document in openapi-typescript', () => {
  const types = typesOf(documentFile);

  it('types a create of a problem record with the problem class, and errors with ProblemDetails', () => {
    expect(problemCreateBody(types)).toBe('components["schemas"]["Problem"]');
    expect(types).toMatch(/ProblemDetails: \{[^}]*title: string;[^}]*status: number;/s);
    expect(types).toMatch(/"application\/problem\+json": components\["schemas"\]\["ProblemDetails"\]/);
  });

  it("types every record class's record_type as its own class name", () => {
    expect(recordClasses.length).toBeGreaterThan(50);
    expect(mistypedRecordTypes(types)).toEqual([]);
  });

  it("maps each discriminator's record types to the component whose record_type is that const (the typed client trusts the mapping)", () => {
    expect(JSON.stringify(document)).toContain('"mapping"');
    expect(mismatchedMappings(document)).toEqual([]);
    const broken = structuredClone(document) as unknown as { components: { schemas: Record<string, { discriminator?: { mapping: Record<string, string> } }> } };
    const union = Object.values(broken.components.schemas).find((s) => s.discriminator?.mapping)!;
    const [first, second] = Object.keys(union.discriminator!.mapping);
    union.discriminator!.mapping[first!] = union.discriminator!.mapping[second!]!;
    expect(mismatchedMappings(broken)).toEqual([`${first} → ${union.discriminator!.mapping[first!]}`]);
  });

  it('is seen to catch the collision: with the error object under the class name, a problem create is typed as an error', () => {
    const file = brokenCopy((doc) => {
      const schemas = (doc['components'] as { schemas: Record<string, unknown> }).schemas;
      schemas['Problem'] = schemas['ProblemDetails'];
    });
    expect(componentType(types, 'Problem')).not.toMatch(/\n {12}status: number;/);
    expect(componentType(typesOf(file), 'Problem')).toMatch(/\n {12}status: number;/);
  });

  it('is seen to catch a discriminator without its mapping: record types become component names', () => {
    const mistyped = mistypedRecordTypes(typesOf(brokenCopy(withoutMappings)));
    expect(mistyped.length).toBeGreaterThan(10);
  });
});
