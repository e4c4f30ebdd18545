import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typeName } from '../../generator/src/emit/naming.ts';
import { packageRoot } from '../../generator/src/paths.ts';
import { token, withReferenceServer } from './support.ts';
import { clientProject, clientRecords, compile, runClient } from './typed-client/project.ts';

/**
 * Issue 12: the contract works in the tools suppliers use. openapi-typescript generates the types from the OpenAPI
 * document, a client written with openapi-fetch (typed-client/fixture/client.ts, no casts, no `any`) compiles under
 * tsc --strict, then creates, reads, updates with If-Match (and is refused a stale one) and reads the history of a
 * record of four classes against the reference supplier. A broken copy of the document makes the same client fail
 * to compile.
 */
const documentFile = join(packageRoot(), 'generated', 'openapi', 'mods.openapi.json');
const clientSource = join(packageRoot(), 'conformance', 'test', 'typed-client', 'fixture', 'client.ts');
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function project(file: string): string {
  const dir = clientProject(file);
  dirs.push(dir);
  return dir;
}

type Schema = { properties: Record<string, { const?: string }>; required: string[]; discriminator?: { mapping: Record<string, string> } };

/** A copy of the document with its component schemas changed. */
function brokenDocument(edit: (schemas: Record<string, Schema>) => void): string {
  const doc = JSON.parse(readFileSync(documentFile, 'utf8')) as { components: { schemas: Record<string, Schema> } };
  edit(doc.components.schemas);
  const dir = mkdtempSync(join(tmpdir(), 'asc-mods-typed-client-doc-'));
  dirs.push(dir);
  const file = join(dir, 'broken.openapi.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

/** A class's record_type mistyped: in its schema's const and in every discriminator mapping (which decides the type). */
function mistype(recordType: string, wrong: string): (schemas: Record<string, Schema>) => void {
  return (schemas) => {
    schemas[typeName(recordType)]!.properties['record_type']!.const = wrong;
    for (const schema of Object.values(schemas)) {
      const mapping = schema.discriminator?.mapping;
      if (mapping?.[recordType] === undefined) continue;
      mapping[wrong] = mapping[recordType];
      delete mapping[recordType];
    }
  };
}

/** The source with its comments removed, for the checks on what the code itself says. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
}

/** What each round trip must show for a record of a class, sent with a uid, at the class's path. */
function want(recordType: string, uid: string, path: string) {
  return {
    recordType,
    create: { status: 201, etag: '"1"', location: `/${path}/${uid}`, recordType, version: 1 },
    read: { status: 200, etag: '"1"', recordType, version: 1 },
    update: { status: 200, etag: '"2"', recordType, version: 2 },
    stale: { status: 412, etag: null, title: 'Precondition failed' },
    history: { status: 200, versions: [1, 2], uids: [uid] },
  };
}

describe('a typed client (openapi-typescript + openapi-fetch) against the reference supplier', () => {
  const dir = project(documentFile);

  it('has no casts and no any', () => {
    const source = code(readFileSync(clientSource, 'utf8'));
    expect(source).not.toMatch(/\bas\s+(?!const\b)[A-Za-z{[(]/);
    expect(source).not.toMatch(/\bany\b/);
    expect(source).not.toMatch(/@ts-(ignore|expect-error|nocheck)/);
  });

  it('compiles under tsc --strict', () => {
    expect(compile(dir)).toBe('');
  });

  it('creates, reads, updates with If-Match, is refused a stale If-Match and reads the history of each record', async () => {
    const seen = await withReferenceServer({}, (baseUrl) => runClient(dir, baseUrl, token));
    const suite = JSON.parse(readFileSync(join(packageRoot(), 'generated', 'conformance', 'suite.json'), 'utf8')) as { classes: { record_type: string; path: string }[] };
    const wants = clientRecords.map(({ recordType, variant }) => {
      const fixtures = JSON.parse(readFileSync(join(packageRoot(), 'generated', 'conformance', 'classes', `${recordType}.json`), 'utf8')) as Record<string, { record_uid: string }>;
      const path = suite.classes.find((c) => c.record_type === recordType)!.path.slice(1);
      return want(recordType, fixtures[variant]!.record_uid, path);
    });
    expect(seen).toEqual(wants);
  });

  it("is seen to fail to compile when a class's record_type is mistyped in the document", () => {
    const report = compile(project(brokenDocument(mistype('alert', 'alerts'))));
    expect(report).toMatch(/records\.ts\(\d+,\d+\): error TS2322: Type '"alert"' is not assignable to type '"alerts"'/);
  });

  it('is seen to fail to compile when the document stops requiring version_number of a class', () => {
    const occupancy = (schemas: Record<string, Schema>) => {
      const schema = schemas[typeName('occupancy')]!;
      schema.required = schema.required.filter((e) => e !== 'version_number');
    };
    const report = compile(project(brokenDocument(occupancy)));
    expect(report).toMatch(/client\.ts\(\d+,\d+\): error TS2344: Type '\{ record_type: "occupancy";[^\n]*does not satisfy the constraint 'Versioned'/);
    expect(report).toContain("Types of property 'version_number' are incompatible.");
  });
});
