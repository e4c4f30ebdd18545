import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import { describe, expect, it } from 'vitest';
import { schemaBase } from '../../src/emit/json-schema/ids.ts';
import { typeName } from '../../src/emit/naming.ts';
import { generateInto, tempDir, typecheck } from '../support/generated.ts';
import { kitchenSinkPath, realSpecPath } from '../support/paths.ts';

/**
 * Two independent routes to TypeScript must agree: our ts-morph types, and json-schema-to-typescript run over our
 * JSON Schemas. For every class each is assignable to the other (ours are deeply readonly, so theirs are compared
 * through DeepReadonly).
 */
describe.each([
  ['the real spec', realSpecPath],
  ['the kitchen sink', kitchenSinkPath],
])('TypeScript from ts-morph and from json-schema-to-typescript agree, for %s', (name, specPath) => {
  it('class by class, in both directions', async () => {
    const tree = await generateInto(specPath, `agree-${name.split(' ')[1]}`);
    const base = schemaBase(tree.model);
    const schemaDir = join(tree.dir, 'json-schema');
    const resolve = {
      http: {
        canRead: /^https?:/i,
        read: (file: { url: string }) => {
          if (!file.url.startsWith(base)) throw new Error(`no network in tests: ${file.url}`);
          return withoutListBounds(readFileSync(join(schemaDir, file.url.slice(base.length)), 'utf8'));
        },
      },
    };
    const blocks: string[] = [];
    const checks: string[] = [];
    for (const cls of tree.model.classes) {
      const schema = JSON.parse(withoutListBounds(readFileSync(join(schemaDir, `${cls.name}.schema.json`), 'utf8'))) as Record<string, unknown>;
      schema['title'] = typeName(cls.name); // name the root type; the title is otherwise the published name
      const ts = await compile(schema, typeName(cls.name), {
        bannerComment: '',
        additionalProperties: false,
        declareExternallyReferenced: true,
        format: false,
        cwd: schemaDir,
        $refOptions: { resolve } as never,
      });
      blocks.push(`namespace J_${cls.name} {\n${ts}\n}`);
      checks.push(`export const ${cls.name}_ours_to_theirs: Agree<O.${typeName(cls.name)}, DeepReadonly<J_${cls.name}.${typeName(cls.name)}>> = true;`);
    }
    const file = join(tempDir('agree'), 'agree.ts');
    writeFileSync(
      file,
      [
        `import type * as O from '${join(tree.dir, 'typescript', 'types.js')}';`,
        'type DeepReadonly<T> = T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;',
        'type Agree<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
        ...blocks,
        ...checks,
      ].join('\n'),
    );
    expect(typecheck([file])).toBe('');

    // Not vacuous: change one of our types and the same check must fail.
    const typesPath = join(tree.dir, 'typescript', 'types.ts');
    const types = readFileSync(typesPath, 'utf8');
    const changed = types.replace('readonly record_uid: string;', 'readonly record_uid: number;');
    expect(changed).not.toBe(types);
    writeFileSync(typesPath, changed);
    expect(typecheck([file])).toMatch(/error TS2322/);
  }, 180_000);
});

/**
 * A schema's text without maxItems. A TypeScript type does not carry the bound of a list, and json-schema-to-typescript
 * would meet a large one by dropping minItems too (a tuple union past its maxItems option), so the once-or-more
 * lists would no longer be compared.
 */
function withoutListBounds(text: string): string {
  return JSON.stringify(JSON.parse(text, (key, value: unknown) => (key === 'maxItems' ? undefined : value)));
}
