import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { WCAG_TAGS } from './fixtures';
import { correctTexts, courseLessons, orderItems, quizFile, type QuizFile } from './quiz-helpers';

// The SCORM packages of `npm run build:lms` played by a real SCORM runtime (scorm-again) in a
// harness page that stands in for the platform (tests/lms-harness/, scripts/lms-server.mjs):
// the package is served from a deep path, as Moodle serves it, and only as files.

const LMS = `http://127.0.0.1:${Number(process.env.LMS_PORT ?? 4340)}`;
const PACKAGES = [
  { v: '12', name: 'SCORM 1.2', dir: 'dist-lms/asiakasosallisuus-scorm12', root: '/pluginfile.php/123/mod_scorm/content/4/' },
  { v: '2004', name: 'SCORM 2004', dir: 'dist-lms/asiakasosallisuus-scorm2004', root: '/pluginfile.php/456/mod_scorm/content/7/' },
] as const;
const LAUNCH = 'oppimisalusta/index.html';

const lessons = courseLessons();
const marked = lessons.find((l) => l.quizzes.length === 0 && l.id !== 'yhteenveto')!;
const finalLesson = lessons.find((l) => l.id === 'loppukoe')!;
const finalQuiz = quizFile('loppukoe');
/** Done in this browser before the platform was ever used: the merge must send them too. */
const doneBefore = lessons.filter((l) => l !== marked && l !== finalLesson).map((l) => l.id);

type Cmi = Record<string, any>;
const harness = (p: (typeof PACKAGES)[number]) => `${LMS}/harness/harness.html?v=${p.v}&launch=${encodeURIComponent(p.root + LAUNCH)}`;
const course = (page: Page): FrameLocator => page.frameLocator('#sco').frameLocator('iframe[title="Asiakasosallisuus – verkkokurssi"]');
const calls = (page: Page) => page.evaluate(() => (window as any).__calls as string[]);
const committed = (page: Page) => page.evaluate(() => (window as any).__committed as Cmi | null);
const live = (page: Page, path: string) =>
  page.evaluate((p) => p.split('.').reduce((o: any, k) => o?.[k], (window as any).API ?? (window as any).API_1484_11), path);

/**
 * Answers every question right with the pointer: the keyboard way (answerRight) is tested in
 * widgets.spec.ts, and across two frames it is too slow for a 30-question quiz.
 */
async function answerByPointer(page: Page, quiz: Locator, data: QuizFile) {
  const items = quiz.locator('.quiz__question');
  for (const [i, q] of data.questions.entries()) {
    const item = items.nth(i);
    if (q.type === 'truefalse') await item.getByRole('radio', { name: q.answer ? 'Tosi' : 'Epätosi', exact: true }).check();
    else if (q.type === 'single' || q.type === 'scenario')
      await item.getByRole('radio', { name: correctTexts(q)[0] ?? q.options![0]!.text, exact: true }).check();
    else if (q.type === 'multiple')
      for (const text of correctTexts(q)) await item.getByRole('checkbox', { name: text, exact: true }).check();
    else if (q.type === 'ordering')
      await orderItems(
        page,
        item,
        q.items!.map((it) => it.text),
      );
    else if (q.type === 'categorize') {
      for (const it of q.items!) {
        await item
          .getByRole('combobox', { name: it.text, exact: true })
          .selectOption({ label: q.categories!.find((c) => c.id === it.category)!.label });
      }
    } else throw new Error(`unknown question type in ${data.id}`);
  }
  await quiz.getByRole('button', { name: 'Tarkista' }).click();
}

/** Opens a lesson from the sidebar: its module's group first, then the lesson's link. */
async function openLesson(frame: FrameLocator, lesson: { module: string; title: string }) {
  const nav = frame.getByRole('navigation', { name: 'Kurssin sisältö' }).first();
  const group = nav.locator(`summary[id$="-${lesson.module}"]`).first();
  await group.click();
  await nav
    .getByRole('link', { name: new RegExp(`^${lesson.title}`) })
    .first()
    .click();
  await expect(frame.getByRole('heading', { level: 1, name: lesson.title })).toBeVisible();
}

/** A fresh browser context (own storage) on the harness; records every request and failure. */
async function launch(browser: Browser, p: (typeof PACKAGES)[number], init?: { savedCmi?: Cmi; localDone?: string[] }) {
  const context = await browser.newContext({ locale: 'fi-FI' });
  const page = await context.newPage();
  const requests: string[] = [];
  const failures: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  page.on('pageerror', (e) => failures.push(e.message));
  await page.addInitScript(
    ({ savedCmi, localDone }) => {
      if (savedCmi && window === window.top) (window as any).__savedCmi = savedCmi;
      if (localDone && window === window.top && !localStorage.length) {
        for (const id of localDone)
          localStorage.setItem(
            `asiakasosallisuus:lesson:${id}`,
            JSON.stringify({ visitedAt: '2026-11-01T10:00:00.000Z', completedAt: '2026-11-01T10:00:00.000Z' }),
          );
      }
    },
    { savedCmi: init?.savedCmi, localDone: init?.localDone },
  );
  await page.goto(harness(p));
  return { context, page, requests, failures };
}

for (const p of PACKAGES) {
  test.describe(p.name, () => {
    test('the package: manifest at the zip root, well-formed, every file listed and present', async ({ page }) => {
      const zip = unzipSync(readFileSync(`${p.dir.replace(/\/[^/]+$/, '')}/${p.dir.split('/').pop()}.zip`));
      const onDisk = readdirSync(p.dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) =>
          join(e.parentPath, e.name)
            .slice(p.dir.length + 1)
            .split(sep)
            .join('/'),
        )
        .sort();
      expect(Object.keys(zip).sort()).toEqual(onDisk);
      const xml = new TextDecoder().decode(zip['imsmanifest.xml']);
      await page.goto(`${LMS}/harness/harness.html`);
      // The browser's XML parser: a parse error is reported as a <parsererror> document.
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const all = (name: string) => [...doc.getElementsByTagNameNS('*', name)];
        return {
          error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
          root: doc.documentElement.localName,
          schemaversion: all('schemaversion')[0]?.textContent,
          orgDefault: all('organizations')[0]?.getAttribute('default'),
          orgIds: all('organization').map((o) => o.getAttribute('identifier')),
          items: all('item').map((i) => ({
            ref: i.getAttribute('identifierref'),
            title: i.getElementsByTagNameNS('*', 'title')[0]?.textContent,
          })),
          resources: all('resource').map((r) => ({
            id: r.getAttribute('identifier'),
            href: r.getAttribute('href'),
            type: [...r.attributes].find((a) => a.localName.toLowerCase() === 'scormtype')?.value,
          })),
          files: all('file').map((f) => decodeURIComponent(f.getAttribute('href')!)),
          mastery: all('masteryscore')[0]?.textContent ?? all('minNormalizedMeasure')[0]?.textContent,
          description: all('description')[0]?.textContent?.trim(),
        };
      }, xml);
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe('manifest');
      expect(parsed.schemaversion).toBe(p.v === '12' ? '1.2' : '2004 4th Edition');
      expect(parsed.orgIds).toContain(parsed.orgDefault);
      expect(parsed.items).toEqual([{ ref: 'sco', title: 'Asiakasosallisuus – verkkokurssi' }]);
      expect(parsed.resources).toEqual([{ id: 'sco', href: LAUNCH, type: 'sco' }]);
      expect(parsed.mastery).toBe(p.v === '12' ? '80' : '0.8');
      expect(parsed.description).toMatch(/asiakasosallisuudesta/);
      for (const f of parsed.files) expect(existsSync(join(p.dir, f)), f).toBe(true);
      expect(parsed.files.sort()).toEqual(onDisk.filter((f) => f !== 'imsmanifest.xml'));
      expect(parsed.files).toContain(LAUNCH);
    });

    test('reports to the platform, keeps state in suspend_data and resumes in a fresh browser', async ({ browser }) => {
      // A 30-question quiz across two frames, and a second browser: slow on a loaded CI machine.
      test.setTimeout(300_000);
      const first = await launch(browser, p, { localDone: doneBefore });
      const { page } = first;
      const v12 = p.v === '12';
      await expect.poll(() => calls(page)).toContain(v12 ? 'LMSInitialize' : 'Initialize');
      await expect.poll(() => live(page, v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status')).toBe('incomplete');
      // What this browser had before is merged in and sent at once.
      await expect.poll(async () => (await committed(page))?.suspend_data ?? '').toContain(doneBefore[0]);

      // Search works from the deep path, and its result opens the lesson's index.html.
      const frame = course(page);
      await expect(frame.getByRole('link', { name: 'Haku' })).toBeVisible();
      await frame.getByRole('link', { name: 'Haku' }).click();
      await frame.getByRole('searchbox').fill(marked.title);
      await frame.locator('pagefind-results .search-result__link', { hasText: marked.title }).first().click();
      await expect(frame.getByRole('heading', { level: 1, name: marked.title })).toBeVisible();
      await expect
        .poll(() => page.frames().map((f) => f.url()))
        .toContainEqual(expect.stringMatching(new RegExp(`${p.root}${marked.module}/${marked.id}/index.html$`)));

      // A lesson marked done is committed.
      const before = (await calls(page)).length;
      await frame.getByRole('button', { name: 'Merkitse suoritetuksi' }).click();
      await expect(frame.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
      await expect.poll(async () => (await calls(page)).slice(before)).toContain(v12 ? 'LMSCommit' : 'Commit');
      expect((await committed(page))!.suspend_data).toContain(`${marked.id}.`);
      expect(await live(page, v12 ? 'cmi.core.lesson_location' : 'cmi.location')).toBe(marked.id);

      // The final quiz, passed: the lesson's links are relative and open index.html files.
      await openLesson(frame, finalLesson);
      const quiz = frame.getByRole('region', { name: finalQuiz.title });
      await expect(quiz.getByRole('button', { name: 'Tarkista' })).toBeEnabled();
      await answerByPointer(page, quiz, finalQuiz);
      const score = (c: Cmi | null) => (v12 ? c?.core?.score?.raw : c?.score?.raw);
      await expect.poll(async () => score(await committed(page))).toBe('100');

      const cmi = (await committed(page))!;
      if (v12) {
        expect(cmi.core.lesson_status).toBe('passed');
        expect(cmi.core.score).toMatchObject({ raw: '100', min: '0', max: '100' });
        expect(cmi.core.lesson_location).toBe('loppukoe');
        expect(cmi.core.exit).toBe('suspend');
      } else {
        expect(cmi.completion_status).toBe('completed');
        expect(cmi.success_status).toBe('passed');
        expect(cmi.score).toMatchObject({ raw: '100', min: '0', max: '100', scaled: '1' });
        expect(cmi.location).toBe('loppukoe');
        expect(cmi.progress_measure).toBe('1');
        expect(cmi.exit).toBe('suspend');
      }
      // The quiz check is an interaction record too.
      expect(JSON.stringify(cmi.interactions)).toContain(v12 ? '"loppukoe"' : '"urn:asiakasosallisuus:tietovisa:loppukoe"');
      // The whole course done, in well under half of SCORM 1.2's 4,096 characters.
      expect(cmi.suspend_data.length).toBeGreaterThan(100);
      expect(cmi.suspend_data.length).toBeLessThan(2048);

      // The platform case is told on the pages: reflections stay here, Omat tiedot says where progress is.
      await frame.getByRole('link', { name: 'Omat tiedot' }).first().click();
      await expect(frame.getByText(/tallentuvat myös oppimisalustalle/)).toBeVisible();
      await expect(frame.getByText(/Poisto koskee vain tätä selainta/)).toBeVisible();
      expect(
        await new AxeBuilder({ page })
          .withTags(WCAG_TAGS)
          .analyze()
          .then((r) => r.violations.map((v) => v.id)),
      ).toEqual([]);

      // Moving between pages kept the one session; leaving finishes it, once.
      const finish = v12 ? 'LMSFinish' : 'Terminate';
      expect(await calls(page)).not.toContain(finish);
      expect((await calls(page)).filter((c) => c === (v12 ? 'LMSInitialize' : 'Initialize'))).toHaveLength(1);
      await page.getByRole('button', { name: 'Poistu kurssilta' }).click();
      await expect.poll(() => calls(page)).toContain(finish);
      expect((await calls(page)).filter((c) => c === finish)).toHaveLength(1);
      expect(await page.evaluate(() => ((window as any).API ?? (window as any).API_1484_11).isTerminated())).toBe(true);
      const saved = (await committed(page))!;
      expect(saved.suspend_data).toBe(cmi.suspend_data);
      expect(await page.evaluate(() => (window as any).__refused)).toEqual([]);

      // Nothing was requested outside the package (besides the harness and its runtime), nothing failed.
      const outside = first.requests.filter(
        (u) =>
          !u.startsWith(LMS + p.root) && !u.startsWith(`${LMS}/harness/`) && !u.startsWith(`${LMS}/scorm-again/`) && u !== 'about:blank',
      );
      expect(outside).toEqual([]);
      expect(first.failures).toEqual([]);
      await first.context.close();

      // Another device: a fresh browser, the platform's committed data. The progress is back.
      const again = await launch(browser, p, { savedCmi: saved });
      const frame2 = course(again.page);
      await expect(frame2.getByText(`Suoritettu ${lessons.length}/${lessons.length} oppituntia (100 %)`).first()).toBeVisible();
      await frame2.getByRole('link', { name: 'Kertaa kurssia alusta' }).click();
      await openLesson(frame2, finalLesson);
      await expect(frame2.getByText('Olet suorittanut tämän oppitunnin.')).toBeVisible();
      await expect.poll(() => calls(again.page)).toContain(v12 ? 'LMSInitialize' : 'Initialize');
      expect(again.failures).toEqual([]);
      await again.context.close();
    });
  });
}

test('without a platform the package is the website: no session, no platform notices', async ({ page }) => {
  await page.goto(`${LMS}${PACKAGES[0].root}${LAUNCH}`);
  const frame = page.frameLocator('iframe[title="Asiakasosallisuus – verkkokurssi"]');
  await frame.getByRole('link', { name: 'Omat tiedot' }).first().click();
  await expect(frame.getByRole('heading', { level: 1, name: 'Omat tiedot' })).toBeVisible();
  await expect(frame.getByText(/tallentuvat myös oppimisalustalle/)).toBeHidden();
});

test('suspend_data the course cannot read is refused with a notice, and replaced by what this browser has', async ({ browser }) => {
  const p = PACKAGES[0];
  const { page, context, failures } = await launch(browser, p, {
    savedCmi: { suspend_data: 'page=4;answers=1,2' },
    localDone: [marked.id],
  });
  await expect(page.frameLocator('#sco').getByRole('status')).toHaveText(/tietoja ei voitu lukea/);
  await expect.poll(async () => (await committed(page))?.suspend_data ?? '').toMatch(new RegExp(`^AO1~${marked.id}\\.`));
  expect(failures).toEqual([]);
  await context.close();
});

test('suspend_data of a newer course version is left as it is, and nothing is reported over it', async ({ browser }) => {
  const newer = 'AO2~tulevaisuuden-muoto~abc';
  const { page, context, failures } = await launch(browser, PACKAGES[1], {
    savedCmi: { suspend_data: newer, completion_status: 'completed' },
    localDone: [marked.id],
  });
  await expect(page.frameLocator('#sco').getByRole('status')).toHaveText(/uudemmalla versiolla/);
  await expect.poll(() => calls(page)).toContain('Commit');
  expect((await committed(page))!.suspend_data).toBe(newer);
  expect(await live(page, 'cmi.completion_status')).toBe('completed');
  expect(failures).toEqual([]);
  await context.close();
});
