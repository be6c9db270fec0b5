import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { formatDate } from '../../src/lib/dates';
import { t } from '../../src/i18n';
import { roundedHours } from '../../src/lib/navigation';
import { expect, STORAGE_PREFIX, test, type CoursePage } from './fixtures';
import { answerRight, courseLessons, holdIsland, hydrated, quizFile, stored, tabTo, type LessonFile } from './quiz-helpers';

// The course as a learner goes through it: module by module with Seuraava, every quiz answered
// right from its YAML file, and at the end the certificate, on screen and printed.

interface ModuleFile {
  id: string;
  order: number;
  title: string;
}
const lessonsOf = (moduleId: string) =>
  courseLessons()
    .filter((l) => l.module === moduleId)
    .sort((a, b) => a.order - b.order);
const modules = (parse(readFileSync(join('content', 'modules.yaml'), 'utf8')) as ModuleFile[])
  .sort((a, b) => a.order - b.order)
  .filter((m) => lessonsOf(m.id).length > 0);
/** Every published lesson in study order. */
const lessons = modules.flatMap((m) => lessonsOf(m.id));
const lessonPath = (l: LessonFile) => `${l.module}/${l.id}/`;
const studyMinutes = lessons.reduce((sum, l) => sum + l.minutes, 0);

async function clean(course: CoursePage) {
  expect(course.consoleErrors).toEqual([]);
  expect(course.externalRequests).toEqual([]);
}

/**
 * Completes the lesson the page shows as a learner would: passes each of its quizzes, or marks a
 * lesson without quizzes done, and checks that it counts as done in the box and the navigation.
 */
async function completeLesson(page: Page, lesson: LessonFile) {
  for (const id of lesson.quizzes) {
    const data = quizFile(id);
    const quiz = page.getByRole('region', { name: data.title, exact: true });
    await hydrated(quiz);
    await answerRight(page, quiz, data);
    // A quiz of dilemmas has no score: it says it was answered instead of "Hyväksytty".
    await expect(quiz.locator('.quiz__result'), id).toContainText(
      data.questions.every((q) => q.type === 'scenario' && q.dilemma) ? 'Vastasit kaikkiin' : 'Hyväksytty',
    );
  }
  const box = page.getByRole('region', { name: 'Oppitunnin suoritus' });
  await hydrated(box);
  if (!lesson.quizzes.length) {
    await tabTo(page, box.getByRole('button', { name: 'Merkitse suoritetuksi' }));
    await page.keyboard.press('Enter');
  }
  await expect(box.getByText('Olet suorittanut tämän oppitunnin.'), lesson.id).toBeVisible();
  await expect(page.locator(`.lesson-sidebar [data-done-mark="${lesson.id}"]`)).toHaveAttribute('data-done', '');
}

const now = () => new Date().toISOString();
/** Stores what a learner who finished the course has, without the walk (the whole-course test does the walk). */
async function seedFinished(page: Page, name?: string) {
  await page.evaluate(
    ({ ids, at, name, prefix }) => {
      for (const id of ids) localStorage.setItem(`${prefix}lesson:${id}`, JSON.stringify({ visitedAt: at, completedAt: at }));
      const result = { correct: 22, total: 24, percent: 92, passed: true, at, attempts: 1, bestPercent: 92, answers: {} };
      localStorage.setItem(`${prefix}quiz:loppukoe`, JSON.stringify(result));
      if (name) localStorage.setItem(`${prefix}name`, JSON.stringify(name));
    },
    { ids: lessons.map((l) => l.id), at: now(), name, prefix: STORAGE_PREFIX },
  );
}

const certificate = (page: Page) => page.getByRole('article', { name: 'Kurssitodistus' });
/** The name line shows the name, or a hint while there is none, in one reserved place. */
const shownName = (page: Page) => certificate(page).locator('.certificate__name > .is-shown');
const nameField = (page: Page) => page.getByRole('textbox', { name: 'Nimesi todistukseen' });

test.describe('each module from its page to its last lesson', () => {
  for (const m of modules) {
    test(`module ${m.order} (${m.id}): Seuraava leads through its lessons, every quiz passes and every lesson is done`, async ({
      course,
      page,
    }) => {
      const own = lessonsOf(m.id);
      // The final quiz's 45 questions by keyboard take more than the default minute on a shared CPU.
      if (own.some((l) => l.quizzes.some((id) => quizFile(id).questions.length > 20))) test.slow();
      await course.goto(`${m.id}/`);
      await page.locator('.lesson-list').getByRole('link', { name: own[0]!.title }).click();
      for (const [i, lesson] of own.entries()) {
        await expect(page).toHaveURL(new RegExp(`/${lessonPath(lesson)}$`));
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(lesson.title);
        await completeLesson(page, lesson);
        for (const id of lesson.quizzes) expect(await stored(page, `quiz:${id}`), id).toMatchObject({ passed: true });
        if (i < own.length - 1)
          await page
            .getByRole('navigation', { name: 'Oppitunnista toiseen' })
            .getByRole('link', { name: /^Seuraava/ })
            .click();
      }
      // The module page marks every lesson done and counts the module complete.
      await course.goto(`${m.id}/`);
      for (const l of own) await expect(page.locator(`.lesson-list [data-done-mark="${l.id}"]`)).toHaveAttribute('data-done', '');
      await expect(page.getByText(`Suoritettu ${own.length}/${own.length} oppituntia (100 %)`).first()).toBeVisible();
      await clean(course);
    });
  }
});

test('the whole course on a 360 px phone by keyboard, then the certificate, which prints on one A4 page', async ({ course, page }) => {
  // Thirty lessons and every quiz answered by keyboard: minutes, more when CI shares its two cores.
  test.setTimeout(900_000);
  await page.setViewportSize({ width: 360, height: 740 });
  await course.goto(lessonPath(lessons[0]!));
  for (const [i, lesson] of lessons.entries()) {
    await expect(page).toHaveURL(new RegExp(`/${lessonPath(lesson)}$`));
    await completeLesson(page, lesson);
    expect(await course.horizontalOverflow(), lesson.id).toBeLessThanOrEqual(0);
    if (i === lessons.length - 1) break;
    // From lesson to lesson by Tab and Enter on Seuraava, across module boundaries too.
    await tabTo(page, page.getByRole('navigation', { name: 'Oppitunnista toiseen' }).getByRole('link', { name: /^Seuraava/ }));
    await page.keyboard.press('Enter');
  }
  expect(await stored(page, 'quiz:loppukoe')).toMatchObject({ passed: true, percent: 100 });

  await course.goto('todistus/');
  const sheet = certificate(page);
  await expect(sheet).toBeVisible();
  await expect(page.getByText('Olet suorittanut koko kurssin.')).toBeVisible();
  await nameField(page).fill('Aino Esimerkki');
  await nameField(page).press('Tab');
  await expect.poll(() => stored(page, 'name')).toBe('Aino Esimerkki');

  const shows = async () => {
    await expect(shownName(page)).toHaveText('Aino Esimerkki');
    await expect(sheet.locator('.certificate__course')).toHaveText('Asiakasosallisuus – verkkokurssi');
    await expect(sheet.locator('.certificate__modules li')).toHaveText(modules.map((m) => m.title));
    await expect(sheet.locator('.certificate__facts')).toContainText(`Suoritettu${formatDate(new Date())}`);
    await expect(sheet.locator('.certificate__facts')).toContainText(
      `Arvioitu opiskeluaika${t('certificate.hours', { hours: roundedHours(studyMinutes) })}`,
    );
    await expect(sheet.locator('.certificate__facts')).toContainText('Loppukokeen tulos100 %');
  };
  await shows();

  // The print view: the certificate alone, no site navigation, field or buttons.
  await page.emulateMedia({ media: 'print' });
  await expect(sheet).toBeVisible();
  await expect(shownName(page)).toHaveText('Aino Esimerkki');
  for (const hidden of [
    page.locator('.site-header'),
    page.getByRole('navigation', { name: 'Päävalikko' }),
    page.locator('.site-footer'),
    page.getByRole('heading', { level: 1 }),
    page.getByRole('button', { name: 'Tulosta todistus' }),
    nameField(page),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  writeFileSync(test.info().outputPath('todistus.pdf'), pdf);
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g), 'pages in the PDF').toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  await page.reload();
  await expect(nameField(page)).toHaveValue('Aino Esimerkki');
  await shows();
  await clean(course);
});

test('before the course is done, Todistus names what is missing and links to it', async ({ course, page }) => {
  await course.goto('todistus/');
  const first = modules[0]!;
  await page.evaluate(
    ({ ids, at, prefix }) => {
      for (const id of ids) localStorage.setItem(`${prefix}lesson:${id}`, JSON.stringify({ completedAt: at }));
      const failed = { correct: 12, total: 24, percent: 50, passed: false, at, attempts: 1, bestPercent: 50, answers: {} };
      localStorage.setItem(`${prefix}quiz:loppukoe`, JSON.stringify(failed));
    },
    { ids: lessonsOf(first.id).map((l) => l.id), at: now(), prefix: STORAGE_PREFIX },
  );
  await page.reload();
  const locked = page.locator('.certificate-locked');
  await expect(locked.getByText('Todistus avautuu, kun olet suorittanut kaikki moduulit ja läpäissyt loppukokeen.')).toBeVisible();
  await expect(locked.getByRole('link')).toHaveCount(modules.length);
  await expect(locked.getByRole('link', { name: new RegExp(first.title) })).toHaveCount(0);
  for (const m of modules.slice(1)) {
    const link = locked.getByRole('link', { name: `Moduuli ${m.order}: ${m.title}`, exact: true });
    await expect(link).toHaveAttribute('href', new RegExp(`/${m.id}/$`));
    await expect(link.locator('xpath=..')).toContainText(`0/${lessonsOf(m.id).length} oppituntia tehty`);
  }
  const final = locked.getByRole('link', { name: 'Loppukoe', exact: true });
  await expect(final).toHaveAttribute('href', /\/yhteenveto\/loppukoe\/$/);
  await expect(final.locator('xpath=..')).toHaveText('Loppukoe – ei vielä läpäisty, paras tulos 50 %');
  // Nothing of the certificate can be seen or reached.
  await expect(certificate(page)).toBeHidden();
  await expect(nameField(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta todistus' })).toBeHidden();

  await final.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Loppukoe');
  await clean(course);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`Todistus passes axe locked and available, fits 360 px and does not move when stored state fills in (${scheme})`, async ({
    course,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.setViewportSize({ width: 360, height: 740 });
    const states = page.locator('.certificate-states');
    const check = async (state: string) => {
      expect(await course.horizontalOverflow(), state).toBeLessThanOrEqual(0);
      expect(await course.axe(), `${state} at 360 px`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await course.axe(), `${state} at 1280 px`).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
    };

    await course.goto('todistus/');
    await expect(page.locator('.certificate-locked')).toBeVisible();
    await check('locked');

    await seedFinished(page, 'Aino Esimerkki');
    // The server HTML says it is checking, in the space the certificate will take.
    const release = await holdIsland(page, 'Certificate');
    await page.reload();
    await expect(page.getByText('Tarkistetaan suorituksiasi…')).toBeVisible();
    const before = await states.boundingBox();
    const footer = await page.locator('.site-footer').boundingBox();
    release();
    await hydrated(states);
    await expect(certificate(page)).toBeVisible();
    await expect(page.getByText('Tarkistetaan suorituksiasi…')).toBeHidden();
    expect(await states.boundingBox()).toEqual(before);
    expect(await page.locator('.site-footer').boundingBox()).toEqual(footer);
    await expect(shownName(page)).toHaveText('Aino Esimerkki');
    await check('available');
    await clean(course);
  });
}

test('a Term link leads to its Käsitteet entry, and the entry links back to the lessons that use it', async ({ course, page, baseURL }) => {
  await course.goto('talo/talon-rakenne/');
  const term = page.locator('main a.term').first();
  const id = new URL((await term.getAttribute('href'))!, page.url()).hash.slice(1);
  expect(id).not.toBe('');
  await term.click();
  await expect(page).toHaveURL(new RegExp(`/kasitteet/#${id}$`));
  const heading = page.locator(`h2[id="${id}"]`);
  await expect(heading).toBeVisible();
  await expect(heading).toBeInViewport();

  const uses = page.locator('.glossary__entry', { has: heading }).locator('.glossary__uses a');
  const targets = await uses.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(targets).toContain(new URL('talo/talon-rakenne/', baseURL).pathname);
  for (const path of targets) {
    await page.goto(path);
    await expect(page.locator(`main a.term[href$="kasitteet/#${id}"]`).first(), path).toBeVisible();
  }
  await clean(course);
});
