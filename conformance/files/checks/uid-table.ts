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
    return this.parts[handle & shardMask]!.cells[Math.floor(handle / shards) * stride + versionsCell]!;
  }

  first(handle: number): number {
    return this.parts[handle & shardMask]!.cells[Math.floor(handle / shards) * stride + firstCell]!;
  }

  set(handle: number, type: number, versions: number, first: number): void {
    const part = this.parts[handle & shardMask]!;
    const slot = Math.floor(handle / shards);
    part.type[slot] = type;
    part.cells[slot * stride + versionsCell] = versions;
    part.cells[slot * stride + firstCell] = first;
  }

  setVersions(handle: number, versions: number): void {
    this.parts[handle & shardMask]!.cells[Math.floor(handle / shards) * stride + versionsCell] = versions;
  }

  /** Every used slot's handle, shard by shard. */
  *handles(): Generator<number> {
    for (let s = 0; s < shards; s += 1) for (const slot of this.parts[s]!.slots()) yield slot * shards + s;
  }
}

/** Numbers a slot holds in Shard.cells, side by side so that one slot is one cache line: hi, lo, versions, first. */
const stride = 4;
const versionsCell = 2;
const firstCell = 3;

/**
 * One shard: fingerprints (0, 0 marks an empty slot; a real (0, 0) is stored as (0, 1)) and their columns, the
 * 32-bit ones interleaved by slot (a probe, and then the versions, read one cache line rather than four arrays).
 */
class Shard {
  size = 0;
  cells: Uint32Array;
  type: Uint16Array;

  constructor(private capacity: number) {
    this.cells = new Uint32Array(capacity * stride);
    this.type = new Uint16Array(capacity);
  }

  find(h: number, l: number): number {
    if (h === 0 && l === 0) l = 1;
    const capacity = this.capacity;
    const cells = this.cells;
    for (let i = start(h, l, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const hi = cells[i * stride]!;
      const lo = cells[i * stride + 1]!;
      if (hi === h && lo === l) return i;
      if (hi === 0 && lo === 0) return -1;
    }
  }

  upsert(h: number, l: number): number {
    if (h === 0 && l === 0) l = 1;
    // Grow at four-fifths full: linear probing over a good hash stays short, and the table wastes little room.
    if ((this.size + 1) * 5 > this.capacity * 4) this.grow();
    const capacity = this.capacity;
    const cells = this.cells;
    for (let i = start(h, l, capacity); ; i = i + 1 === capacity ? 0 : i + 1) {
      const hi = cells[i * stride]!;
      const lo = cells[i * stride + 1]!;
      if (hi === h && lo === l) return i;
      if (hi === 0 && lo === 0) {
        cells[i * stride] = h;
        cells[i * stride + 1] = l;
        this.size += 1;
        return i;
      }
    }
  }

  *slots(): Generator<number> {
    for (let i = 0; i < this.capacity; i += 1) if (this.cells[i * stride] !== 0 || this.cells[i * stride + 1] !== 0) yield i;
  }

  private grow(): void {
    const old = { cells: this.cells, type: this.type, capacity: this.capacity };
    const capacity = Math.ceil(this.capacity * 1.5);
    this.capacity = capacity;
    this.size = 0;
    this.cells = new Uint32Array(capacity * stride);
    this.type = new Uint16Array(capacity);
    for (let i = 0; i < old.capacity; i += 1) {
      const hi = old.cells[i * stride]!;
      const lo = old.cells[i * stride + 1]!;
      if (hi === 0 && lo === 0) continue;
      const slot = this.upsert(hi, lo);
      this.type[slot] = old.type[i]!;
      this.cells[slot * stride + versionsCell] = old.cells[i * stride + versionsCell]!;
      this.cells[slot * stride + firstCell] = old.cells[i * stride + firstCell]!;
    }
    releaseNow(old.cells, old.type);
  }
}

/** Where probing starts, from 0 to capacity - 1: a mix of both halves scaled to the capacity (any size, not only powers of two). */
function start(h: number, l: number, capacity: number): number {
  return Math.floor(((Math.imul(h ^ Math.imul(l, 0x9e3779b1), 0x85ebca6b) >>> 0) * capacity) / 4294967296);
}
