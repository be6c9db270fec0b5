import { describe, expect, it } from 'vitest';
import { group, t } from '../../src/i18n';
import { diaryCount, diaryFileName, diaryMarkdown, type DiaryModule } from '../../src/lib/diary';

const strings = { ...group('diary'), empty: t('reflection.empty') };
const modules: DiaryModule[] = [
  {
    title: 'Moduuli 1: Mitä asiakasosallisuus on?',
    lessons: [
      {
        title: 'Osallisuus',
        url: 'https://example.org/k/mita-on/osallisuus/',
        reflections: [
          { id: 'r1', prompt: 'Kuka on asiakas?' },
          { id: 'r2', prompt: 'Milloin koit osallisuutta?' },
        ],
      },
      { title: 'Ilman pohdintaa', url: 'https://example.org/k/x/', reflections: [] },
    ],
  },
  { title: 'Moduuli 2: Tyhjä', lessons: [{ title: 'T', url: 'u', reflections: [] }] },
  {
    title: 'Moduuli 3: Talo',
    lessons: [{ title: 'Talon rakenne', url: 'https://example.org/k/talo/rakenne/', reflections: [{ id: 'r3', prompt: 'Missä kerroksessa?' }] }],
  },
];

describe('diaryMarkdown', () => {
  const date = new Date(2026, 10, 3, 14, 32);

  it('lists every prompt by module and lesson, with answers quoted and unanswered ones marked', () => {
    const md = diaryMarkdown(modules, { r1: 'Jokainen palvelun käyttäjä.\n\n# ei otsikko', r3: '   ' }, { courseTitle: 'Kurssi', date, strings });
    expect(md).toBe(
      [
        '# Oppimispäiväkirja – Kurssi',
        'Ladattu 3.11.2026. Olet vastannut 1/3 pohdintakysymykseen.',
        '## Moduuli 1: Mitä asiakasosallisuus on?',
        '### [Osallisuus](https://example.org/k/mita-on/osallisuus/)',
        '#### Kuka on asiakas?',
        '> Jokainen palvelun käyttäjä.\n>\n> # ei otsikko',
        '#### Milloin koit osallisuutta?',
        '_Ei vielä vastausta._',
        '## Moduuli 3: Talo',
        '### [Talon rakenne](https://example.org/k/talo/rakenne/)',
        '#### Missä kerroksessa?',
        '_Ei vielä vastausta._',
      ].join('\n\n') + '\n',
    );
  });

  it('counts answered prompts, whitespace being no answer', () => {
    expect(diaryCount(modules, { r1: 'x', r2: ' \n', r9: 'removed prompt' })).toEqual({ answered: 1, total: 3 });
  });

  it('names the file by the local date', () => {
    expect(diaryFileName(date)).toBe('oppimispaivakirja-2026-11-03.md');
  });
});
