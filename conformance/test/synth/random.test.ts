import { describe, expect, it } from 'vitest';
import { hash32, hashString, keyedUuid, Random } from '../../synth/random.ts';

const draws = (seed: number, n = 5) => {
  const random = new Random(seed);
  return Array.from({ length: n }, () => random.next());
};

describe('Random', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('draws floats in [0, 1)', () => {
    for (const x of draws(42, 10_000)) expect(x >= 0 && x < 1).toBe(true);
  });

  it.each([
    [0, 0],
    [1, 6],
    [-3, 3],
  ])('int(%i, %i) stays in range and reaches both ends', (min, max) => {
    const random = new Random(7);
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(min, max)));
    expect(Math.min(...seen)).toBe(min);
    expect(Math.max(...seen)).toBe(max);
    expect(seen.size).toBe(max - min + 1);
  });

  it('pick reaches every item, and refuses an empty list', () => {
    const random = new Random(3);
    expect(new Set(Array.from({ length: 500 }, () => random.pick(['a', 'b', 'c'])))).toEqual(new Set(['a', 'b', 'c']));
    expect(() => random.pick([])).toThrow(/empty/);
  });

  it.each([
    [0, 0],
    [1, 1],
    [0.25, 0.25],
  ])('chance(%f) is true about %f of the time', (p, want) => {
    const random = new Random(11);
    const hits = Array.from({ length: 20_000 }, () => random.chance(p)).filter(Boolean).length / 20_000;
    expect(Math.abs(hits - want)).toBeLessThan(0.02);
  });

  it('weighted follows the weights', () => {
    const random = new Random(5);
    const picks = Array.from({ length: 20_000 }, () => random.weighted([{ item: 'rare', weight: 1 }, { item: 'common', weight: 3 }]));
    expect(Math.abs(picks.filter((p) => p === 'rare').length / 20_000 - 0.25)).toBeLessThan(0.02);
  });
});

describe('keyed hashes', () => {
  it('hash32 depends on the seed and on every key, in order', () => {
    expect(hash32(1, 2, 3)).toBe(hash32(1, 2, 3));
    expect(new Set([hash32(1, 2, 3), hash32(2, 2, 3), hash32(1, 3, 2), hash32(1, 2)]).size).toBe(4);
  });

  it('hashString tells names apart', () => {
    expect(hashString('risk')).toBe(hashString('risk'));
    expect(hashString('risk')).not.toBe(hashString('alert'));
  });

  it('keyedUuid is a version-4-shaped UUID, the same for the same keys and different otherwise', () => {
    const uid = keyedUuid(1, 2, 3);
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keyedUuid(1, 2, 3)).toBe(uid);
    const many = new Set(Array.from({ length: 10_000 }, (_, i) => keyedUuid(1, 2, i)));
    expect(many.size).toBe(10_000);
  });
});

describe('keyedUuid at scale', () => {
  it('does not collide over a million keys (it carries 122 bits, not 32)', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 1_000_000; i += 1) seen.add(keyedUuid(7, 42, i));
    expect(seen.size).toBe(1_000_000);
  });
});
