import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { builtPages, CoursePage, expect, STORAGE_PREFIX, test } from './fixtures';
import { answerRight, hydrated, quizFile } from './quiz-helpers';

// Issue 17: a learner's written work is never lost, whatever the tabs, storage or scripts do.
// Points 1–3 (tabs, unreadable data, "saved" only when stored), 5 (two deployments on one origin),
// 8 (without JavaScript) and 11 (Content-Security-Policy).

const LESSON = 'aloitus/aloitus/';
const REFLECTION = 'aloitus-odotukset';
const KEY = `${STORAGE_PREFIX}reflection:${REFLECTION}`;
const T = '2026-11-20T10:00:00.000Z';
const entry = (text: string, updatedAt = T) => JSON.stringify({ text, updatedAt });

const field = (page: Page) => page.getByRole('textbox', { name: /Mitä asiakasosallisuus tarkoittaa sinulle juuri nyt/ });
const storedText = (page: Page) => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.text, KEY);

/** Seeds storage once per browser context, before any page of the course runs. */
const seed = (context: BrowserContext, values: Record<string, string>) =>
  context.addInitScript((values) => {
    if (localStorage.getItem('test:seeded')) return;
    for (const [k, v] of Object.entries(values)) localStorage.setItem(k, v);
    localStorage.setItem('test:seeded', '1');
  }, values);

async function openReflection(page: Page, path = LESSON) {
  await page.goto(path);
  const box = field(page).first();
  await box.scrollIntoViewIfNeeded();
  await hydrated(box);
  return box;
}

test.describe('two tabs, one reflection (17.1)', () => {
  test('a blur that changed nothing saves nothing, and an edit meets the other tab’s text as a choice', async ({ context, page }) => {
    await seed(context, { [KEY]: entry('Vanha teksti.') });
    // Tab A's clock can be held, so that its typing is not saved before tab B saves.
    await page.clock.install();
    const a = await openReflection(page);
    await expect(a).toHaveValue('Vanha teksti.');
    await a.focus();

    // Tab B (the diary) edits and saves the same answer.
    const other = await context.newPage();
    const b = await openReflection(other, 'oppimispaivakirja/');
    await expect(b).toHaveValue('Vanha teksti.');
    await b.fill('Toisen välilehden teksti.');
    await b.blur();
    await expect.poll(() => storedText(other)).toBe('Toisen välilehden teksti.');

    // Tab A's blur changed nothing: it saves nothing, and shows the newer text.
    await a.blur();
    await expect(a).toHaveValue('Toisen välilehden teksti.');
    expect(await storedText(page)).toBe('Toisen välilehden teksti.');

    // Both tabs type; B saves first; A's save finds B's text and asks.
    await page.clock.pauseAt(new Date(Date.now() + 3_600_000));
    await a.focus();
    await a.press('End');
    await a.pressSequentially(' Oma lisäys A.');
    await b.press('End');
    await b.pressSequentially(' Lisäys B.');
    await b.blur();
    await expect.poll(() => storedText(other)).toBe('Toisen välilehden teksti. Lisäys B.');
    await a.blur();
    // A's save is done; its page may now run timers again (its effects wait on them).
    await page.clock.resume();
    const textA = 'Toisen välilehden teksti. Oma lisäys A.';
    const textB = 'Toisen välilehden teksti. Lisäys B.';
    const conflictIn = (p: Page) => p.getByRole('alert').filter({ hasText: 'Vastausta on muutettu toisessa välilehdessä' });
    // Usually A's save finds B's text and asks. On a loaded machine B's save may reach tab A only
    // after A's own save went over it: then tab B finds that out and asks (see the tests below).
    await expect.poll(async () => (await conflictIn(page).isVisible()) || (await conflictIn(other).isVisible())).toBe(true);
    const askedInA = await conflictIn(page).isVisible();
    const [asking, mine, theirs] = askedInA ? [page, textA, textB] : [other, textB, textA];
    const conflict = conflictIn(asking);
    await expect(conflict).toContainText(theirs);
    await expect(asking === page ? a : b).toHaveValue(mine);
    expect(await storedText(page)).toBe(theirs);

    await conflict.getByRole('button', { name: 'Säilytä molemmat' }).click();
    await expect(conflict).toBeHidden();
    await expect.poll(() => storedText(page)).toBe(`${theirs}\n\n${mine}`);
    expect(await new CoursePage(asking, '').axe()).toEqual([]);
  });
});

test.describe('two saves a moment apart (17.1)', () => {
  // Storage is shared by the tabs but not atomic: tab A's save can pass its check before tab B's
  // save a moment earlier reaches it, and write over B's text unseen. Tab B then gets A's text,
  // edited from an older version than B's own save. Written here by hand, so it is not left to
  // the timing of the browser's processes.

  /** This tab (B) adds to a common start and saves; returns its field and what it stored. */
  async function saveOwnEdit(context: BrowserContext, page: Page) {
    await seed(context, { [KEY]: entry('Yhteinen alku.') });
    const b = await openReflection(page);
    await b.press('End');
    await b.pressSequentially(' Lisäys B.');
    await b.blur();
    await expect.poll(() => storedText(page)).toBe('Yhteinen alku. Lisäys B.');
    return { b, own: await page.evaluate((k) => JSON.parse(localStorage.getItem(k)!), KEY) };
  }
  /** Another tab (A) writes its text, edited from the stored version `basedOn`. */
  async function writeFromOtherTab(context: BrowserContext, text: string, basedOn: string) {
    const other = await context.newPage();
    await other.goto('tietosuoja/');
    const value = JSON.stringify({ text, updatedAt: new Date().toISOString(), basedOn });
    await other.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, value] as const);
  }

  test('the tab whose save was written over says so and keeps both texts on request', async ({ context, page }) => {
    const { b } = await saveOwnEdit(context, page);
    // Tab A, which had not seen B's save, writes its own edit of the common start.
    await writeFromOtherTab(context, 'Yhteinen alku. Lisäys A.', T);

    const conflict = page.getByRole('alert').filter({ hasText: 'Vastausta on muutettu toisessa välilehdessä' });
    await expect(conflict).toBeVisible();
    await expect(conflict).toContainText('Yhteinen alku. Lisäys A.');
    await expect(b).toHaveValue('Yhteinen alku. Lisäys B.');
    await conflict.getByRole('button', { name: 'Säilytä molemmat' }).click();
    await expect.poll(() => storedText(page)).toBe('Yhteinen alku. Lisäys A.\n\nYhteinen alku. Lisäys B.');
  });

  test('an edit made from this tab’s own save is simply shown, with no question', async ({ context, page }) => {
    const { b, own } = await saveOwnEdit(context, page);
    expect(own.basedOn).toBe(T);
    await writeFromOtherTab(context, 'Yhteinen alku. Lisäys B. Jatko.', own.updatedAt);
    await expect(b).toHaveValue('Yhteinen alku. Lisäys B. Jatko.');
    await expect(page.getByRole('alert').filter({ hasText: 'Vastausta on muutettu' })).toHaveCount(0);
  });
});

test.describe('unreadable data is never overwritten (17.2)', () => {
  test('an answer over the limit is shown as unreadable, can be downloaded, and typing never replaces it', async ({ context, page }) => {
    const raw = entry('x'.repeat(50_001));
    await seed(context, { [KEY]: raw });
    const box = await openReflection(page);
    const problem = page.getByRole('alert').filter({ hasText: 'Tallennettua vastausta ei voitu lukea' });
    await expect(problem).toBeVisible();
    await expect(box).toHaveAttribute('readonly', '');
    await box.press('a').catch(() => {});
    await box.blur();
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);

    const download = page.waitForEvent('download');
    await problem.getByRole('button', { name: 'Lataa tallennettu sisältö' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toBe(raw);
    expect(await new CoursePage(page, '').axe()).toEqual([]);

    await problem.getByRole('button', { name: 'Poista lukukelvoton vastaus' }).click();
    await expect(box).not.toHaveAttribute('readonly');
  });

  test('the field’s limit is the stored limit, and it says so', async ({ page }) => {
    const box = await openReflection(page);
    await expect(box).toHaveAttribute('maxlength', '50000');
    await expect(box).toHaveAccessibleDescription(/enimmäispituus on 50\s000 merkkiä/);
  });
});

test.describe('"Tallennettu" only when it was stored (17.3)', () => {
  for (const [name, script] of [
    [
      'full',
      () => {
        localStorage.setItem('muu-sivu:iso', 'x');
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    ],
    [
      'refusing every write (a private mode)',
      () => {
        localStorage.clear();
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    ],
  ] as const) {
    test(`with storage ${name}, the field says its text is not saved`, async ({ context, page }) => {
      await context.addInitScript(script);
      const box = await openReflection(page);
      await box.fill('Tärkeä ajatus.');
      await box.blur();
      const status = page.locator(`#pohdinta-${REFLECTION}-tila`);
      await expect(status).toContainText('Ei tallennettu.');
      await expect(status).not.toContainText('Tallennettu klo');
      await expect(box).toHaveAccessibleDescription(/Ei tallennettu/);
      const notice = name === 'full' ? 'Selaimen tallennustila on täynnä' : 'Tietosi eivät tallennu';
      await expect(page.getByText(notice)).toBeVisible();
    });
  }
});

test.describe('two deployments on one origin (17.5)', () => {
  test('keys of the old form move once; "delete all" leaves another deployment’s data alone', async ({ context, page }) => {
    const others = { 'asiakasosallisuus@/toinen-kurssi/:lesson:aloitus': entry('x'), 'muu-sivusto:avain': '1' };
    await seed(context, {
      ...others,
      'asiakasosallisuus:version': '1',
      [`asiakasosallisuus:reflection:${REFLECTION}`]: entry('Ennen muutosta kirjoitettu.'),
    });
    const box = await openReflection(page);
    await expect(box).toHaveValue('Ennen muutosta kirjoitettu.');
    const all = () => page.evaluate(() => Object.fromEntries(Object.entries(localStorage).filter(([k]) => k !== 'test:seeded')));
    const moved = await all();
    expect(moved).toMatchObject({ ...others, [`${STORAGE_PREFIX}version`]: '1', [KEY]: entry('Ennen muutosta kirjoitettu.') });
    expect(Object.keys(moved).filter((k) => k.startsWith('asiakasosallisuus:'))).toEqual([]);

    await page.goto('omat-tiedot/');
    const remove = page.getByRole('button', { name: 'Poista kaikki tietoni' });
    await expect(remove).toBeEnabled();
    await remove.click();
    await page.getByRole('button', { name: 'Poista kaikki', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kaikki kurssin tiedot on poistettu' })).toBeVisible();
    expect(await all()).toEqual({ ...others, [`${STORAGE_PREFIX}version`]: '1' });
  });
});

test.describe('without JavaScript (17.8)', () => {
  test('when scripts fail to load, the fields, the assignment page and Omat tiedot say so', async ({ page }) => {
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(LESSON);
    await expect(page.getByText('Vastaus ei tallennu: sivun JavaScript ei toimi.').first()).toBeVisible({ timeout: 10_000 });
    await page.goto('tehtava/#1.abc');
    await expect(page.getByText(/Tehtävää ei voitu avata, koska sivun JavaScript ei toimi/)).toBeVisible({ timeout: 10_000 });
    await page.goto('omat-tiedot/');
    await expect(page.getByText(/painikkeet toimivat vasta, kun sivun JavaScript on latautunut/)).toBeVisible({ timeout: 10_000 });
  });

  test('opened from the file system, a page says the course needs a web server', async ({ page }) => {
    await page.goto(`file://${resolve(process.env.ASTRO_OUT_DIR ?? 'dist', 'index.html')}`);
    await expect(page.getByRole('alert').filter({ hasText: 'Kurssi toimii vain verkkopalvelimelta avattuna' })).toBeVisible();
  });

  test('when all is well, none of those notes shows', async ({ page }) => {
    await openReflection(page);
    await expect(page.getByText('Kurssi toimii vain verkkopalvelimelta avattuna')).toBeHidden();
    // Each note is in the server HTML of its island only, so a started island has none left.
    await expect(page.locator('astro-island:has(.reflection)').first()).not.toHaveAttribute('ssr');
    await expect(page.locator('.reflection .needs-script')).toHaveCount(0);
  });
});

test.describe('Content-Security-Policy (17.11)', () => {
  test('every page, search, quizzes and dialogs run with no policy violation', async ({ context, page, course }) => {
    test.setTimeout(240_000);
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
    });
    const violations: string[] = [];
    const collect = async (where: string) => {
      for (const v of await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)) violations.push(`${where}: ${v}`);
    };
    for (const path of builtPages()) {
      await course.goto(path);
      expect(await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'), path).toMatch(
        /default-src 'self'.*object-src 'none'/,
      );
      // Every island of the page started: hydration is what a strict policy would stop.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
      await collect(path);
    }
    // Search: the dialog opened and a query run (Pagefind's WebAssembly and worker).
    await course.goto('');
    await page.getByRole('link', { name: 'Haku' }).click();
    await page.locator('pagefind-modal dialog').getByRole('searchbox').fill('raati');
    await expect(page.locator('pagefind-modal dialog pagefind-summary')).toHaveText(/haulle raati$/);
    await collect('search');
    // A quiz checked.
    await course.goto(LESSON);
    const quiz = page.locator('.quiz-frame').first();
    await hydrated(quiz.locator('.quiz__question').first());
    const id = await quiz.getAttribute('data-quiz-id');
    if (id) await answerRight(page, quiz, quizFile(id));
    await collect('quiz');
    // The dialogs of Omat tiedot.
    await course.goto('omat-tiedot/');
    await page.getByRole('button', { name: 'Poista kaikki tietoni' }).click();
    await page.getByRole('button', { name: 'Peruuta' }).click();
    await collect('omat-tiedot');
    expect(violations).toEqual([]);
  });
});
