import { releaseNow } from './release.ts';

const shardBits = 4;
const shards = 1 << shardBits;
const shardMask = shards - 1;
/** Bit 31 of a uid's versions: versions above 31 were seen (counted there, not in the bits). */
export const overflowBit = 0x80000000;

/**
 * Per record uid (by fingerprint): its class, the versions seen (a bit per version 1..31) and the position where it
 * was first seen. Open addressing over typed arrays, 18 bytes a slot, split into 16 shards by hash so that growing
 * one copies a sixteenth of the table, and each shard grows by half (not doubling): memory rises in small steps
 * and stays within about 1.5 times what the uids need.
 *
 * A slot handle is (slot << 4) | shard.
 */
export class UidTable {
  private readonly parts = Array.from({ length: shards }, () => new Shard(1 << 8));

  get count(): number {
    return this.parts.reduce((n, p) => n + p.size, 0);
  }

  /** The handle of a fingerprint's slot, or -1. */
  find(h: number, l: number): number {
    const s = (h >>> (32 - shardBits)) & shardMask;
    const slot = this.parts[s]!.find(h, l);
    return slot === -1 ? -1 : slot * shards + s;
  }

  /** The handle of a fingerprint's slot, adding it when new; isNew says which. */
  upsert(h: number, l: number): number {
    const s = (h >>> (32 - shardBits)) & shardMask;
    const part = this.parts[s]!;
    const before = part.size;
    const slot = part.upsert(h, l);
    this.isNew = part.size !== before;
    return slot * shards + s;
  }

  /** Whether the last upsert added its fingerprint. */
  isNew = false;

  type(handle: number): number {
    return this.parts[handle & shardMask]!.type[Math.floor(handle / shards)]!;
  }

  versions(handle: number): number {
    return this.parts[handle & shardMask]!.versions[Math.floor(handle / shards)]!;
  }

  first(handle: number): number {
    return this.parts[handle & shardMask]!.first[Math.floor(handle / shards)]!;
  }

  set(handle: number, type: number, versions: number, first: number): void {
    const part = this.parts[handle & shardMask]!;
    const slot = Math.floor(handle / shards);
    part.type[slot] = type;
    part.versions[slot] = versions;
    part.first[slot] = first;
  }

  setVersions(handle: number, versions: number): void {
    this.parts[handle & shardMask]!.versions[Math.floor(handle / shards)] = versions;
  }

  /** Every used slot's handle, shard by shard. */
  *handles(): Generator<number> {
    for (let s = 0; s < shards; s += 1) for (const slot of this.parts[s]!.slots()) yield slot * shards + s;
  }
}

/** One shard: fingerprints (0, 0 marks an empty slot; a real (0, 0) is stored as (0, 1)) and their columns. */
class Shard {
  size = 0;
  hi: Uint32Array;
  lo: Uint32Array;
  type: Uint16Array;
  versions: Uint32Array;
  first: Uint32Array;

  constructor(private capacity: number) {
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.type = new Uint16Array(capacity);
    this.versions = new Uint32Array(capacity);
    this.first = new Uint32Array(capacity);
  }

  find(h: number, l: number): number {
    if (h === 0 && l === 0) l = 1;
    const capacity = this.capacity;
    for (let i = start(h, l, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const hi = this.hi[i]!;
      const lo = this.lo[i]!;
      if (hi === h && lo === l) return i;
      if (hi === 0 && lo === 0) return -1;
    }
  }

  upsert(h: number, l: number): number {
    if (h === 0 && l === 0) l = 1;
    // Grow at four-fifths full: linear probing over a good hash stays short, and the table wastes little room.
    if ((this.size + 1) * 5 > this.capacity * 4) this.grow();
    const capacity = this.capacity;
    for (let i = start(h, l, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const hi = this.hi[i]!;
      const lo = this.lo[i]!;
      if (hi === h && lo === l) return i;
      if (hi === 0 && lo === 0) {
        this.hi[i] = h;
        this.lo[i] = l;
        this.size += 1;
        return i;
      }
    }
  }

  *slots(): Generator<number> {
    for (let i = 0; i < this.capacity; i += 1) if (this.hi[i] !== 0 || this.lo[i] !== 0) yield i;
  }

  private grow(): void {
    const old = { hi: this.hi, lo: this.lo, type: this.type, versions: this.versions, first: this.first };
    const capacity = Math.ceil(this.capacity * 1.5);
    this.capacity = capacity;
    this.size = 0;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.type = new Uint16Array(capacity);
    this.versions = new Uint32Array(capacity);
    this.first = new Uint32Array(capacity);
    for (let i = 0; i < old.hi.length; i += 1) {
      if (old.hi[i] === 0 && old.lo[i] === 0) continue;
      const slot = this.upsert(old.hi[i]!, old.lo[i]!);
      this.type[slot] = old.type[i]!;
      this.versions[slot] = old.versions[i]!;
      this.first[slot] = old.first[i]!;
    }
    releaseNow(old.hi, old.lo, old.type, old.versions, old.first);
  }
}

/** Where probing starts, from 0 to capacity - 1: a mix of both halves scaled to the capacity (any size, not only powers of two). */
function start(h: number, l: number, capacity: number): number {
  return Math.floor(((Math.imul(h ^ Math.imul(l, 0x9e3779b1), 0x85ebca6b) >>> 0) * capacity) / 4294967296);
}
