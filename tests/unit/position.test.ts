import { describe, expect, it, vi } from 'vitest';
import { currentSection, isLessonPosition, resumeHref } from '../../src/lib/position';

const T = '2026-11-20T10:00:00.000Z';

describe('lesson position', () => {
  it('checks the stored shape', () => {
    expect(isLessonPosition({ headingId: 'mitä-osallisuus-on', at: T })).toBe(true);
    expect(isLessonPosition({ headingId: 'a b', at: T })).toBe(false);
    expect(isLessonPosition({ headingId: '', at: T })).toBe(false);
    expect(isLessonPosition({ headingId: 'x', at: 'eilen' })).toBe(false);
    expect(isLessonPosition(null)).toBe(false);
  });
  it('resumes at the last section read, or at the top', () => {
    expect(resumeHref('/k/talo/talon-rakenne/', { headingId: 'mitä-talo-on', at: T })).toBe('/k/talo/talon-rakenne/#mit%C3%A4-talo-on');
    expect(resumeHref('/k/talo/talon-rakenne/', undefined)).toBe('/k/talo/talon-rakenne/');
  });
  it('finds the section whose heading has passed the reading line', () => {
    const headings = [{ id: 'a', top: -800 }, { id: 'b', top: 120 }, { id: 'c', top: 900 }];
    expect(currentSection(headings, 200)).toBe('b');
    expect(currentSection(headings, 100)).toBe('a');
    expect(currentSection([{ id: 'a', top: 300 }], 200)).toBeUndefined();
  });
});

describe('position store', () => {
  it('stores one key per lesson and keeps a value it cannot read', async () => {
    vi.resetModules();
    const { storage } = await import('../../src/stores/storage');
    storage.engine['asiakasosallisuus:position:b'] = '{rikki';
    const { $lessonPositions, setLastSection } = await import('../../src/stores/position');
    const { readable } = await import('../../src/lib/learner-data');
    $lessonPositions.listen(() => {});
    setLastSection('a', 'toinen-osio');
    setLastSection('b', 'ensimmäinen');
    expect(JSON.parse(storage.engine['asiakasosallisuus:position:a']!)).toMatchObject({ headingId: 'toinen-osio' });
    expect(storage.engine['asiakasosallisuus:position:b']).toBe('{rikki');
    expect(Object.keys(readable($lessonPositions.get()))).toEqual(['a']);
  });
});
