import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { group, t, tParts } from '../../src/i18n';
import { LOCALE } from '../../src/i18n/config';
import { fi } from '../../src/i18n/fi';
import { format } from '../../src/i18n/format';

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

describe('plurals', () => {
  it('picks the form by the locale’s plural rules', () => {
    expect(t('module.lessons', { count: 1 })).toBe('1 oppitunti');
    expect(t('module.lessons', { count: 3 })).toBe('3 oppituntia');
    expect(t('trainer.totals', { count: 1, minutes: 5, workshop: 10 })).toMatch(/^Valittu 1 oppitunti\. /);
    expect(t('trainer.totals', { count: 2, minutes: 5, workshop: 10 })).toMatch(/^Valittu 2 oppituntia\. /);
    expect(t('quiz.meta', { count: 1, pass: 80 })).toBe('1 kysymys · hyväksymisraja 80 %');
    expect(t('completion.attempts', { count: 4 })).toBe('4 yritystä');
    expect(t('glossary.intro', { count: 1 })).toMatch(/^Kurssin 1 keskeinen käsite /);
  });

  it('writes the number in the locale, a half hour with a decimal comma', () => {
    expect(t('home.totalTime', { hours: 4.5 })).toBe('Kurssin kesto yhteensä noin 4,5 tuntia.');
    expect(t('certificate.hours', { hours: 1 })).toBe('noin 1 tunti');
  });

  it('prefers an exact branch and leaves a block without its number visible', () => {
    expect(format('{n, plural, =0 {ei yhtään} one {# asia} other {# asiaa}}', { n: 0 })).toBe('ei yhtään');
    expect(format('{n, plural, one {# asia} other {# asiaa}}')).toBe('{n, plural, one {# asia} other {# asiaa}}');
  });

  it('has no count written next to a fixed word form: counts go through plural blocks', () => {
    const bare = Object.entries(fi).filter(([, v]) => /\{count\}\s+\p{L}/u.test(v));
    expect(bare).toEqual([]);
  });
});

describe('one place for the language', () => {
  it('builds labels from one dictionary entry, elements included', () => {
    expect(t('common.moduleTitle', { n: 3, title: 'Talo' })).toBe('Moduuli 3: Talo');
    expect(tParts('common.moduleTitle', { n: 3 }, { title: { el: 'span' } })).toEqual(['Moduuli 3: ', { el: 'span' }]);
  });

  it('writes each shared word once: island groups take it from common', () => {
    expect(fi['deleteAll.cancel']).toBe(fi['common.cancel']);
    expect(fi['trainer.moduleLabel']).toBe(fi['common.moduleTitle']);
  });

  it('has no locale literals in src/lib: the locale comes from src/i18n/config.ts', () => {
    const dir = join(import.meta.dirname, '..', '..', 'src', 'lib');
    const found = readdirSync(dir).filter((f) => /['"]fi(-FI)?['"]/.test(readFileSync(join(dir, f), 'utf8')));
    expect(found).toEqual([]);
    expect(LOCALE.intl).toBe('fi-FI');
  });
});
