/**
 * RFC 9110 §13.1.1 If-Match: `*` matches any current representation; otherwise a comma-separated list of entity
 * tags, compared strongly, so a weak tag (W/"2") never matches.
 */
export function ifMatchAccepts(header: string, currentTag: string): boolean {
  const value = header.trim();
  if (value === '*') return true;
  return splitTags(value).some((tag) => !tag.startsWith('W/') && tag === currentTag);
}

/** The entity tags of a list, split on commas outside quotes. */
function splitTags(value: string): string[] {
  const tags: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of value) {
    if (ch === '"') quoted = !quoted;
    if (ch === ',' && !quoted) (tags.push(current.trim()), (current = ''));
    else current += ch;
  }
  tags.push(current.trim());
  return tags.filter((t) => t.length > 0);
}
