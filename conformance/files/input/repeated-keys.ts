/**
 * Keys given twice in one object. JSON.parse keeps the last, other parsers the first or both (RFC 8259 leaves it
 * open), so a record with a repeated key means different things to different systems and is not checked.
 *
 * The test is cheap for the common case: every key in the text is a string followed by a colon, and a string value
 * can only add to that count (an escaped quote before a colon), never take from it; so when the count of `"…":`
 * in the text equals the number of keys the parsed value has, no key is repeated. Otherwise the text is scanned
 * exactly, object by object.
 */
export function repeatedKeyAt(text: string, value: unknown, keys: number = parsedKeys(value, Infinity)): number | undefined {
  if (keyTokens(text) === keys) return undefined;
  return firstRepeatedKey(text);
}

/**
 * Colons whose last character before them, JSON whitespace aside, is a quote: every key's, and perhaps a few inside
 * strings. Found with indexOf, which is about three times faster than a regular expression over the same text.
 */
function keyTokens(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(j)) j -= 1;
    if (text.charCodeAt(j) === 34) count += 1;
  }
  return count;
}

/**
 * The keys of every object in a parsed value, or -1 when it nests objects and arrays more than `limit` deep. One walk,
 * without recursion (JSON.parse itself does not recurse either, so a value of any depth gets here), serves both the
 * test above and the depth limit (nesting.ts): a separate scan of the text for the depth cost about 2% of a run.
 */
export function parsedKeys(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  const stack: object[] = [value];
  const depths: number[] = [1];
  while (stack.length > 0) {
    const v = stack.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return -1;
    if (Array.isArray(v)) {
      for (const item of v as unknown[]) {
        if (item !== null && typeof item === 'object') (stack.push(item), depths.push(depth + 1));
      }
    } else {
      const object = v as Record<string, unknown>;
      for (const key in object) {
        count += 1;
        const item = object[key];
        if (item !== null && typeof item === 'object') (stack.push(item), depths.push(depth + 1));
      }
    }
  }
  return count;
}

/** The character position (0-based) of the first key that repeats one before it in the same object. */
function firstRepeatedKey(text: string): number | undefined {
  const objects: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 123) objects.push(new Set());
    else if (c === 91) objects.push(undefined);
    else if (c === 125 || c === 93) objects.pop();
    else if (c === 34) {
      const start = i;
      for (i += 1; i < text.length && text.charCodeAt(i) !== 34; i += 1) if (text.charCodeAt(i) === 92) i += 1;
      let next = i + 1;
      while (next < text.length && /\s/.test(text[next]!)) next += 1;
      const keys = objects.at(-1);
      if (text[next] !== ':' || keys === undefined) continue;
      const key = JSON.parse(text.slice(start, i + 1)) as string;
      if (keys.has(key)) return start;
      keys.add(key);
    }
  }
  return undefined;
}
