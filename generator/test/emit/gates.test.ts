import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validate as validateOpenApi } from '@readme/openapi-parser';
import { DuckDBInstance } from '@duckdb/node-api';
import { SparkSQL } from 'dt-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordClasses } from '../../src/model/hierarchy.ts';
import { typeName } from '../../src/emit/naming.ts';
import { schemaBase } from '../../src/emit/json-schema/ids.ts';
import { generateInto, readJson, schemaFiles, strictAjv, tempDir, typecheck, type GeneratedTree } from '../support/generated.ts';
import { kitchenSinkPath, realSpecPath } from '../support/paths.ts';

interface ExampleFile {
  class: string;
  valid: Record<string, unknown>;
  invalid: { id: string; requirement: string; expect: { instancePath: string; keyword: string; missingProperty?: string }; record: unknown }[];
}

/** A resolver that serves the schemas' $id URLs from the generated directory, and refuses any other URL. */
function localSchemas(tree: GeneratedTree) {
  const base = schemaBase(tree.model);
  return {
    http: {
      canRead: /^https?:/i,
      read: (file: { url: string }) => {
        if (!file.url.startsWith(base)) throw new Error(`no network in tests: ${file.url}`);
        return readFileSync(join(tree.dir, 'json-schema', file.url.slice(base.length)), 'utf8');
      },
    },
  };
}

describe.each([
  ['the real spec', realSpecPath],
  ['the kitchen sink (hostile text)', kitchenSinkPath],
])('validity gates over what %s generates', (name, specPath) => {
  let tree: GeneratedTree;
  beforeAll(async () => {
    tree = await generateInto(specPath, name.split(' ')[1]!);
  });

  it('the SQL schema runs in DuckDB (and again, changing nothing), and the Spark SQL parses', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const duck = readFileSync(join(tree.dir, 'sql', 'duckdb', 'schema.sql'), 'utf8');
    await connection.run(duck);
    const count = async () => (await connection.runAndReadAll('SELECT count(*) AS n FROM duckdb_tables()')).getRowObjectsJS()[0]!['n'];
    const tables = await count();
    expect(tables).toBeGreaterThan(BigInt(recordClasses(tree.model).length));
    await connection.run(duck);
    expect(await count()).toBe(tables);
    // The checks' view is made over those tables, and finds nothing in empty ones.
    await connection.run(readFileSync(join(tree.dir, 'sql', 'duckdb', 'checks.sql'), 'utf8'));
    expect((await connection.runAndReadAll('SELECT count(*) AS n FROM check__violations')).getRowObjectsJS()[0]!['n']).toBe(0n);
    expect(new SparkSQL().validate(readFileSync(join(tree.dir, 'sql', 'spark', 'schema.sql'), 'utf8'))).toEqual([]);
  });

  it('every JSON Schema compiles in ajv strict mode, alone and as the bundle', () => {
    const ajv = strictAjv();
    const files = schemaFiles(tree.dir).filter((f) => f !== 'mods.bundle.schema.json');
    for (const file of files) ajv.addSchema(readJson(join(tree.dir, 'json-schema', file)));
    for (const file of files) expect(() => ajv.getSchema(readJson(join(tree.dir, 'json-schema', file))['$id'] as string), file).not.toThrow();
    expect(() => strictAjv().compile(readJson(join(tree.dir, 'json-schema', 'mods.bundle.schema.json')))).not.toThrow();
  });

  it('the generated TypeScript passes tsc --noEmit in strict mode, and every valid example type-checks against its type', () => {
    const examples = recordClasses(tree.model).map((cls) => {
      const file = readJson<ExampleFile>(join(tree.dir, 'examples', `${cls.name}.json`));
      return `export const ${cls.name}: T.${typeName(cls.name)} = ${JSON.stringify(file.valid)};`;
    });
    const check = join(tempDir('examples'), 'examples.ts');
    writeFileSync(check, [`import type * as T from '${join(tree.dir, 'typescript', 'types.js')}';`, ...examples].join('\n'));
    const files = ['types.ts', 'validators.ts'].map((f) => join(tree.dir, 'typescript', f));
    expect(typecheck([...files, check], { exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true })).toBe('');
  }, 120_000);

  it('the OpenAPI document passes an independent OpenAPI 3.1 validator, which does reject a broken one', async () => {
    const result = await validateOpenApi(join(tree.dir, 'openapi', 'mods.openapi.json'), { resolve: localSchemas(tree) } as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    const broken = readJson(join(tree.dir, 'openapi', 'mods.openapi.json'));
    broken['info'] = { title: 'no version' }; // info.version is required
    const brokenPath = join(tree.dir, 'openapi', 'broken.openapi.json');
    writeFileSync(brokenPath, JSON.stringify(broken));
    expect((await validateOpenApi(brokenPath, { resolve: localSchemas(tree) } as never)).valid).toBe(false);
  });

  it('every valid example passes the precompiled validators and the schemas; every invalid one fails where it says', async () => {
    const compiled = (await import(join(tree.dir, 'typescript', 'standalone.js'))) as Record<string, ((v: unknown) => boolean) & { errors?: { instancePath: string; keyword: string; params: Record<string, unknown> }[] }>;
    const ajv = strictAjv();
    for (const file of schemaFiles(tree.dir).filter((f) => f !== 'mods.bundle.schema.json')) ajv.addSchema(readJson(join(tree.dir, 'json-schema', file)));
    const problems: string[] = [];
    for (const cls of recordClasses(tree.model)) {
      const file = readJson<ExampleFile>(join(tree.dir, 'examples', `${cls.name}.json`));
      const validate = compiled[`validate${typeName(cls.name)}`]!;
      const fromSchema = ajv.getSchema(schemaBase(tree.model) + `${cls.name}.schema.json`)!;
      if (!validate(file.valid)) problems.push(`${cls.name}: the valid example fails: ${JSON.stringify(validate.errors?.slice(0, 2))}`);
      if (!fromSchema(file.valid)) problems.push(`${cls.name}: the valid example fails the schema file`);
      if (!compiled['validateModsRecord']!(file.valid)) problems.push(`${cls.name}: the valid example is not a valid record of any class`);
      for (const invalid of file.invalid) {
        if (validate(invalid.record)) {
          problems.push(`${cls.name} ${invalid.id}: passes`);
          continue;
        }
        const { instancePath, keyword, missingProperty } = invalid.expect;
        const hit = validate.errors?.some((e) => e.instancePath === instancePath && e.keyword === keyword && (missingProperty === undefined || e.params['missingProperty'] === missingProperty));
        if (!hit) problems.push(`${cls.name} ${invalid.id}: not reported as ${keyword} at "${instancePath}"`);
        if (fromSchema(invalid.record)) problems.push(`${cls.name} ${invalid.id}: passes the schema file`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('each keyword of each requirement checked by schema is broken by at least one invalid example', () => {
    const covered = new Set(recordClasses(tree.model).flatMap((cls) => readJson<ExampleFile>(join(tree.dir, 'examples', `${cls.name}.json`)).invalid.map((i) => i.id)));
    const wanted = tree.model.requirements.filter((r) => r.check.method === 'schema' && r.status === 'active').flatMap((r) => r.check.keywords.map((k) => `${r.id}.${k}`));
    expect(wanted.length).toBeGreaterThan(0);
    expect(wanted.filter((id) => !covered.has(id))).toEqual([]);
  });
});
