import { describe, expect, it } from 'vitest';
import { hashString, mixedIndices, orderSeed, shuffledIndices } from '../../src/lib/shuffle';

const sorted = (a: number[]) => [...a].sort((x, y) => x - y);

describe('shuffledIndices', () => {
  it('is a permutation of 0 … n−1', () => {
    for (const n of [0, 1, 2, 5, 12]) expect(sorted(shuffledIndices(n, `s${n}`))).toEqual([...Array(n).keys()]);
  });
  it('gives the same order for the same seed, as server and browser must', () => {
    expect(shuffledIndices(8, 'talo/q1/0')).toEqual(shuffledIndices(8, 'talo/q1/0'));
    // Fixed values: a changed algorithm would quietly reorder every quiz.
    expect(hashString('')).toBe(0x811c9dc5);
    expect(shuffledIndices(6, 'abc')).toEqual([4, 1, 2, 0, 5, 3]);
  });
  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, i) => shuffledIndices(6, `seed-${i}`).join()));
    expect(orders.size).toBeGreaterThan(15);
  });
  it('moves the first option off the top about evenly (authors tend to write the right one first)', () => {
    const firsts = Array.from({ length: 400 }, (_, i) => shuffledIndices(4, `q${i}`).indexOf(0));
    for (const position of [0, 1, 2, 3]) expect(firsts.filter((p) => p === position).length).toBeGreaterThan(60);
  });
});

describe('mixedIndices', () => {
  it('never returns the solved order', () => {
    for (let i = 0; i < 300; i++) {
      const order = mixedIndices(3, `o${i}`);
      expect(order).not.toEqual([0, 1, 2]);
      expect(sorted(order)).toEqual([0, 1, 2]);
    }
  });
});

describe('orderSeed', () => {
  it('is stable across attempts unless the quiz reshuffles', () => {
    expect(orderSeed('talo', 'q1', 0, false)).toBe(orderSeed('talo', 'q1', 5, false));
    expect(orderSeed('loppukoe', 'q1', 1, true)).not.toBe(orderSeed('loppukoe', 'q1', 2, true));
    expect(orderSeed('loppukoe', 'q1', 0, true)).toBe(orderSeed('loppukoe', 'q1', 0, false));
  });
});
