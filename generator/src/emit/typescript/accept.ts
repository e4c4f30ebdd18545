import { compareStrings } from '../../diagnostics/diagnostic.ts';
import type { Schema } from '../json-schema/element-schema.ts';
import { bannerText } from '../files.ts';
import type { StandaloneInput } from './standalone.ts';
import { jsLiteral } from './js-literal.ts';

/**
 * accept.js: for each precompiled validator (`validateRisk`) a function (`acceptsRisk`) that answers only whether a
 * value is valid, true exactly when the validator is. The file validator asks it first and runs ajv's validator,
 * which collects every error with its location, only for a record it refuses: most records are valid, and a yes or
 * no needs none of the work ajv does to be ready to report (an object of arguments and a path string for every
 * value it descends into, an error list per call), which made checking the schema a third of validate's time.
 *
 * It is compiled from the same schemas, for the keywords they use; a schema with any other keyword stops the
 * compile rather than be accepted unchecked. generator/test/emit/accept.test.ts holds it to ajv's verdict on every
 * example record, valid and broken.
 */
export interface AcceptCode {
  readonly js: string;
  readonly dts: string;
}

/** The export name of the function that answers for a precompiled validator's schema. */
export function acceptExportName(validatorName: string): string {
  return validatorName.replace(/^validate/, 'accepts');
}

/** Keywords that constrain a value, each compiled below; annotations and identifiers are left out of the code. */
const constraining = new Set(['$ref', 'type', 'const', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'items', 'minItems', 'maxItems', 'required', 'properties', 'additionalProperties', 'oneOf', 'discriminator']);
const ignored = new Set(['$schema', '$id', 'format']);

export class UnsupportedSchema extends Error {
  override readonly name = 'UnsupportedSchema';
}

export function compileAccept(input: StandaloneInput): AcceptCode {
  const compiler = new AcceptCompiler(input.schemas);
  const exports = Object.entries(input.exports).sort(([a], [b]) => compareStrings(a, b));
  const lines = exports.map(([name, id]) => `export const ${acceptExportName(name)} = ${compiler.functionFor(id)};`);
  const js = [`// ${bannerText}`, '// Yes-or-no validators compiled from the JSON Schemas in ../json-schema/: each is true exactly when the validator of the same name in standalone.js is.', ...compiler.prelude(), ...compiler.functions(), ...lines, ''].join('\n');
  const dts = [`// ${bannerText}`, ...exports.map(([name]) => `/** True exactly when standalone.js's ${name} accepts the value; it says nothing of why not. */\nexport declare function ${acceptExportName(name)}(data: unknown): boolean;`), ''].join('\n');
  return { js, dts };
}

class AcceptCompiler {
  private readonly byId = new Map<string, Schema>();
  private readonly names = new Map<string, string>();
  private readonly bodies: string[] = [];
  private readonly patterns = new Map<string, string>();
  private readonly sets = new Map<string, string>();
  private usesLength = false;
  private variables = 0;

  constructor(schemas: readonly Schema[]) {
    for (const schema of schemas) this.byId.set(String(schema['$id']), schema);
  }

  /** The name of the function for the schema with this $id, compiling it (and what it refers to) the first time. */
  functionFor(id: string): string {
    const known = this.names.get(id);
    if (known) return known;
    const schema = this.byId.get(id);
    if (!schema) throw new UnsupportedSchema(`accept: no schema has the $id ${id}`);
    const name = `a${this.names.size}`;
    this.names.set(id, name);
    const body = this.check(schema, 'x', id);
    this.bodies.push(`function ${name}(x) {\n${body.map((l) => `  ${l}`).join('\n')}\n  return true;\n}`);
    return name;
  }

  prelude(): string[] {
    const out: string[] = [];
    // As ajv counts for minLength and maxLength: code points, a lone surrogate as one.
    if (this.usesLength) out.push('function codePoints(s) { let n = 0; for (const _ of s) n++; return n; }');
    for (const [source, name] of this.patterns) out.push(`const ${name} = new RegExp(${jsLiteral(source)}, "u");`);
    for (const [values, name] of this.sets) out.push(`const ${name} = new Set(${values});`);
    return out;
  }

  functions(): string[] {
    return this.bodies;
  }

  private fresh(): string {
    this.variables += 1;
    return `v${this.variables}`;
  }

  /** Statements that return false unless `v` satisfies `schema` (its $refs resolved against `base`). */
  private check(schema: Schema, v: string, base: string): string[] {
    for (const key of Object.keys(schema)) {
      if (!constraining.has(key) && !ignored.has(key)) throw new UnsupportedSchema(`accept: the keyword ${key} is not compiled (in ${base})`);
    }
    const out: string[] = [];
    const s = schema as Record<string, unknown>;
    if (typeof s['$ref'] === 'string') out.push(`if (!${this.functionFor(new URL(s['$ref'], base).href)}(${v})) return false;`);
    const type = s['type'];
    if (type !== undefined) out.push(`if (!(${typeTest(type, v)})) return false;`);
    if ('const' in s) out.push(`if (${v} !== ${scalar(s['const'], base)}) return false;`);
    if (Array.isArray(s['enum'])) out.push(`if (!${this.setOf(s['enum'], base)}.has(${v})) return false;`);
    const strings = this.stringChecks(s, v);
    if (strings.length > 0) out.push(...guarded(type === 'string' ? undefined : `typeof ${v} === "string"`, strings));
    const numbers = [...(typeof s['minimum'] === 'number' ? [`if (${v} < ${s['minimum']}) return false;`] : []), ...(typeof s['maximum'] === 'number' ? [`if (${v} > ${s['maximum']}) return false;`] : [])];
    if (numbers.length > 0) out.push(...guarded(type === 'number' || type === 'integer' ? undefined : `typeof ${v} === "number"`, numbers));
    const arrays = this.arrayChecks(s, v, base);
    if (arrays.length > 0) out.push(...guarded(type === 'array' ? undefined : `Array.isArray(${v})`, arrays));
    const objects = this.objectChecks(s, v, base);
    if (objects.length > 0) out.push(...guarded(type === 'object' ? undefined : typeTest('object', v), objects));
    return out;
  }

  private stringChecks(s: Record<string, unknown>, v: string): string[] {
    const out: string[] = [];
    if (typeof s['minLength'] === 'number') {
      this.usesLength = true;
      // A string at least as long in code points as the limit is at least as long in code units.
      out.push(`if (${v}.length < ${s['minLength']} || (${v}.length < ${2 * s['minLength']} && codePoints(${v}) < ${s['minLength']})) return false;`);
    }
    if (typeof s['maxLength'] === 'number') {
      this.usesLength = true;
      // A string no longer in code units than the limit is no longer in code points: the count is rarely needed.
      out.push(`if (${v}.length > ${s['maxLength']} && codePoints(${v}) > ${s['maxLength']}) return false;`);
    }
    if (typeof s['pattern'] === 'string') out.push(`if (!${this.patternOf(s['pattern'])}.test(${v})) return false;`);
    return out;
  }

  private arrayChecks(s: Record<string, unknown>, v: string, base: string): string[] {
    const out: string[] = [];
    if (typeof s['minItems'] === 'number') out.push(`if (${v}.length < ${s['minItems']}) return false;`);
    if (typeof s['maxItems'] === 'number') out.push(`if (${v}.length > ${s['maxItems']}) return false;`);
    if (s['items'] !== undefined) {
      if (typeof s['items'] !== 'object' || s['items'] === null || Array.isArray(s['items'])) throw new UnsupportedSchema(`accept: items that is not a schema (in ${base})`);
      const item = this.fresh();
      const body = this.check(s['items'] as Schema, item, base);
      if (body.length > 0) out.push(`for (let i = 0; i < ${v}.length; i++) {`, `  const ${item} = ${v}[i];`, ...body.map((l) => `  ${l}`), '}');
    }
    return out;
  }

  private objectChecks(s: Record<string, unknown>, v: string, base: string): string[] {
    const out: string[] = [];
    // As ajv tests them: a property counts as present when reading it does not give undefined.
    for (const name of (s['required'] as string[] | undefined) ?? []) out.push(`if (${v}[${jsLiteral(name)}] === undefined) return false;`);
    const properties = (s['properties'] ?? {}) as Record<string, Schema>;
    if (s['additionalProperties'] === false) {
      const key = this.fresh();
      const names = Object.keys(properties);
      out.push(`for (const ${key} in ${v}) if (${names.length === 0 ? 'true' : `!${this.setOf(names, base)}.has(${key})`}) return false;`);
    } else if (s['additionalProperties'] !== undefined) {
      throw new UnsupportedSchema(`accept: additionalProperties other than false (in ${base})`);
    }
    for (const [name, schema] of Object.entries(properties)) {
      const value = this.fresh();
      const body = this.check(schema, value, base);
      if (body.length > 0) out.push(`{`, `  const ${value} = ${v}[${jsLiteral(name)}];`, `  if (${value} !== undefined) {`, ...body.map((l) => `    ${l}`), '  }', '}');
    }
    if (s['oneOf'] !== undefined) out.push(...this.discriminated(s, v, base));
    return out;
  }

  /** oneOf with ajv's discriminator: the branch named by the tag is the one that must hold, the others are not tried. */
  private discriminated(s: Record<string, unknown>, v: string, base: string): string[] {
    const tag = (s['discriminator'] as { propertyName?: unknown } | undefined)?.propertyName;
    const branches = s['oneOf'];
    if (typeof tag !== 'string' || !Array.isArray(branches)) throw new UnsupportedSchema(`accept: oneOf without a discriminator (in ${base})`);
    const t = this.fresh();
    const out = [`const ${t} = ${v}[${jsLiteral(tag)}];`, `if (typeof ${t} !== "string") return false;`, `switch (${t}) {`];
    for (const branch of branches as Schema[]) {
      const ref = (branch as Record<string, unknown>)['$ref'];
      if (typeof ref !== 'string' || Object.keys(branch).length !== 1) throw new UnsupportedSchema(`accept: a discriminated branch that is not a $ref (in ${base})`);
      const id = new URL(ref, base).href;
      const fn = this.functionFor(id);
      for (const value of tagValues(this.byId.get(id), tag, id)) out.push(`  case ${jsLiteral(value)}: if (!${fn}(${v})) return false; break;`);
    }
    out.push('  default: return false;', '}');
    return out;
  }

  private patternOf(source: string): string {
    let name = this.patterns.get(source);
    if (!name) this.patterns.set(source, (name = `p${this.patterns.size}`));
    return name;
  }

  private setOf(values: readonly unknown[], base: string): string {
    const literal = `[${values.map((value) => scalar(value, base)).join(', ')}]`;
    let name = this.sets.get(literal);
    if (!name) this.sets.set(literal, (name = `s${this.sets.size}`));
    return name;
  }
}

/** The values of the tag a branch of a discriminated oneOf stands for: its const, or its enum. */
function tagValues(schema: Schema | undefined, tag: string, id: string): string[] {
  const property = ((schema as Record<string, unknown> | undefined)?.['properties'] as Record<string, Record<string, unknown>> | undefined)?.[tag];
  if (typeof property?.['const'] === 'string') return [property['const']];
  if (Array.isArray(property?.['enum']) && property['enum'].every((x) => typeof x === 'string')) return property['enum'] as string[];
  throw new UnsupportedSchema(`accept: ${id} does not give ${tag} a const or an enum of strings`);
}

/** As ajv tests each JSON type (a number must be finite; an integer, a finite number without a fraction). */
function typeTest(type: unknown, v: string): string {
  switch (type) {
    case 'object':
      return `${v} !== null && typeof ${v} === "object" && !Array.isArray(${v})`;
    case 'array':
      return `Array.isArray(${v})`;
    case 'string':
      return `typeof ${v} === "string"`;
    case 'boolean':
      return `typeof ${v} === "boolean"`;
    case 'number':
      return `typeof ${v} === "number" && isFinite(${v})`;
    case 'integer':
      return `typeof ${v} === "number" && !(${v} % 1) && !isNaN(${v}) && isFinite(${v})`;
    default:
      throw new UnsupportedSchema(`accept: the type ${JSON.stringify(type)} is not compiled`);
  }
}

/** A string (the only kind of const and enum value the schemas use), as a JavaScript literal. */
function scalar(value: unknown, base: string): string {
  if (typeof value !== 'string') throw new UnsupportedSchema(`accept: a const or enum value that is not a string (in ${base})`);
  return jsLiteral(value);
}

function guarded(condition: string | undefined, body: readonly string[]): string[] {
  return condition === undefined ? [...body] : [`if (${condition}) {`, ...body.map((l) => `  ${l}`), '}'];
}
