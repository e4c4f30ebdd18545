/**
 * Ajv's runtime helpers, inlined into the precompiled validators so that they stay one dependency-free ES module.
 * Ajv's standalone code refers to a helper as `require("ajv/dist/runtime/<name>").default`; each is replaced by a
 * function of the same behaviour, written here, and the functions the code uses are put before it.
 */

/** The helpers standalone code can need for the keywords our schemas use, by the module ajv names. */
export const standaloneRuntimeHelpers: Readonly<Record<string, string>> = {
  // fast-deep-equal 3.x, which ajv uses for enum (from 200 values on, or with non-scalar values), const (non-scalar
  // values) and uniqueItems (items that may be objects or arrays): the same checks in the same order, so that any
  // value, JSON or not, compares as it does under ajv.
  'ajv/dist/runtime/equal': [
    'function equal(a, b) {',
    '  if (a === b) return true;',
    '  if (a && b && typeof a === "object" && typeof b === "object") {',
    '    if (a.constructor !== b.constructor) return false;',
    '    if (Array.isArray(a)) {',
    '      if (a.length !== b.length) return false;',
    '      for (let i = a.length; i-- !== 0;) if (!equal(a[i], b[i])) return false;',
    '      return true;',
    '    }',
    '    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;',
    '    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();',
    '    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();',
    '    const keys = Object.keys(a);',
    '    if (keys.length !== Object.keys(b).length) return false;',
    '    for (const key of keys) if (!Object.prototype.hasOwnProperty.call(b, key)) return false;',
    '    for (const key of keys) if (!equal(a[key], b[key])) return false;',
    '    return true;',
    '  }',
    '  return a !== a && b !== b;',
    '}',
  ].join('\n'),
  // minLength and maxLength count code points, a lone surrogate as one.
  'ajv/dist/runtime/ucs2length': 'function ucs2length(str) { let length = 0; for (const _ of str) length++; return length; }',
};

/** Ajv's other runtime modules, which standalone code for our schemas and options never refers to, and why. */
export const helpersNotNeeded: Readonly<Record<string, string>> = {
  'ajv/dist/runtime/parseJson': 'JSON Type Definition parsers only',
  'ajv/dist/runtime/quote': 'JSON Type Definition serializers only',
  'ajv/dist/runtime/re2': 'only with the code.regExp option set to RE2; the validators use RegExp',
  'ajv/dist/runtime/timestamp': 'JSON Type Definition only',
  'ajv/dist/runtime/uri': 'resolves $ids while compiling; compiled code never calls it',
  'ajv/dist/runtime/validation_error': 'only for $async schemas, which ours never are',
};

/** An ajv runtime module that standalone code needs and asc-mods does not inline: a bug in asc-mods to fix, not to ship. */
export class MissingRuntimeHelperError extends Error {
  constructor(readonly module: string) {
    super(`ajv standalone code needs ${module}, which asc-mods does not inline (generator/src/emit/typescript/standalone-helpers.ts)`);
    this.name = 'MissingRuntimeHelperError';
  }
}

/** The code with every helper it requires replaced by its inlined function, and those functions, in a fixed order. */
export function inlineRuntimeHelpers(code: string, helpers: Readonly<Record<string, string>> = standaloneRuntimeHelpers): { readonly code: string; readonly prelude: string } {
  const used = new Set<string>();
  const replaced = code.replace(/require\("([^"]+)"\)\.default/g, (_match: string, module: string) => {
    if (!Object.hasOwn(helpers, module)) throw new MissingRuntimeHelperError(module);
    used.add(module);
    return helperName(module);
  });
  if (/\brequire\(/.test(replaced)) throw new Error('ajv standalone code still contains require()');
  return { code: replaced, prelude: [...used].sort().map((m) => helpers[m]).join('\n') };
}

/** The name the inlined function goes by: the module's last segment (ajv's own names all end in a number). */
export const helperName = (module: string): string => module.split('/').at(-1)!;
