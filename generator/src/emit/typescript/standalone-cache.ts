import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { compileStandalone, standaloneDeclarations, standaloneOptions, type StandaloneCode, type StandaloneInput } from './standalone.ts';
import { standaloneRuntimeHelpers } from './standalone-helpers.ts';

/**
 * Precompiling the validators is the slowest step of generating, and its output depends only on its input. So the
 * output records a key — a hash of the input schemas, ajv's version and the code that compiles them — and a hash of
 * its own text. When the standalone.js already in generated/ carries the key of this input and its text still
 * matches its hash, it is what compiling would give, byte for byte, and is reused. Any change to the schemas, to ajv
 * or to this compiler, or a hand edit of the file, makes the compiler run.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const ajvVersion = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;

/**
 * Raise this whenever standalone.ts changes how it compiles or wraps the code: the key cannot see code changes (the
 * same spec must give the same bytes whether the generator runs built or from source). The golden test compiles
 * afresh, so a change made without raising it fails there.
 */
const compilerVersion = 1;

export function standaloneKey(input: StandaloneInput): string {
  return sha256([JSON.stringify(input), `ajv ${ajvVersion}`, `compiler ${compilerVersion}`, JSON.stringify(standaloneOptions), JSON.stringify(standaloneRuntimeHelpers)].join('\n'));
}

const marker = '// asc-mods precompiled: key ';

/** Stamp compiled code with its key and the hash of its text (the second line of the file). */
export function stampStandalone(code: StandaloneCode, key: string): StandaloneCode {
  const newline = code.js.indexOf('\n');
  const banner = code.js.slice(0, newline + 1);
  const body = code.js.slice(newline + 1);
  return { ...code, js: `${banner}${marker}${key} text ${sha256(body)}\n${body}` };
}

/** The code in a previously generated standalone.js, when it was compiled from this very input and is untouched. */
export function reuseStandalone(previous: string | undefined, input: StandaloneInput, key: string): StandaloneCode | undefined {
  if (previous === undefined) return undefined;
  const first = previous.indexOf('\n');
  const second = previous.indexOf('\n', first + 1);
  if (first < 0 || second < 0) return undefined;
  const stamp = previous.slice(first + 1, second);
  const match = new RegExp(`^${marker.replace(/[/]/g, '\\/')}([0-9a-f]{64}) text ([0-9a-f]{64})$`).exec(stamp);
  if (!match || match[1] !== key || match[2] !== sha256(previous.slice(second + 1))) return undefined;
  return { js: previous, dts: standaloneDeclarations(Object.keys(input.exports)) };
}

/** Compile, and stamp the result so that a later run can reuse it. The one way generated standalone.js is made. */
export function compileStamped(input: StandaloneInput): StandaloneCode {
  return stampStandalone(compileStandalone(input), standaloneKey(input));
}
