import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an Authorization header carries this bearer token. The scheme is matched without regard to case
 * (RFC 9110 §11.1), one or more spaces may follow it, and the token is compared in constant time: both sides are
 * hashed first, so neither the length nor the first differing byte of the expected token shows in the timing.
 */
export function bearerAccepts(header: string | undefined, token: string): boolean {
  const match = header === undefined ? null : /^bearer +(\S+) *$/i.exec(header);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!), digest(token));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
