import { describe, expect, it } from 'vitest';
import { group, t } from '../../src/i18n';
import { diaryCount, diaryFileName, diaryMarkdown, inLessonOrder, type DiaryModule } from '../../src/lib/diary';

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
    lessons: [
      { title: 'Talon rakenne', url: 'https://example.org/k/talo/rakenne/', reflections: [{ id: 'r3', prompt: 'Missä kerroksessa?' }] },
    ],
  },
];

describe('diaryMarkdown', () => {
  const date = new Date(2026, 10, 3, 14, 32);

  it('lists the answered prompts by module and lesson, answers quoted, unanswered ones left out (issue 13)', () => {
    const md = diaryMarkdown(
      modules,
      { r1: 'Jokainen palvelun käyttäjä.\n\n# ei otsikko', r3: '   ' },
      { courseTitle: 'Kurssi', date, strings },
    );
    expect(md).toBe(
      `${[
        '# Oppimispäiväkirja – Kurssi',
        'Ladattu 3.11.2026. Olet vastannut 1/3 pohdintakysymykseen.',
        '## Moduuli 1: Mitä asiakasosallisuus on?',
        '### [Osallisuus](https://example.org/k/mita-on/osallisuus/)',
        '#### Kuka on asiakas?',
        '> Jokainen palvelun käyttäjä.\n>\n> # ei otsikko',
      ].join('\n\n')}\n`,
    );
  });

  it('is safe to open anywhere: raw HTML and links escaped, every line ending kept inside the quote (issue 17.9)', () => {
    const answer =
      'eka\rtoka\r\nkolmas\u2028neljäs <img src=x onerror=alert(1)> & ![kuva](https://example.com/x.png) [linkki](javascript:alert(1))';
    const md = diaryMarkdown(modules, { r1: answer }, { courseTitle: 'Kurssi', date, strings });
    const quote = md.split('#### Kuka on asiakas?\n\n')[1]!.trimEnd();
    expect(quote.split('\n').every((line) => line.startsWith('>'))).toBe(true);
    expect(quote).not.toMatch(/[\r\u2028]/);
    expect(quote).toContain('&lt;img src=x onerror=alert(1)&gt; &amp;');
    expect(quote).not.toMatch(/(^|[^\\])\[/);
  });

  it("orders a lesson's prompts as the lesson shows them", () => {
    const list = [
      { id: 'b', prompt: 'B' },
      { id: 'a', prompt: 'A' },
      { id: 'c', prompt: 'C' },
    ];
    expect(inLessonOrder(list, ['a', 'b']).map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('counts answered prompts, whitespace being no answer', () => {
    expect(diaryCount(modules, { r1: 'x', r2: ' \n', r9: 'removed prompt' })).toEqual({ answered: 1, total: 3 });
  });

  it('names the file by the local date', () => {
    expect(diaryFileName(date)).toBe('oppimispaivakirja-2026-11-03.md');
  });
});
