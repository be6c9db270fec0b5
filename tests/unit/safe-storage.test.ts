import { describe, expect, it } from 'vitest';
import { createSafeStorage, type StorageBackend, type StorageFault } from '../../src/lib/safe-storage';
import { fakeStorage } from './helpers/fake-storage';

const throwing: StorageBackend = {
  get length(): number { throw new Error('SecurityError'); },
  key() { throw new Error('SecurityError'); },
  getItem() { throw new Error('SecurityError'); },
  setItem() { throw new Error('SecurityError'); },
  removeItem() { throw new Error('SecurityError'); },
};

function setup(backend: () => StorageBackend | undefined) {
  const faults: StorageFault[] = [];
  const writes: string[] = [];
  const s = createSafeStorage(backend, (f) => faults.push(f), (k) => writes.push(k));
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
});
