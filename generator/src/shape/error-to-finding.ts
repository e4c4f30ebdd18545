import type { ErrorObject } from 'ajv';
import { finding, type Finding } from '../diagnostics/diagnostic.ts';
import { joinPointer } from '../source/pointer.ts';
import { quote, suggest } from '../text/suggest.ts';

const formatHints: Record<string, string> = {
  '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$': 'a date written YYYY-MM-DD',
  '^https?://[^\\s]+$': 'a URL starting with http:// or https://',
  '^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?$': 'a semantic version such as 1.2.0',
  '^MODS-[A-Z]+-[0-9]{3}$': 'a requirement id such as MODS-AUDIT-001',
  '^([0-9]+|asc-[a-z0-9]+(-[a-z0-9]+)*)$': "a data-browser classId (digits) or asc-<kebab-case> for a class without one",
};

/** One ajv error → the findings it stands for, with a code from the catalogue. */
export function errorToFinding(error: ErrorObject): readonly Finding[] {
  const at = error.instancePath;
  const lastKey = at.split('/').at(-1) ?? '';
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      const guess = suggest(key, allowed);
      const hint = guess ? ` (did you mean "${guess}"?)` : allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
      return [finding('unknown-key', `unknown key "${key}"${hint}`, joinPointer(at, key), { at: 'key' })];
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const code = missing === 'description' ? 'missing-description' : 'missing-key';
      return [finding(code, `the required key "${missing}" is missing`, at, { at: 'key' })];
    }
    case 'type':
      if (at === '') {
        const what = error.data === null || error.data === undefined ? 'the file holds no YAML document' : `the document is ${article(typeof error.data === 'object' ? (Array.isArray(error.data) ? 'array' : 'object') : typeof error.data)}`;
        return [finding('wrong-type', `${what}; a spec is a mapping that starts with "format: asc-mods/1"`, at)];
      }
      return [finding('wrong-type', `expected ${article(String((error.params as { type: string }).type))}`, at)];
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues;
      return [finding('invalid-value', `${quote(error.data)} is not allowed; use one of ${allowed.map((v) => String(v)).join(', ')}`, at)];
    }
    case 'const':
      return [finding('invalid-value', `${quote(error.data)} is not allowed; use ${String((error.params as { allowedValue: unknown }).allowedValue)}`, at)];
    case 'pattern': {
      const pattern = String((error.params as { pattern: string }).pattern);
      if (pattern === '\\S') return [finding(lastKey === 'description' ? 'missing-description' : 'invalid-value', 'must not be blank', at)];
      return [finding('invalid-format', `${quote(error.data)} is not ${formatHints[pattern] ?? `of the form ${pattern}`}`, at)];
    }
    case 'minLength':
      return [finding(lastKey === 'description' ? 'missing-description' : 'invalid-value', 'must not be empty', at)];
    case 'minItems':
      return [finding('invalid-shape', `needs at least ${String((error.params as { limit: number }).limit)} item(s)`, at)];
    case 'uniqueItems':
      return [finding('invalid-shape', 'lists the same item twice', at)];
    case 'minProperties':
      return [finding('invalid-shape', 'must not be empty', at)];
    case 'minimum':
      return [finding('invalid-value', `must be ${String((error.params as { limit: number }).limit)} or more`, at)];
    default:
      return [finding('invalid-shape', error.message ?? `breaks the ${error.keyword} rule`, at)];
  }
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'a whole number', number: 'a number', boolean: 'true or false' };
  return names[type] ?? type;
}
