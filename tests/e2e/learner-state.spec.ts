import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { measurePage } from '../../scripts/page-weight.mjs';
import { BASE_PATH, builtPages, CoursePage, expect, STORAGE_PREFIX, test } from './fixtures';

// Learner state (issue 3): progress, resume, storage faults, backup. Every test starts from an
// empty browser profile; data is seeded through localStorage as a real browser would hold it.

const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';
const PREFIX = STORAGE_PREFIX;
const T = '2026-11-20T10:00:00.000Z';

interface BuiltLesson {
  path: string;
  id: string;
  title: string;
  quizIds: string[];
}

/** The built lesson pages, read from their HTML, in the order of the module navigation. */
const lessons: BuiltLesson[] = (() => {
  const found = builtPages()
    .map((path) => ({ path, html: readFileSync(join(DIST, path, 'index.html'), 'utf8') }))
    .flatMap(({ path, html }) => {
      const id = /<main\b[^>]*\bdata-lesson-id="([^"]+)"/.exec(html)?.[1];
      if (!id) return [];
      const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
      return [{ path, id, title, quizIds: [...new Set([...html.matchAll(/data-quiz-id="([^"]+)"/g)].map((m) => m[1]!))], html }];
    });
  const order = [...found[0]!.html.matchAll(/<li data-lesson-id="([^"]+)"/g)].map((m) => m[1]!);
  return found.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)).map(({ html: _, ...lesson }) => lesson);
})();
const plain = lessons.filter((l) => l.quizIds.length === 0);
const [lessonA, lessonB, lessonC] = [plain[0]!, plain[1]!, plain[2]!];
const quizLesson = lessons.find((l) => l.quizIds.length > 0)!;

const key = (kind: 'lesson' | 'quiz' | 'reflection', id: string) => `${PREFIX}${kind}:${id}`;
const progress = (done: boolean) => JSON.stringify({ visitedAt: T, ...(done && { completedAt: T }) });
const quizResult = (passed: boolean) =>
  JSON.stringify({
    correct: passed ? 5 : 1,
    total: 5,
    percent: passed ? 100 : 20,
    passed,
    at: T,
    attempts: 1,
    bestPercent: passed ? 100 : 20,
    answers: {},
  });

/** Everything the course keeps in this browser. */
const stored = (page: Page) =>
  page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i)!;
      if (k.startsWith(prefix)) out[k] = localStorage.getItem(k)!;
    }
    return out;
  }, PREFIX);

/** Seeds storage once per test (the init script runs again on every navigation). */
const seed = (page: Page, values: Record<string, string>) =>
  page.addInitScript((values) => {
    if (localStorage.getItem('test:seeded')) return;
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    localStorage.setItem('test:seeded', '1');
  }, values);

/** The lesson progress box, once its island has hydrated. */
async function lessonProgress(page: Page) {
  await expect(page.locator('astro-island:has(.lesson-progress)')).not.toHaveAttribute('ssr', { timeout: 10_000 });
  return page.getByRole('region', { name: 'Oppitunnin suoritus' });
}

/** Picks a file in the import field of Omat tiedot, once the field works (hydrated). */
async function chooseFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const input = page.getByLabel('Varmuuskopiotiedosto');
  await expect(input).toBeEnabled();
  await input.setInputFiles(file);
}

/** Checks the lesson progress box shows this text: every state is in its HTML, and one is shown. */
const showsInProgress = async (page: Page, text: string) => expect((await lessonProgress(page)).getByText(text)).toBeVisible();

const sidebarLink = (page: Page, lesson: BuiltLesson) => page.locator('.lesson-sidebar').locator(`li[data-lesson-id="${lesson.id}"] a`);

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
});

test('marking a lesson done keeps after a reload and shows in the navigation, the module page and the front page', async ({
  course,
  page,
}) => {
  await course.goto(lessonA.path);
  const box = await lessonProgress(page);
  await expect(box.getByText('Kun olet käynyt oppitunnin läpi, merkitse se suoritetuksi.')).toBeVisible();
  await expect(sidebarLink(page, lessonA)).toHaveAccessibleName(lessonA.title);

  const mark = box.getByRole('button', { name: 'Merkitse suoritetuksi' });
  await mark.click();
  await expect(box.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
  await expect(box.getByText('Kun olet käynyt oppitunnin läpi')).toBeHidden();
  await expect(box.getByRole('status')).toHaveText('Oppitunti on merkitty suoritetuksi.');
  // The same button now undoes the mark, and keeps the focus.
  await expect(box.getByRole('button', { name: 'Poista suoritusmerkintä' })).toBeFocused();
  await expect(sidebarLink(page, lessonA)).toHaveAccessibleName(`${lessonA.title} suoritettu`);
  expect(await course.axe()).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await course.axe()).toEqual([]);

  await page.reload();
  await showsInProgress(page, 'Olet suorittanut tämän oppitunnin.');
  await expect(sidebarLink(page, lessonA)).toHaveAccessibleName(`${lessonA.title} suoritettu`);
  const next = await page.getByRole('link', { name: /^Seuraava/ }).getAttribute('href');

  await page.getByRole('navigation', { name: 'Murupolku' }).getByRole('link').last().click();
  await expect(page.getByRole('main').getByRole('link', { name: `${lessonA.title} suoritettu` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(/Suoritettu 1\/\d+ oppituntia \(\d+ %\)/);

  await course.goto('');
  await expect(page.locator('.hero')).toContainText(`Suoritettu 1/${lessons.length} oppituntia`);
  await expect(page.getByRole('progressbar', { name: 'Koko kurssin edistyminen' })).toHaveAttribute('value', '1');
  const card = page
    .locator('.module-card')
    .filter({ has: page.locator('.progress-summary') })
    .filter({ hasText: 'Suoritettu 1/' });
  await expect(card).toHaveCount(1);
  // The last lesson is done: resume at the one after it.
  const resume = page.getByRole('link', { name: 'Jatka siitä, mihin jäit' });
  await expect(resume).toHaveAttribute('href', next!);
  await resume.click();
  await expect(page).toHaveURL(new RegExp(`${next}$`));

  await course.goto(lessonA.path);
  await (await lessonProgress(page)).getByRole('button', { name: 'Poista suoritusmerkintä' }).click();
  await expect(page.getByRole('region', { name: 'Oppitunnin suoritus' }).getByRole('status')).toHaveText('Suoritusmerkintä on poistettu.');
  await expect(sidebarLink(page, lessonA)).toHaveAccessibleName(lessonA.title);
  expect(course.consoleErrors).toEqual([]);
  expect(course.externalRequests).toEqual([]);
});

test('a lesson with quizzes says which are not passed yet, and can be marked once they are', async ({ course, page }) => {
  await course.goto(quizLesson.path);
  const box = await lessonProgress(page);
  await expect(box.getByText('Oppitunti lasketaan suoritetuksi, kun olet läpäissyt sen tietovisat.')).toBeVisible();
  await expect(box.getByRole('listitem')).toHaveCount(quizLesson.quizIds.length);
  for (const item of await box.getByRole('listitem').all()) {
    await expect(item.getByText('ei vielä läpäisty')).toBeVisible();
    await expect(item.getByText('läpäisty', { exact: true })).toBeHidden();
  }
  await expect(box.getByRole('button', { name: 'Merkitse suoritetuksi' })).toBeDisabled();

  await page.evaluate(
    (values) => {
      for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    },
    Object.fromEntries(quizLesson.quizIds.map((id) => [key('quiz', id), quizResult(true)])),
  );
  await page.reload();
  const after = await lessonProgress(page);
  for (const item of await after.getByRole('listitem').all()) {
    await expect(item.getByText('läpäisty', { exact: true })).toBeVisible();
    await expect(item.getByText('ei vielä läpäisty')).toBeHidden();
  }
  await after.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
  await expect(after.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
  expect(await course.axe()).toEqual([]);
  expect(course.consoleErrors).toEqual([]);
});

test('a second tab sees changes at once, and edits made in two tabs both survive', async ({ course, page, context, baseURL }) => {
  const other = new CoursePage(await context.newPage(), new URL(baseURL!).origin);
  await other.init();
  await other.page.setViewportSize({ width: 1280, height: 900 });
  await course.goto(lessonA.path);
  await other.goto(lessonB.path);
  const [boxA, boxB] = [await lessonProgress(page), await lessonProgress(other.page)];

  await boxA.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
  await expect(sidebarLink(other.page, lessonA)).toHaveAccessibleName(`${lessonA.title} suoritettu`);
  await boxB.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
  await expect(sidebarLink(page, lessonB)).toHaveAccessibleName(`${lessonB.title} suoritettu`);

  await Promise.all([page.reload(), other.page.reload()]);
  await showsInProgress(page, 'Olet suorittanut tämän oppitunnin.');
  await showsInProgress(other.page, 'Olet suorittanut tämän oppitunnin.');
  const data = await stored(page);
  expect(JSON.parse(data[key('lesson', lessonA.id)]!)).toHaveProperty('completedAt');
  expect(JSON.parse(data[key('lesson', lessonB.id)]!)).toHaveProperty('completedAt');
  expect([...course.consoleErrors, ...other.consoleErrors]).toEqual([]);
});

test.describe('when storage fails', () => {
  test('blocked storage: the course works, says data is kept only on this page, and logs no error', async ({ course, page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await course.goto(lessonA.path);
    const notice = page.getByRole('status').filter({ hasText: 'Tietosi eivät tallennu' });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole('link', { name: 'Avaa Omat tiedot' })).toBeVisible();
    const box = await lessonProgress(page);
    await box.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
    await expect(box.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
    expect(await course.axe()).toEqual([]);

    await notice.getByRole('button', { name: 'Sulje ilmoitus: Tietosi eivät tallennu' }).click();
    await expect(page.getByText('Tietosi eivät tallennu')).toBeHidden();
    await course.goto('');
    await expect(page.getByRole('link', { name: 'Aloita kurssi' })).toBeVisible();
    expect(course.consoleErrors).toEqual([]);
  });

  test('full storage: the learner is alerted, and earlier data stays as it was', async ({ course, page }) => {
    const earlier = {
      [key('lesson', lessonA.id)]: progress(true),
      [key('reflection', 'aloitus-odotukset')]: JSON.stringify({ text: 'Vanha vastaus', updatedAt: T }),
    };
    await seed(page, earlier);
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await course.goto(lessonB.path);
    const alert = page.getByRole('alert').filter({ hasText: 'Selaimen tallennustila on täynnä' });
    await expect(alert).toBeVisible();
    const box = await lessonProgress(page);
    await box.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
    await expect(box.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
    await expect(sidebarLink(page, lessonA)).toHaveAccessibleName(`${lessonA.title} suoritettu`);

    // Not even the version mark could be written.
    expect(await stored(page)).toEqual(earlier);
    expect(course.consoleErrors).toEqual([]);
  });

  test('corrupt data is kept byte for byte while the pages are used, and the learner is told', async ({ course, page }) => {
    const corrupt = {
      [key('lesson', lessonA.id)]: '{"visitedAt": "2026-11-20T10:00:00.000Z", rikki',
      [key('lesson', lessonB.id)]: '{"completedAt":"eilen"}',
      [key('quiz', quizLesson.quizIds[0]!)]: '[1,2,3]',
      [key('reflection', 'jokin')]: 'null',
      [`${PREFIX}last`]: '"ei paikka"',
    };
    const good = { [key('lesson', quizLesson.id)]: progress(true) };
    await seed(page, { ...corrupt, ...good });

    await course.goto(lessonA.path);
    const box = await lessonProgress(page);
    await expect(box.getByText('Tämän oppitunnin tallennettuja tietoja ei voitu lukea')).toBeVisible();
    await expect(box.getByRole('button', { name: 'Merkitse suoritetuksi' })).toBeDisabled();
    await expect(page.getByRole('status').filter({ hasText: 'Osaa tiedoista ei voitu lukea' })).toBeVisible();

    await course.goto(lessonB.path);
    await showsInProgress(page, 'ei voitu lukea');
    await course.goto(quizLesson.path);
    await showsInProgress(page, 'Olet suorittanut tämän oppitunnin.');
    await (await lessonProgress(page)).getByRole('button', { name: 'Poista suoritusmerkintä' }).click();
    await course.goto('');
    await expect(page.locator('.hero')).toContainText(`Suoritettu 0/${lessons.length} oppituntia`);
    await course.goto('omat-tiedot/');
    await expect(page.getByText('Suoritettuja oppitunteja: 0')).toBeVisible();

    expect(await stored(page)).toMatchObject(corrupt);
    expect(course.consoleErrors).toEqual([]);
  });

  test('data of a newer course version is shown but nothing is written', async ({ course, page }) => {
    const newer = {
      [`${PREFIX}version`]: '99',
      [key('lesson', lessonA.id)]: progress(true),
      [key('lesson', 'tuleva-oppitunti')]: '{"uusi":"muoto"}',
    };
    await seed(page, newer);
    await course.goto(lessonA.path);
    await expect(page.getByRole('status').filter({ hasText: 'Tiedot ovat kurssin uudemmasta versiosta' })).toBeVisible();
    const box = await lessonProgress(page);
    await expect(box.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
    await box.getByRole('button', { name: 'Poista suoritusmerkintä' }).click();
    await course.goto(lessonB.path);
    await (await lessonProgress(page)).getByRole('button', { name: 'Merkitse suoritetuksi' }).click();

    await course.goto('omat-tiedot/');
    await expect(page.getByRole('button', { name: 'Poista kaikki tietoni' })).toBeDisabled();
    await expect(page.getByLabel('Varmuuskopiotiedosto')).toBeDisabled();
    expect(await stored(page)).toEqual(newer);
    expect(course.consoleErrors).toEqual([]);
  });
});

test.describe('Omat tiedot', () => {
  /** Learner data of every kind, as the stores would write it. */
  const data = {
    [key('lesson', lessonA.id)]: progress(true),
    [key('lesson', lessonB.id)]: progress(false),
    [key('quiz', quizLesson.quizIds[0]!)]: quizResult(true),
    [key('reflection', 'aloitus-odotukset')]: JSON.stringify({ text: 'Odotan käytännön esimerkkejä.', updatedAt: T }),
    [`${PREFIX}assignment:tyopaja-1`]: JSON.stringify({ id: 'tyopaja-1', name: 'Työpaja', lessons: [lessonA.id], receivedAt: T }),
    [`${PREFIX}last`]: JSON.stringify({ lessonId: lessonB.id, at: T }),
    [`${PREFIX}name`]: JSON.stringify('Maija Meikäläinen'),
  };

  async function exportBackup(page: Page) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Lataa varmuuskopio' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^asiakasosallisuus-varmuuskopio-\d{4}-\d{2}-\d{2}\.json$/);
    return { name: download.suggestedFilename(), mimeType: 'application/json', buffer: readFileSync((await download.path())!) };
  }

  async function deleteAll(page: Page) {
    await page.getByRole('button', { name: 'Poista kaikki tietoni' }).click();
    await expect(page.getByRole('heading', { name: 'Poistetaanko kaikki tiedot?' })).toBeFocused();
    await page.getByRole('button', { name: 'Poista kaikki', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kaikki kurssin tiedot on poistettu' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Poista kaikki tietoni' })).toBeFocused();
  }

  test('export, delete all, and import by merging or replacing gives the same data back', async ({ course, page }) => {
    await seed(page, data);
    await course.goto('omat-tiedot/');
    await expect(page.getByText('Suoritettuja oppitunteja: 1')).toBeVisible();
    const before = await stored(page);
    const file = await exportBackup(page);
    const backup = JSON.parse(file.buffer.toString('utf8'));
    expect(backup).toMatchObject({ format: 'asiakasosallisuus-varmuuskopio', version: 1 });

    await deleteAll(page);
    expect(await stored(page)).toEqual({ [`${PREFIX}version`]: '1' });
    await expect(page.getByText('Suoritettuja oppitunteja: 0')).toBeVisible();

    await chooseFile(page, file);
    const confirm = page.getByRole('region', { name: `Tiedoston ${file.name} sisältö` });
    await expect(confirm.getByRole('heading')).toBeFocused();
    await expect(confirm).toContainText('Suoritettuja oppitunteja: 1');
    await expect(confirm).toContainText('Nimi todistuksessa: Maija Meikäläinen');
    await expect(confirm.getByRole('radio', { name: 'Yhdistä nykyisiin tietoihin' })).toBeChecked();
    await confirm.getByRole('button', { name: 'Yhdistä tiedot' }).click();
    const success = page.getByRole('status').filter({ hasText: 'Tiedot on tuotu ja yhdistetty' });
    await expect(success).toBeVisible();
    // Said as clearly as a refusal: a box with a coloured edge, not a plain line of text.
    const look = await success.evaluate((el) => {
      const style = getComputedStyle(el);
      return { edge: style.borderInlineStartWidth, background: style.backgroundColor, padding: style.paddingTop };
    });
    expect(look.edge).toBe('4px');
    expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(Number.parseFloat(look.padding)).toBeGreaterThan(0);
    expect(await stored(page)).toEqual(before);

    // Something new since the backup; replacing takes the data back to the backup exactly.
    await course.goto(lessonC.path);
    await (await lessonProgress(page)).getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
    await course.goto('omat-tiedot/');
    await chooseFile(page, file);
    await confirm.getByRole('radio', { name: 'Korvaa nykyiset tiedot' }).check();
    await confirm.getByRole('button', { name: 'Korvaa tiedot' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nykyiset tiedot on korvattu' })).toBeVisible();
    expect(await stored(page)).toEqual(before);

    // Cancelling changes nothing.
    await deleteAll(page);
    await chooseFile(page, file);
    await confirm.getByRole('button', { name: 'Peruuta' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Tuonti peruttiin' })).toBeVisible();
    expect(await stored(page)).toEqual({ [`${PREFIX}version`]: '1' });
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });

  const backupOf = (d: object) => JSON.stringify({ format: 'asiakasosallisuus-varmuuskopio', version: 1, exportedAt: T, data: d });
  const refused: [string, string | Buffer, string][] = [
    ['a file that is not JSON', 'Tämä ei ole JSONia', 'Tiedosto on vahingoittunut tai se ei ole tämän kurssin varmuuskopio.'],
    ['another JSON file', JSON.stringify({ tilaus: 42 }), 'Tiedosto ei ole tämän kurssin varmuuskopio.'],
    [
      'a backup of a newer course version',
      JSON.stringify({ format: 'asiakasosallisuus-varmuuskopio', version: 5, data: {} }),
      'uudemmalla versiolla (versio 5)',
    ],
    [
      'a hostile backup (a __proto__ key)',
      backupOf({ lessons: JSON.parse('{"__proto__": {"completedAt": "2026-11-20T10:00:00.000Z"}}') }),
      '(oppitunnit ”__proto__”)',
    ],
    ['a backup with markup where a name belongs', backupOf({ name: { '<img src=x onerror=alert(1)>': 1 } }), '(nimi)'],
    ['an oversized file', Buffer.alloc(2_100_000, ' '), 'Tiedosto on liian suuri (2,1 Mt)'],
  ];
  for (const [what, content, reason] of refused) {
    test(`importing ${what} is refused with its reason and changes nothing`, async ({ course, page }) => {
      await seed(page, data);
      await course.goto('omat-tiedot/');
      const before = await stored(page);
      await chooseFile(page, { name: 'tiedosto.json', mimeType: 'application/json', buffer: Buffer.from(content) });
      const alert = page.getByRole('alert').filter({ hasText: 'Tiedostoa tiedosto.json ei tuotu.' });
      await expect(alert).toContainText(reason);
      await expect(alert).toContainText('Nykyiset tietosi ovat ennallaan.');
      await expect(page.getByRole('button', { name: /Yhdistä tiedot|Korvaa tiedot/ })).toHaveCount(0);
      expect(await stored(page)).toEqual(before);
      expect(course.consoleErrors).toEqual([]);
    });
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`passes axe with a notice and the import confirmation shown (${colorScheme}, 360 px)`, async ({ course, page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 740 });
      await seed(page, { ...data, [key('lesson', 'rikki')]: '{rikki' });
      await course.goto('omat-tiedot/');
      await expect(page.getByRole('status').filter({ hasText: 'Osaa tiedoista ei voitu lukea' })).toBeVisible();
      await chooseFile(page, {
        name: 'varmuuskopio.json',
        mimeType: 'application/json',
        buffer: Buffer.from(backupOf({ lessons: { [lessonA.id]: JSON.parse(progress(true)) } })),
      });
      await page.getByRole('radio', { name: 'Korvaa nykyiset tiedot' }).check();
      await expect(page.getByRole('button', { name: 'Korvaa tiedot' })).toBeVisible();
      expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
      expect(await course.axe()).toEqual([]);
      await page.getByRole('button', { name: 'Poista kaikki tietoni' }).click();
      expect(await course.axe()).toEqual([]);
      expect(course.consoleErrors).toEqual([]);
    });
  }
});

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node?: Node }[];
}

/**
 * Records every layout shift no input caused (their sum is the page's CLS), by what moved, from
 * the first paint of every page the test opens.
 */
const recordLayoutShifts = (page: Page) =>
  page.addInitScript(() => {
    const shifts: string[] = [];
    const record = (entries: PerformanceEntryList) => {
      for (const entry of entries as LayoutShift[]) {
        const moved = entry.sources.map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : s.node?.nodeName));
        if (!entry.hadRecentInput) shifts.push(`${entry.value.toFixed(4)} ${moved.join(' | ')}`);
      }
    };
    const observer = new PerformanceObserver((list) => record(list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, { layoutShifts: () => (record(observer.takeRecords()), shifts) });
  });

/**
 * The layout shifts so far, read once every island has hydrated and two frames have been drawn
 * since: a shift the stored state causes is then recorded, however slow the machine.
 */
async function layoutShifts(page: Page): Promise<string[]> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => resolve((window as unknown as { layoutShifts: () => string[] }).layoutShifts())),
        ),
      ),
  );
}

for (const width of [360, 1280]) {
  test(`stored progress appears without layout shift (${width} px)`, async ({ course, page }) => {
    await page.setViewportSize({ width, height: 800 });
    await recordLayoutShifts(page);
    await seed(page, {
      [key('lesson', lessonA.id)]: progress(true),
      [key('lesson', lessonB.id)]: progress(false),
      [`${PREFIX}last`]: JSON.stringify({ lessonId: lessonB.id, at: T }),
    });
    // Opened at the progress box, so it is in view while the stored state fills in.
    await course.goto(`${lessonA.path}#lesson-progress-title`);
    await showsInProgress(page, 'Olet suorittanut tämän oppitunnin.');
    await expect(page.locator(`[data-done-mark="${lessonA.id}"]`).first()).toHaveAttribute('data-done', '');
    expect(await layoutShifts(page)).toEqual([]);
    await course.goto('');
    await expect(page.getByRole('link', { name: 'Jatka siitä, mihin jäit' })).toBeVisible();
    expect(await layoutShifts(page)).toEqual([]);
  });
}

test('the learner-state code adds little JavaScript to a lesson page', () => {
  const page = measurePage(DIST, lessonA.path, BASE_PATH);
  const own = page.files.filter((f) => /\/(LessonProgress|DoneMark\.astro|StorageNotices\.astro|shown-if)[^/]*\.js$/.test(f));
  expect(own).toHaveLength(4);
  const gzip = own.reduce((sum, f) => sum + measureFile(f, BASE_PATH), 0);
  test.info().annotations.push({
    type: 'size',
    description: `learner-state code ${gzip} B gzip; the whole page ${page.js.gzip} B + ${page.inlineJs.gzip} B inline`,
  });
  expect(gzip).toBeLessThanOrEqual(1536);
});

/** Gzip size of one built file. */
function measureFile(url: string, base: string): number {
  return gzipSync(readFileSync(join(DIST, url.slice(base.length)))).length;
}
