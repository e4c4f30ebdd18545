/**
 * Two independent 32-bit FNV-1a hashes of a string: a 64-bit fingerprint, so that the batch rules can remember a
 * record uid in a few bytes instead of the string. Two uids share a fingerprint about once in 2^64 pairs.
 */
export function fingerprint(text: string, salt: number): [number, number] {
  hash(text, salt);
  return [hi, lo];
}

/** The fingerprint of a string appended to `out` (hi, then lo), without the pair fingerprint returns. */
export function pushFingerprint(text: string, salt: number, out: number[]): void {
  hash(text, salt);
  out.push(hi, lo);
}

let hi = 0;
let lo = 0;

function hash(text: string, salt: number): void {
  let a = 0x811c9dc5 ^ salt;
  let b = 0x01000193 ^ Math.imul(salt, 0x9e3779b1);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15);
  }
  hi = a >>> 0;
  lo = b >>> 0;
}
