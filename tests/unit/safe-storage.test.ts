import { describe, expect, it } from 'vitest';
import { createSafeStorage, type StorageBackend, type StorageFault } from '../../src/lib/safe-storage';
import { fakeStorage } from './helpers/fake-storage';

const throwing: StorageBackend = {
  get length(): number {
    throw new Error('SecurityError');
  },
  key() {
    throw new Error('SecurityError');
  },
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('SecurityError');
  },
  removeItem() {
    throw new Error('SecurityError');
  },
};

function setup(backend: () => StorageBackend | undefined) {
  const faults: StorageFault[] = [];
  const writes: string[] = [];
  const s = createSafeStorage(
    backend,
    (f) => faults.push(f),
    (k) => writes.push(k),
  );
  return { ...s, faults, writes };
}

describe('safe storage', () => {
  it('reads, writes, lists and deletes through the engine', () => {
    const backend = fakeStorage();
    const { engine, faults } = setup(() => backend);
    engine.a = '1';
    expect(backend.data.get('a')).toBe('1');
    expect('a' in engine).toBe(true);
    expect(Object.keys(engine)).toEqual(['a']);
    delete engine.a;
    expect(backend.data.has('a')).toBe(false);
    expect(faults).toEqual([]);
  });

  it('skips a write of the value already stored', () => {
    const backend = fakeStorage();
    backend.data.set('a', 'x');
    const { engine, writes } = setup(() => backend);
    engine.a = 'x';
    expect(writes).toEqual([]);
  });

  it('keeps working in memory when storage throws, and says so', () => {
    const { engine, faults } = setup(() => throwing);
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect(Object.keys(engine)).toEqual(['a']);
    expect(faults).toContain('unavailable');
  });

  it('keeps working when there is no storage at all', () => {
    const { engine, faults } = setup(() => {
      throw new Error('blocked');
    });
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect(faults).toEqual(['unavailable']);
  });

  it('reports a full storage, keeps the new value for this visit and the stored ones as they were', () => {
    const backend = fakeStorage(10);
    backend.data.set('old', '12345');
    const { engine, faults } = setup(() => backend);
    engine.big = 'x'.repeat(20);
    expect(faults).toEqual(['full']);
    expect(engine.big).toBe('x'.repeat(20));
    expect(backend.data.get('old')).toBe('12345');
    expect(backend.data.has('big')).toBe(false);
  });

  it('writes nothing once frozen', () => {
    const backend = fakeStorage();
    const { engine, freeze } = setup(() => backend);
    freeze();
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect(backend.data.size).toBe(0);
  });

  it('calls a storage that refuses every write with nothing stored unavailable, not full (issue 17.6)', () => {
    const backend = fakeStorage(0);
    const { engine, faults, isStored } = setup(() => backend);
    engine.a = '1';
    expect(faults).toEqual(['unavailable']);
    expect(isStored('a')).toBe(false);
  });

  it('writes a batch whole or not at all, putting back what it had written', () => {
    const backend = fakeStorage(30);
    backend.data.set('a', 'vanha');
    const { raw, faults } = setup(() => backend);
    expect(
      raw.apply([
        ['a', 'uusi'],
        ['b', 'x'.repeat(40)],
      ]),
    ).toBe(false);
    expect([...backend.data]).toEqual([['a', 'vanha']]);
    expect(faults).toEqual(['full']);
    expect(
      raw.apply([
        ['a', undefined],
        ['c', '1'],
      ]),
    ).toBe(true);
    expect([...backend.data]).toEqual([['c', '1']]);
  });

  it('lists only the keys it is told to, so a malformed key never reaches a store', () => {
    const backend = fakeStorage();
    backend.data.set('p:lesson:__proto__', '{}');
    backend.data.set('p:lesson:a', '{}');
    const s = createSafeStorage(
      () => backend,
      () => {},
      () => {},
      (key) => !key.includes('__proto__'),
    );
    expect(Object.keys(s.engine)).toEqual(['p:lesson:a']);
    expect(s.raw.keys()).toHaveLength(2);
  });
});
