/**
 * The compiler's API for the kit's own YAML inputs (a supplier's attestations): YAML parsed with positions, and a
 * JSON Pointer located in it. Apart from kit.ts because it loads the YAML parser.
 */

export { locate } from './source/locate.ts';
export { parseSpec } from './source/parse.ts';
