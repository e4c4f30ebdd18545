import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/paths.ts';

const schema = JSON.parse(readFileSync(join(repoRoot, 'spec', 'mods.schema.json'), 'utf8'));

describe('the format schema (spec/mods.schema.json)', () => {
  it('compiles in ajv strict mode', () => {
    expect(() => new Ajv({ strict: true }).compile(schema)).not.toThrow();
  });

  it('refuses unknown keys on every object it defines', () => {
    const objects = [schema, ...Object.values(schema.definitions as Record<string, { type?: string; additionalProperties?: boolean }>)].filter((d) => d.type === 'object');
    expect(objects.length).toBeGreaterThan(10);
    for (const definition of objects) expect(definition.additionalProperties).toBe(false);
  });

  it('describes each kind of object an architect writes, for editor tooltips', () => {
    const undocumented = Object.entries(schema.definitions.element.properties as Record<string, { description?: string; $ref?: string }>)
      .filter(([, p]) => !p.description && !p.$ref)
      .map(([k]) => k);
    expect(undocumented).toEqual([]);
  });
});
