import { describe, expect, it } from 'vitest';
import { GrowableUint32 } from '../../../files/checks/growable.ts';
import { releaseNow } from '../../../files/checks/release.ts';

describe('releaseNow', () => {
  it('takes the memory away from the arrays it is given (they are detached, and read as empty)', () => {
    const a = new Uint32Array(1024).fill(7);
    const b = new Uint16Array(16).fill(1);
    const kept = new Uint32Array(8).fill(3);
    releaseNow(a, b);
    expect([a.length, a.buffer.byteLength, b.length]).toEqual([0, 0, 0]);
    expect([...kept]).toEqual([3, 3, 3, 3, 3, 3, 3, 3]);
  });

  it('leaves a growable array whole across the growths that release its old memory', () => {
    const g = new GrowableUint32();
    for (let i = 0; i < 5000; i += 1) g.push(i * 3);
    expect(g.length).toBe(5000);
    expect([g.at(0), g.at(1023), g.at(1024), g.at(4999)]).toEqual([0, 3069, 3072, 14997]);
  });
});
