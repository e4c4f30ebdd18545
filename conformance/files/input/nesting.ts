/**
 * The deepest nesting of objects and arrays a record may have. No MODS record nests more than a few levels (the
 * plans follow components four deep); a record nested more deeply is reported and not checked, so that no step
 * that walks a record (the schema's validator, the rules, a value shown in a report) can run out of stack.
 */
export const maxNesting = 64;

/**
 * Whether a JSON text nests objects and arrays more than `limit` deep (brackets inside strings do not count), before it
 * is parsed: the reference server's guard on a request body. A record file's lines are parsed first and measured in
 * the walk that counts their keys (repeated-keys.ts's `parsedKeys`).
 */
export function nestsDeeperThan(text: string, limit = maxNesting): boolean {
  // Most lines never come close: one bracket is needed per level, so a text with few brackets is passed at once.
  let open = 0;
  for (let i = text.indexOf('{'); i !== -1 && open <= limit; i = text.indexOf('{', i + 1)) open += 1;
  for (let i = text.indexOf('['); i !== -1 && open <= limit; i = text.indexOf('[', i + 1)) open += 1;
  if (open <= limit) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return false;
}
