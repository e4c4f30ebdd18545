/**
 * Whether JSON text nests arrays and objects more than `max` deep, found by one pass over the text without
 * recursion, so that a body nested a hundred thousand deep is refused before anything walks it (the validators,
 * the record rules and JSON.stringify all recurse, and would exhaust the stack). Brackets inside strings are skipped;
 * text that is not JSON is left to the parser to refuse.
 */
export function nestedDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c) i += 1;
      else if (ch === 0x22) inString = false;
    } else if (ch === 0x22) inString = true;
    else if (ch === 0x5b || ch === 0x7b) {
      depth += 1;
      if (depth > max) return true;
    } else if (ch === 0x5d || ch === 0x7d) depth -= 1;
  }
  return false;
}
