import { describe, expect, it, vi } from 'vitest';
import { currentSection, resumeHref } from '../../src/lib/position';

const T = '2026-11-20T10:00:00.000Z';

describe('lesson position', () => {
  it('resumes at the last section read, or at the top', () => {
    expect(resumeHref('/k/talo/talon-rakenne/', { heading: 'mitä-talo-on', at: T })).toBe('/k/talo/talon-rakenne/#mit%C3%A4-talo-on');
    expect(resumeHref('/k/talo/talon-rakenne/', undefined)).toBe('/k/talo/talon-rakenne/');
  });
  it('finds the section whose heading has passed the reading line', () => {
    const headings = [
      { id: 'a', top: -800 },
      { id: 'b', top: 120 },
      { id: 'c', top: 900 },
    ];
    expect(currentSection(headings, 200)).toBe('b');
    expect(currentSection(headings, 100)).toBe('a');
    expect(currentSection([{ id: 'a', top: 300 }], 200)).toBeUndefined();
  });
});

describe('position store', () => {
  it('stores one key per lesson and keeps a value it cannot read', async () => {
    vi.resetModules();
    const { storage, PREFIX } = await import('../../src/stores/storage');
    storage.engine[`${PREFIX}position:b`] = '{rikki';
    const { $positions, setLastSection } = await import('../../src/stores/learner');
    const { readable } = await import('../../src/lib/learner-data');
    $positions.listen(() => {});
    setLastSection('a', 'toinen-osio');
    setLastSection('b', 'ensimmäinen');
    expect(JSON.parse(storage.engine[`${PREFIX}position:a`]!)).toMatchObject({ heading: 'toinen-osio' });
    expect(storage.engine[`${PREFIX}position:b`]).toBe('{rikki');
    expect(Object.keys(readable($positions.get()))).toEqual(['a']);
  });
});
