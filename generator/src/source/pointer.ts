/** JSON Pointer (RFC 6901) helpers. */

export function encodeSegment(segment: string | number): string {
  return String(segment).replaceAll('~', '~0').replaceAll('/', '~1');
}

export function joinPointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((s) => '/' + encodeSegment(s)).join('');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
