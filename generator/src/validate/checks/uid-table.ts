/**
 * Per record uid (by fingerprint): its class, the versions seen (a bit per version 1..31), and where it was first
 * seen. Open addressing over typed arrays: about 40 bytes per record uid at most, whatever the size of the records.
 */
export class UidTable {
  private capacity = 1 << 12;
  private size = 0;
  private hi = new Uint32Array(this.capacity);
  private lo = new Uint32Array(this.capacity);
  private used = new Uint8Array(this.capacity);
  type = new Uint16Array(this.capacity);
  versions = new Uint32Array(this.capacity);
  /** Versions above 31: counted here, not in the bits. */
  overflow = new Uint8Array(this.capacity);
  firstLine = new Uint32Array(this.capacity);
  firstFile = new Uint16Array(this.capacity);
  firstRecord = new Uint32Array(this.capacity);

  get count(): number {
    return this.size;
  }

  /** The slot of a fingerprint, or -1. */
  find(h: number, l: number): number {
    const mask = this.capacity - 1;
    for (let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) return -1;
      if (this.hi[i] === h && this.lo[i] === l) return i;
    }
  }

  /** The slot of a fingerprint, adding it when new (the bool says which). */
  upsert(h: number, l: number): [number, boolean] {
    // Grow at four-fifths full: linear probing over a good hash stays short, and the table wastes little room.
    if ((this.size + 1) * 5 > this.capacity * 4) this.grow();
    const mask = this.capacity - 1;
    for (let i = (h ^ Math.imul(l, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.hi[i] = h;
        this.lo[i] = l;
        this.size += 1;
        return [i, true];
      }
      if (this.hi[i] === h && this.lo[i] === l) return [i, false];
    }
  }

  *slots(): Generator<number> {
    for (let i = 0; i < this.capacity; i += 1) if (this.used[i]) yield i;
  }

  private grow(): void {
    const old = { hi: this.hi, lo: this.lo, used: this.used, type: this.type, versions: this.versions, overflow: this.overflow, firstFile: this.firstFile, firstRecord: this.firstRecord, firstLine: this.firstLine };
    const capacity = this.capacity * 2;
    this.capacity = capacity;
    this.size = 0;
    this.hi = new Uint32Array(capacity);
    this.lo = new Uint32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.type = new Uint16Array(capacity);
    this.versions = new Uint32Array(capacity);
    this.overflow = new Uint8Array(capacity);
    this.firstLine = new Uint32Array(capacity);
    this.firstFile = new Uint16Array(capacity);
    this.firstRecord = new Uint32Array(capacity);
    for (let i = 0; i < old.used.length; i += 1) {
      if (!old.used[i]) continue;
      const [slot] = this.upsert(old.hi[i]!, old.lo[i]!);
      this.type[slot] = old.type[i]!;
      this.versions[slot] = old.versions[i]!;
      this.overflow[slot] = old.overflow[i]!;
      this.firstFile[slot] = old.firstFile[i]!;
      this.firstRecord[slot] = old.firstRecord[i]!;
      this.firstLine[slot] = old.firstLine[i]!;
    }
  }
}
