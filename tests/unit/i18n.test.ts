import { describe, expect, it } from 'vitest';
import { group, t } from '../../src/i18n';
import { fi } from '../../src/i18n/fi';

describe('t', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('module.label', { n: 3 })).toBe('Moduuli 3');
    expect(t('module.label')).toBe('Moduuli {n}');
  });
  it('has no empty strings', () => {
    for (const [key, value] of Object.entries(fi)) expect(value.trim(), key).not.toBe('');
  });
});

describe('group', () => {
  it('gives the strings under a prefix, named by the rest of their key', () => {
    const strings = group('lessonProgress');
    expect(strings.mark).toBe(t('lessonProgress.mark'));
    expect(Object.keys(strings).every((key) => !key.includes('lessonProgress'))).toBe(true);
    expect(Object.keys(group('deleteAll'))).not.toContain('mark');
  });
});
