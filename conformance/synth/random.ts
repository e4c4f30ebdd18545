import { createHash } from 'node:crypto';
/**
 * A small seeded pseudo-random generator (mulberry32) and a keyed hash, for synthetic data that is the same for the
 * same seed on every machine. Not for anything that needs real randomness.
 */

/** A 32-bit hash of a seed and a few integer keys (MurmurHash3 over the keys as 32-bit words): the same keys, the same value. */
export function hash32(seed: number, ...keys: readonly number[]): number {
  let h = seed >>> 0;
  for (const key of keys) {
    let k = Math.imul(key >>> 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= keys.length * 4;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a string (FNV-1a), to key a hash by a name such as a class. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = hash32(0x6d2b79f5, seed) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Random.pick: empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One item, chosen with probability proportional to its weight (weights > 0). */
  weighted<T>(items: readonly { readonly item: T; readonly weight: number }[]): T {
    const total = items.reduce((sum, i) => sum + i.weight, 0);
    let at = this.next() * total;
    for (const { item, weight } of items) {
      at -= weight;
      if (at < 0) return item;
    }
    return items[items.length - 1]!.item;
  }
}

/**
 * A version-4-shaped UUID determined by the seed and keys. It takes 122 bits from a SHA-256 of them: synthetic
 * record uids must not collide even in files of millions of records, which four 32-bit hashes of one 32-bit state
 * could not promise.
 */
export function keyedUuid(seed: number, ...keys: readonly number[]): string {
  const hex = createHash('sha256').update(`${seed}:${keys.join(':')}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
