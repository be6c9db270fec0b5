/**
 * Deterministic shuffling: the same seed gives the same order in Node (the server HTML) and in
 * every browser (the island's first render), so hydration never reorders what the learner sees.
 */

/** A 32-bit FNV-1a hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a tiny seeded generator of numbers in [0, 1); Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The numbers 0 … n−1 in an order fixed by the seed (Fisher–Yates). */
export function shuffledIndices(n: number, seed: string): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = seededRandom(hashString(seed));
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** Like `shuffledIndices`, but never 0 … n−1 in order, so an ordering exercise never starts solved. */
export function mixedIndices(n: number, seed: string): number[] {
  const order = shuffledIndices(n, seed);
  if (n > 1 && order.every((v, i) => v === i)) order.push(order.shift()!);
  return order;
}

/**
 * The seed of one question's order on one attempt. A quiz with `shuffle: true` gets a new order on
 * every attempt; any other quiz keeps the order of attempt 0 for good.
 */
export const orderSeed = (quizId: string, questionId: string, attempt: number, reshuffle: boolean): string =>
  `${quizId}/${questionId}/${reshuffle ? attempt : 0}`;
