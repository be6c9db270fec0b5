import { describe, expect, it } from 'vitest';
import { DATA_VERSION, LEGACY_PREFIX, storagePrefix, VERSION_KEY } from '../../src/lib/learner-data';
import { adoptLegacyKeys, migrate, renameItems, storedVersion, type RawStore } from '../../src/lib/learner-migrations';

const T = '2026-11-20T10:00:00.000Z';
const P = storagePrefix('/koulutus/osallisuus/');

function memoryStore(initial: Record<string, string> = {}, { failAfter = Infinity } = {}): RawStore & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    keys: () => Object.keys(data),
    get: (k) => data[k],
    apply(writes) {
      const list = [...writes];
      if (list.length > failAfter) return false;
      for (const [k, v] of list) {
        if (v === undefined) delete data[k];
        else data[k] = v;
      }
      return true;
    },
  };
}

describe('stored format version', () => {
  it('is empty before anything is stored, and current after migrate', () => {
    const store = memoryStore();
    expect(storedVersion(store, P)).toEqual({ kind: 'empty' });
    migrate(store, P);
    expect(store.data[P + VERSION_KEY]).toBe(String(DATA_VERSION));
    expect(storedVersion(store, P)).toEqual({ kind: 'current' });
  });

  it('upgrades version 1 data written before the version mark, keeping every value', () => {
    // Fixture: data of version 1 as stored without the version key.
    const v1 = {
      [`${P}lesson:talon-rakenne`]: JSON.stringify({ visitedAt: T, completedAt: T }),
      [`${P}reflection:talo-oma-yksikko`]: JSON.stringify({ text: 'Palaute toimii.', updatedAt: T }),
      'muu-sivusto': 'ei koske kurssia',
    };
    const store = memoryStore(v1);
    expect(storedVersion(store, P)).toEqual({ kind: 'older', version: 1 });
    migrate(store, P);
    expect(store.data).toEqual({ ...v1, [P + VERSION_KEY]: '1' });
  });

  it('leaves data of a newer course version untouched', () => {
    const store = memoryStore({ [P + VERSION_KEY]: '99', [`${P}lesson:x`]: '{"future":true}' });
    expect(storedVersion(store, P)).toEqual({ kind: 'newer', version: '99' });
    const before = { ...store.data };
    migrate(store, P);
    expect(store.data).toEqual(before);
  });

  it('freezes odd version marks like a newer version instead of overwriting them (issue 17.6)', () => {
    for (const odd of ['2.5', 'Infinity', '-1', '0', 'garbage', '', '1e3']) {
      const store = memoryStore({ [P + VERSION_KEY]: odd, [`${P}lesson:x`]: '{"future":true}' });
      expect(storedVersion(store, P).kind, odd).toBe('newer');
      const before = { ...store.data };
      migrate(store, P);
      expect(store.data, odd).toEqual(before);
    }
  });
});

describe('migration steps', () => {
  it('run one by one from the stored version, each recording its version', () => {
    // Fixture: version 1 data with quiz results under old ids; a step renames them.
    const store = memoryStore({ [P + VERSION_KEY]: '1', [`${P}quiz:talo-visa`]: '{"a":1}', [`${P}quiz:pysyy`]: '{"b":2}' });
    const steps = { 1: (s: RawStore, prefix: string) => renameItems(s, prefix, 'quizzes', (id) => ({ 'talo-visa': 'talo' })[id]) };
    expect(migrate(store, P, steps, 2)).toEqual({ kind: 'older', version: 1 });
    expect(store.data).toEqual({ [P + VERSION_KEY]: '2', [`${P}quiz:talo`]: '{"a":1}', [`${P}quiz:pysyy`]: '{"b":2}' });
  });

  it('never overwrite: an item whose new id is taken keeps its old id', () => {
    const store = memoryStore({ [`${P}quiz:vanha`]: '1', [`${P}quiz:uusi`]: '2' });
    renameItems(store, P, 'quizzes', () => 'uusi');
    expect(store.data).toEqual({ [`${P}quiz:vanha`]: '1', [`${P}quiz:uusi`]: '2' });
  });

  it('stop, without marking the version, when storage refuses a step', () => {
    const store = memoryStore({ [P + VERSION_KEY]: '1', [`${P}quiz:a`]: '1' }, { failAfter: 1 });
    migrate(store, P, { 1: (s, prefix) => renameItems(s, prefix, 'quizzes', () => 'b') }, 2);
    expect(store.data).toEqual({ [P + VERSION_KEY]: '1', [`${P}quiz:a`]: '1' });
  });
});

describe('keys written before the base path was part of them (issue 17.5)', () => {
  const legacy = { [`${LEGACY_PREFIX}version`]: '1', [`${LEGACY_PREFIX}lesson:a`]: '{}', [`${LEGACY_PREFIX}name`]: '"Maija"', muu: 'x' };

  it('move once under the new prefix, and the old ones go', () => {
    const store = memoryStore(legacy);
    expect(adoptLegacyKeys(store, P)).toBe(true);
    expect(store.data).toEqual({ [`${P}version`]: '1', [`${P}lesson:a`]: '{}', [`${P}name`]: '"Maija"', muu: 'x' });
    expect(adoptLegacyKeys(store, P)).toBe(false);
  });

  it('stay where they are when the new prefix already has data, or storage cannot take the copy', () => {
    const taken = memoryStore({ ...legacy, [`${P}lesson:b`]: '{}' });
    expect(adoptLegacyKeys(taken, P)).toBe(false);
    const full = memoryStore(legacy, { failAfter: 0 });
    expect(adoptLegacyKeys(full, P)).toBe(false);
    expect(full.data).toEqual(legacy);
  });

  it('give each base path its own prefix', () => {
    expect(storagePrefix('/a/')).not.toBe(storagePrefix('/b/'));
    expect(storagePrefix('/a/').startsWith(LEGACY_PREFIX)).toBe(false);
  });
});
