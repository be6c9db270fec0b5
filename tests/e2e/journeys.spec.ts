import { expect, STORAGE_PREFIX, test } from './fixtures';
import { courseLessons, quizFile, stored } from './quiz-helpers';
import { rightAnswer } from '../../src/lib/quiz';

// The learner's journey between visits: where "Jatka" leads, what comes after a finished
// lesson, and a trainer's assignment that stays with the learner (issue 13).

const PREFIX = STORAGE_PREFIX;
const T = '2026-11-20T10:00:00.000Z';
const lessons = courseLessons().sort((a, b) => a.module.localeCompare(b.module) || a.order - b.order);
const lessonPath = (id: string) => {
  const l = lessons.find((x) => x.id === id)!;
  return `${l.module}/${l.id}/`;
};
const seed = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).map(([k, v]) => [`${PREFIX}${k}`, JSON.stringify(v)]));
const setStorage = async (page: import('@playwright/test').Page, values: Record<string, string>) =>
  page.evaluate((v) => {
    for (const [k, x] of Object.entries(v)) localStorage.setItem(k, x);
  }, values);

test('Jatka opens the lesson at the section the learner read last', async ({ course, page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await course.goto(lessonPath('osallisuus-ja-asiakasosallisuus'));
  const heading = page.getByRole('heading', { level: 2, name: 'Kuka on asiakas?' });
  const id = (await heading.getAttribute('id'))!;
  await expect(page.locator('astro-island[component-url*="LessonProgress"]')).not.toHaveAttribute('ssr');
  // Read on until the section's heading is near the top of the screen.
  await heading.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect.poll(() => stored(page, `position:osallisuus-ja-asiakasosallisuus`)).toMatchObject({ heading: id });

  await course.goto('');
  const resume = page.getByRole('link', { name: 'Jatka siitä, mihin jäit' });
  await expect(resume).toHaveAttribute('href', new RegExp(`#${encodeURIComponent(id)}$`));
  await resume.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Kuka on asiakas?' })).toBeInViewport();
  expect(course.consoleErrors).toEqual([]);
});

test('once a lesson is done, Seuraava is its main button, above the sources and workshop material', async ({ course, page }) => {
  await course.goto(lessonPath('osallisuus-ja-asiakasosallisuus'));
  const box = page.getByRole('region', { name: 'Oppitunnin suoritus' });
  await expect(page.locator('astro-island[component-url*="LessonProgress"]')).not.toHaveAttribute('ssr');
  const next = page.getByRole('navigation', { name: 'Oppitunnista toiseen' }).getByRole('link', { name: /^Seuraava/ });
  const sources = page.getByRole('heading', { level: 2, name: 'Lähteet' });
  // In reading order the next step comes before the sources.
  expect(
    await next.evaluate((a, s) => !!(a.compareDocumentPosition(s!) & Node.DOCUMENT_POSITION_FOLLOWING), await sources.elementHandle()),
  ).toBe(true);
  const filled = () => next.evaluate((a) => getComputedStyle(a).backgroundColor);
  const before = await filled();
  await box.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
  await expect.poll(filled).not.toBe(before);
  expect(await page.getByRole('link', { name: /^Seuraava/ }).evaluate((a) => getComputedStyle(a).color)).not.toBe(await filled());
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await course.axe(), scheme).toEqual([]);
  }
});

test('a passed final quiz leads to the certificate with a button', async ({ course, page }) => {
  const data = quizFile('loppukoe');
  await course.goto('');
  const answers = Object.fromEntries(data.questions.map((q) => [q.id, rightAnswer(q)]));
  await setStorage(
    page,
    seed({
      'quiz:loppukoe': {
        correct: data.questions.length,
        total: data.questions.length,
        percent: 100,
        passed: true,
        at: T,
        attempts: 1,
        bestPercent: 100,
        answers,
      },
    }),
  );
  await course.goto(lessonPath(lessons.find((l) => l.quizzes.includes('loppukoe'))!.id));
  const quiz = page.getByRole('region', { name: data.title, exact: true });
  await expect(quiz.locator('.quiz__result')).toContainText('Hyväksytty');
  const link = quiz.getByRole('link', { name: 'Siirry kurssitodistukseen' });
  await expect(link).toHaveAttribute('href', /todistus\/$/);
  await link.click();
  await expect(page).toHaveURL(/todistus\/$/);
});

test.describe('an open assignment stays with the learner', () => {
  const talo = lessons.filter((l) => l.module === 'talo').map((l) => l.id);
  const assignment = { id: 'tyopaja-talo', name: 'Talotyöpaja', due: '2027-03-12', lessons: talo, receivedAt: T };

  test.beforeEach(async ({ course, page }) => {
    await course.goto('');
    // The learner had read elsewhere last; the assignment's first lesson is done.
    await setStorage(
      page,
      seed({
        [`assignment:${assignment.id}`]: assignment,
        'lesson:osallisuus-ja-asiakasosallisuus': { visitedAt: T },
        [`lesson:${talo[0]}`]: { visitedAt: T, completedAt: T },
        last: { lessonId: 'osallisuus-ja-asiakasosallisuus', at: T },
      }),
    );
  });

  test('first on the front page with its progress and due date; Jatka leads to its next lesson', async ({ course, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('');
    const list = page.getByRole('region', { name: 'Kouluttajan tehtävät' });
    await expect(list).toContainText(`1/${talo.length} oppituntia tehty`);
    await expect(list).toContainText('Tee viimeistään 12.3.2027.');
    const top = async (name: string) => (await page.getByRole('heading', { level: 2, name }).boundingBox())!.y;
    expect(await top('Kouluttajan tehtävät')).toBeLessThan(await top('Kenelle kurssi on?'));
    expect(await top('Kouluttajan tehtävät')).toBeLessThan(await top('Moduulit'));
    await expect(page.getByRole('link', { name: 'Jatka siitä, mihin jäit' })).toHaveAttribute(
      'href',
      new RegExp(`${lessonPath(talo[1]!)}$`),
    );
    await expect(page.getByText(`Seuraavaksi kouluttajan tehtävästä ${assignment.name}:`)).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await course.axe(), scheme).toEqual([]);
    }
  });

  test('a lesson of it shows a slim banner with its progress and next lesson', async ({ course, page }) => {
    await course.goto(lessonPath(talo[1]!));
    const banner = page.getByRole('complementary', { name: 'Kouluttajan tehtävä' });
    await expect(banner).toContainText(`Kouluttajan tehtävä: 1/${talo.length} tehty (${assignment.name}).`);
    const next = lessons.find((l) => l.id === talo[2])!;
    await expect(banner.getByRole('link', { name: next.title })).toHaveAttribute('href', new RegExp(`${lessonPath(next.id)}$`));
    // A lesson outside the assignment has no banner.
    await course.goto(lessonPath('osallisuus-ja-asiakasosallisuus'));
    await expect(page.locator('astro-island[component-url*="LessonContext"]')).not.toHaveAttribute('ssr');
    await expect(page.getByRole('complementary', { name: 'Kouluttajan tehtävä' })).toHaveCount(0);
  });

  test('the completion summary can be made for the assignment alone', async ({ course, page }) => {
    await course.goto('');
    await page.getByRole('link', { name: 'Yhteenveto tästä tehtävästä' }).click();
    await expect(page).toHaveURL(new RegExp(`suoritukset/#${assignment.id}$`));
    await expect(page.getByText(`Kouluttajan tehtävä: ${assignment.name}`)).toBeVisible();
    const modules = page.locator('.completion-modules > li');
    await expect(modules).toHaveCount(1);
    await expect(modules.first()).toHaveAttribute('data-module-id', 'talo');
    await expect(modules.first()).toContainText(`1/${talo.length}`);
    await page.getByRole('link', { name: 'Näytä koko kurssin yhteenveto' }).click();
    await expect(modules).not.toHaveCount(1);
  });
});

test.describe('tables on a phone', () => {
  test('a two-column table fits 360 px; a wider one scrolls in its region with a cue; headers are capitalised', async ({
    course,
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto(lessonPath('osallisuus-ja-asiakasosallisuus'));
    const two = page.getByRole('region', { name: /taulukko/i }).first();
    await expect(two.locator('th').first()).toBeVisible();
    expect(await two.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
    expect(
      await two
        .locator('th')
        .first()
        .evaluate((th) => getComputedStyle(th, '::first-letter').textTransform),
    ).toBe('uppercase');

    await course.goto(lessonPath('asiakaslahtoisyys-ja-osallisuus'));
    const wide = page.getByRole('region', { name: /taulukko/i }).first();
    await expect(wide.locator('th').first()).toBeAttached();
    expect(await wide.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeGreaterThan(0);
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
    // The cue: a shadow at the edge with more to scroll to.
    expect(await wide.evaluate((el) => getComputedStyle(el).backgroundImage)).toContain('radial-gradient');
  });
});

test.describe('presenter view on a projector', () => {
  // The longest case of the course, by its text, and the module whose presenter view shows it.
  const cases = lessons.flatMap((l) =>
    l.quizzes.flatMap((id) =>
      quizFile(id).questions.flatMap((q) =>
        q.type === 'scenario'
          ? [{ module: l.module, q, length: [q.scenario, q.prompt, ...q.options.map((o) => o.text)].join(' ').length }]
          : [],
      ),
    ),
  );
  const longest = cases.sort((a, b) => b.length - a.length)[0]!;

  test('the longest case slide and its Näytä selitykset button fit 1366×768 in full screen; the button says the state', async ({
    course,
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await course.goto(`kouluttajalle/esitys/${longest.module}/`);
    await expect(page.locator('astro-island[component-url*="PresenterSlides"]')).not.toHaveAttribute('ssr');
    const slide = page.locator('.slide');
    for (let i = 0; i < 60 && !(await slide.textContent())!.includes(longest.q.scenario); i++) await page.keyboard.press('ArrowRight');
    await expect(slide).toContainText(longest.q.scenario);
    await page.getByRole('button', { name: 'Koko näyttö' }).click();
    const exit = page.getByRole('button', { name: 'Poistu koko näytöstä' });
    await expect(exit).toBeVisible();
    expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(true);
    const reveal = page.getByRole('button', { name: 'Näytä selitykset' });
    await expect(reveal).toBeInViewport({ ratio: 1 });
    const height = await page.evaluate(() => innerHeight);
    for (const part of [reveal, page.getByRole('button', { name: 'Seuraava' }), exit]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    await exit.click();
    await expect(page.getByRole('button', { name: 'Koko näyttö' })).toBeVisible();
    expect(await page.evaluate(() => !!document.fullscreenElement)).toBe(false);
  });

  test('the slide number survives a reload', async ({ course, page }) => {
    await course.goto('kouluttajalle/esitys/etiikka/');
    await expect(page.locator('astro-island[component-url*="PresenterSlides"]')).not.toHaveAttribute('ssr');
    const position = page.locator('.presenter__position [aria-hidden]');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(/^3\//);
    await page.reload();
    await expect(page.locator('astro-island[component-url*="PresenterSlides"]')).not.toHaveAttribute('ssr');
    await expect(position).toHaveText(/^3\//);
  });
});

test.describe('desktop width', () => {
  test('a lesson at 1366 px: navigation, a reading column and the contents beside it', async ({ course, page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await course.goto(lessonPath('osallisuus-ja-asiakasosallisuus'));
    const nav = (await page.locator('.lesson-sidebar').boundingBox())!;
    const text = (await page.locator('.lesson-body').boundingBox())!;
    const toc = (await page.getByRole('navigation', { name: 'Tällä sivulla' }).boundingBox())!;
    expect(text.x).toBeGreaterThan(nav.x + nav.width);
    expect(toc.x).toBeGreaterThan(text.x + text.width);
    expect(toc.x + toc.width - nav.x).toBeGreaterThan(0.75 * 1366);
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
  });

  test('the front page at 1366 px: the progress stands beside the introduction', async ({ course, page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await course.goto('');
    const intro = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const start = (await page.getByRole('link', { name: 'Aloita kurssi' }).boundingBox())!;
    expect(start.x).toBeGreaterThan(intro.x + 500);
    expect(start.y).toBeLessThan(768);
  });
});

test('one total study time: the front page, the first lesson, the whole-course handout and the certificate agree', async ({
  course,
  page,
}) => {
  await course.goto('');
  const total = /Kurssin kesto yhteensä noin ([\d,]+) tuntia/.exec(await page.locator('main').innerText())?.[1];
  expect(total).toBeTruthy();
  const hours = `noin ${total} tuntia`;
  await course.goto(lessonPath(lessons[0]!.id));
  await expect(page.locator('main')).toContainText(`koko kurssiin kuluu arviolta yhteensä ${hours}`);
  await course.goto('todistus/');
  await expect(page.locator('main')).toContainText(hours);
  // A trainer who assigns the whole course sees the same total as the learners' own study.
  await course.goto('kouluttajalle/');
  await expect(page.locator('astro-island[component-url*="AssignmentBuilder"]')).not.toHaveAttribute('ssr');
  for (const box of await page.getByRole('checkbox', { name: /^Koko moduuli/ }).all()) await box.check();
  await page.getByLabel('Tehtävän nimi').fill('Koko kurssi');
  await page.getByRole('link', { name: 'Avaa työpajamoniste' }).click();
  await expect(page.getByText(/Ennen työpajaa osallistujat opiskelevat/)).toContainText(`yhteensä ${hours}`);
});

test.describe('certificate', () => {
  test('saves the name as it is typed, says it is self-reported, and fills its A4 page', async ({ course, page }) => {
    const data = quizFile('loppukoe');
    await course.goto('');
    const answers = Object.fromEntries(data.questions.map((q) => [q.id, rightAnswer(q)]));
    await setStorage(page, {
      ...seed(Object.fromEntries(lessons.map((l) => [`lesson:${l.id}`, { visitedAt: T, completedAt: T }]))),
      ...seed({ 'quiz:loppukoe': { correct: 1, total: 1, percent: 100, passed: true, at: T, attempts: 1, bestPercent: 100, answers } }),
    });
    await course.goto('todistus/');
    const field = page.getByLabel('Nimesi todistukseen');
    await expect(page.locator('astro-island[component-url*="Certificate"]')).not.toHaveAttribute('ssr');
    await field.pressSequentially('Aino Esimerkki');
    // No Tab, no Enter: the learner prints or leaves right after typing.
    await expect.poll(() => stored(page, 'name')).toBe('Aino Esimerkki');
    await page.reload();
    await expect(field).toHaveValue('Aino Esimerkki');
    const sheet = page.locator('article.certificate');
    await expect(sheet).toContainText('Kukaan ei ole tarkistanut niitä.');

    // Printed on A4 (at 96 px per inch, less the page margins), the frame fills the page's height.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round(((210 - 32) / 25.4) * 96), height: Math.round(((297 - 36) / 25.4) * 96) });
    const box = (await sheet.boundingBox())!;
    expect(box.height).toBeGreaterThan(0.9 * ((297 - 36) / 25.4) * 96);
    const last = (await sheet.locator('.certificate__footnote').boundingBox())!;
    expect(last.y + last.height).toBeLessThanOrEqual(box.y + box.height);
    // The text stands in the middle of the frame: no empty third above or below it.
    const title = (await sheet.locator('.certificate__title').boundingBox())!;
    expect(title.y - box.y).toBeLessThan(box.height / 4);
    expect(box.y + box.height - (last.y + last.height)).toBeLessThan(box.height / 4);
    // And the browser's own A4 print of it is one page.
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });
});
