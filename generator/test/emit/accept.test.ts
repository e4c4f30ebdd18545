import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { acceptExportName, compileAccept, UnsupportedSchema } from '../../src/emit/typescript/accept.ts';
import type { Schema } from '../../src/emit/json-schema/element-schema.ts';

const base = 'https://asc-mods.invalid/test/';

async function compiled(schemas: Schema[], exports: Record<string, string>): Promise<Record<string, (data: unknown) => boolean>> {
  const { js } = compileAccept({ schemas, exports });
  return (await import(`data:text/javascript;base64,${Buffer.from(js).toString('base64')}`)) as Record<string, (data: unknown) => boolean>;
}

function ajvFor(schemas: Schema[], id: string): (data: unknown) => boolean {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true });
  for (const f of ['date-time', 'email', 'uri', 'uuid']) ajv.addFormat(f, true);
  for (const s of schemas) ajv.addSchema(s);
  return ajv.getSchema(id) as (data: unknown) => boolean;
}

const coding: Schema = { $id: `${base}coding.schema.json`, type: 'object', properties: { code: { type: 'string', minLength: 2, maxLength: 3, pattern: '\\S' }, display: { type: 'string' } }, required: ['code'], additionalProperties: false };
const thing: Schema = {
  $id: `${base}thing.schema.json`,
  type: 'object',
  properties: {
    kind: { const: 'thing' },
    count: { type: 'integer', minimum: 1, maximum: 9 },
    ratio: { type: 'number' },
    flag: { type: 'boolean' },
    status: { enum: ['a', 'b'] },
    codes: { type: 'array', minItems: 1, maxItems: 2, items: { $ref: 'coding.schema.json' } },
    when: { type: 'string', format: 'date-time' },
  },
  required: ['kind'],
  additionalProperties: false,
};
const other: Schema = { $id: `${base}other.schema.json`, type: 'object', properties: { kind: { enum: ['other', 'else'] } }, required: ['kind'] };
const any: Schema = { $id: `${base}any.schema.json`, type: 'object', properties: { kind: { enum: ['thing', 'other', 'else'] } }, required: ['kind'], discriminator: { propertyName: 'kind' }, oneOf: [{ $ref: 'thing.schema.json' }, { $ref: 'other.schema.json' }] };
const schemas = [coding, thing, other, any];

describe('accept.js, compiled from schemas', () => {
  it('names each function after its validator', () => {
    expect(acceptExportName('validateCareWorker')).toBe('acceptsCareWorker');
  });

  it('gives ajv’s verdict on values at and past each keyword’s limits', async () => {
    const accept = await compiled(schemas, { validateThing: thing.$id as string, validateAny: any.$id as string });
    const ajvThing = ajvFor(schemas, thing.$id as string);
    const ajvAny = ajvFor(schemas, any.$id as string);
    const values: unknown[] = [
      { kind: 'thing' },
      { kind: 'thing', count: 1 },
      { kind: 'thing', count: 0 },
      { kind: 'thing', count: 1.5 },
      { kind: 'thing', count: 2.0 },
      { kind: 'thing', count: 9 },
      { kind: 'thing', count: 10 },
      { kind: 'thing', codes: [{ code: 'a' }] },
      { kind: 'thing', codes: [{ code: '\u{1f600}' }] },
      { kind: 'thing', codes: [{ code: '\u{1f600}\u{1f600}' }] },
      { kind: 'thing', codes: [{ code: '\ud800' }] },
      { kind: 'thing', count: Infinity },
      { kind: 'thing', count: '1' },
      { kind: 'thing', ratio: -Infinity },
      { kind: 'thing', ratio: 0.5 },
      { kind: 'thing', flag: 0 },
      { kind: 'thing', status: 'c' },
      { kind: 'thing', status: 'b' },
      { kind: 'thing', codes: [] },
      { kind: 'thing', codes: [{ code: 'abc' }] },
      { kind: 'thing', codes: [{ code: 'abcd' }] },
      { kind: 'thing', codes: [{ code: '\u{1f600}\u{1f600}\u{1f600}' }] },
      { kind: 'thing', codes: [{ code: '\ud800\ud800\ud800\ud800' }] },
      { kind: 'thing', codes: [{ code: '   ' }] },
      { kind: 'thing', codes: [{ code: 'a', extra: 1 }] },
      { kind: 'thing', codes: [{ code: 'aa' }, { code: 'bb' }, { code: 'cc' }] },
      { kind: 'thing', codes: {} },
      { kind: 'thing', when: 'not a date' },
      { kind: 'thing', other: 1 },
      { kind: 'other' },
      { kind: 'else', anything: true },
      { kind: 7 },
      { kind: 'none' },
      {},
      [],
      null,
      'thing',
    ];
    for (const value of values) {
      expect(accept['acceptsThing']!(value), JSON.stringify(value)).toBe(ajvThing(value));
      expect(accept['acceptsAny']!(value), JSON.stringify(value)).toBe(ajvAny(value));
    }
  });

  it('keeps spec text out of the code: a hostile property name or pattern is data', async () => {
    const hostile = '"]); globalThis.pwned = 1; ("\u2028';
    const schema: Schema = { $id: `${base}hostile.schema.json`, type: 'object', properties: { [hostile]: { type: 'string', pattern: '^a"\\)$' } }, required: [hostile], additionalProperties: false };
    const accept = await compiled([schema], { validateHostile: schema.$id as string });
    expect((globalThis as Record<string, unknown>)['pwned']).toBeUndefined();
    expect(accept['acceptsHostile']!({ [hostile]: 'a")' })).toBe(true);
    expect(accept['acceptsHostile']!({ [hostile]: 'b' })).toBe(false);
    expect(compileAccept({ schemas: [schema], exports: { validateHostile: schema.$id as string } }).js).not.toContain('\u2028');
  });

  it('refuses a keyword it does not compile, rather than accept what it would constrain', () => {
    for (const extra of [{ uniqueItems: true }, { multipleOf: 2 }, { anyOf: [{ type: 'string' }] }, { additionalProperties: { type: 'string' } }, { type: ['string', 'null'] }, { enum: [1] }]) {
      const schema = { ...coding, ...extra } as Schema;
      expect(() => compileAccept({ schemas: [schema], exports: { validateCoding: coding.$id as string } })).toThrow(UnsupportedSchema);
    }
    expect(() => compileAccept({ schemas: [any], exports: { validateAny: any.$id as string } })).toThrow(/no schema has the \$id/);
  });
});
