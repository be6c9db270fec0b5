import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, STORAGE_PREFIX, test, type CoursePage } from './fixtures';

// Issue 8: a trainer chooses sections and shares them as a link; learners open it; the trainer
// prints workshop material and presents a module; the learner hands over a completion summary.

const island = (page: Page, name: string) => page.locator(`astro-island[component-url*="${name}"]`);
const hydrated = (page: Page, name: string) => expect(island(page, name)).not.toHaveAttribute('ssr');

const TALO = 'Moduuli 3: Asiakasosallisuuden talo';
const TALO_LESSONS = ['Talon perusta, kerrokset ja katto', 'Talo arjen palveluissa', 'Talo koko organisaation työvälineenä'];
const OIKEUDET = 'Asiakkaan kahdeksan oikeutta';

interface Choice {
  name: string;
  note?: string;
  due?: string;
  modules?: string[];
  lessons?: string[];
}

/** Fills the trainer's form and returns the link it gives. */
async function makeLink(course: CoursePage, page: Page, choice: Choice): Promise<string> {
  await course.goto('kouluttajalle/');
  await hydrated(page, 'AssignmentBuilder');
  for (const m of choice.modules ?? [])
    await page
      .getByRole('group', { name: m })
      .getByRole('checkbox', { name: /Koko moduuli/ })
      .check();
  for (const l of choice.lessons ?? []) await lessonChoice(page, l).check();
  await page.getByLabel('Tehtävän nimi').fill(choice.name);
  if (choice.note) await page.getByLabel(/Saate osallistujille/).fill(choice.note);
  if (choice.due) await page.getByLabel(/Määräpäivä/).fill(choice.due);
  const link = page.getByLabel('Linkki osallistujille');
  await expect(link).toHaveValue(/\/tehtava\/#1\.[\w-]+$/);
  return link.inputValue();
}

/** The stored learner data of this browser (all keys of the course). */
const storedData = (page: Page) =>
  page.evaluate(
    (prefix) =>
      Object.fromEntries(
        Object.entries(localStorage)
          .filter(([k]) => k.startsWith(prefix))
          .sort(),
      ),
    STORAGE_PREFIX,
  );

/** A lesson's checkbox in the trainer's list of lessons to choose (not in the pre-reading list). */
const lessonChoice = (page: Page, title: string) =>
  page.getByRole('group', { name: '1. Valitse oppitunnit' }).getByRole('checkbox', { name: new RegExp(`^${title}`) });

const pathOf = (url: string) => url.slice(url.indexOf('/tehtava/') + 1);

test.describe('trainer', () => {
  test('the header links to the trainer page, which passes axe in light and dark', async ({ course, page }) => {
    await course.goto('');
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kouluttajalle' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kouluttajalle');
    await expect(page.getByRole('link', { name: 'Kouluttajalle', exact: true })).toHaveAttribute('aria-current', 'page');
    await hydrated(page, 'AssignmentBuilder');
    expect(await course.axe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await course.axe()).toEqual([]);
    await page.getByRole('link', { name: /Kouluttajan opas/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kouluttajan opas');
    await expect(page.getByRole('heading', { name: 'Ennen työpajaa' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Työpajan aikana' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Työpajan jälkeen' })).toBeVisible();
    expect(await course.axe()).toEqual([]);
    expect(course.consoleErrors).toEqual([]);
  });

  test('chooses a module and lessons, names the assignment and gets a link, a QR code and a handout', async ({
    course,
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await course.goto('kouluttajalle/');
    await hydrated(page, 'AssignmentBuilder');
    const talo = page.getByRole('group', { name: TALO });
    const whole = talo.getByRole('checkbox', { name: /Koko moduuli/ });

    await expect(page.getByText('Valitse vähintään yksi oppitunti, niin saat linkin.')).toBeVisible();
    await whole.check();
    for (const title of TALO_LESSONS) await expect(talo.getByRole('checkbox', { name: new RegExp(`^${title}`) })).toBeChecked();
    await talo.getByRole('checkbox', { name: new RegExp(`^${TALO_LESSONS[1]}`) }).uncheck();
    await expect(whole).not.toBeChecked();
    expect(await whole.evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(true);
    await whole.uncheck();
    await whole.check();
    expect(await whole.evaluate((el: HTMLInputElement) => el.indeterminate)).toBe(false);
    await talo.getByRole('checkbox', { name: new RegExp(`^${TALO_LESSONS[1]}`) }).uncheck();
    await lessonChoice(page, OIKEUDET).check();
    await expect(
      page.getByRole('status').filter({ hasText: /^Valittu 3 oppituntia\. Opiskeluaika noin \d+ min, työpajaosuudet noin \d+ min\.$/ }),
    ).toBeVisible();

    await expect(page.getByText('Anna tehtävälle nimi, niin saat linkin.')).toBeVisible();
    await page.getByLabel('Tehtävän nimi').fill('Osallisuustyöpaja 12.3.');
    await page.getByLabel(/Saate osallistujille/).fill('Opiskele nämä ennen työpajaa.');
    await page.getByLabel(/Määräpäivä/).fill('2027-03-12');

    const link = page.getByLabel('Linkki osallistujille');
    await expect(link).toHaveValue(new RegExp(`^${baseURL}tehtava/#1\\.[\\w-]+$`));
    const url = await link.inputValue();
    expect(url.length).toBeLessThan(400);
    // The page's own address follows the choice, so a reload keeps it.
    expect(page.url()).toContain(url.slice(url.indexOf('#')));

    const qr = page.getByRole('img', { name: 'QR-koodi, joka avaa tehtävän Osallisuustyöpaja 12.3.' });
    await expect(qr).toBeVisible();
    expect((await qr.locator('path').getAttribute('d'))!.length).toBeGreaterThan(500);

    const handout = page.getByRole('article', { name: 'Osallisuustyöpaja 12.3.' });
    await expect(handout).toContainText('Tee viimeistään 12.3.2027.');
    await expect(handout.getByRole('listitem')).toHaveText([
      new RegExp(TALO_LESSONS[0]!),
      new RegExp(TALO_LESSONS[2]!),
      new RegExp(OIKEUDET),
    ]);
    await expect(handout).toContainText(url);

    await page.getByRole('button', { name: 'Kopioi linkki' }).click();
    const copied = page.getByRole('status').filter({ hasText: 'Linkki on kopioitu leikepöydälle.' });
    await expect(copied).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    // The confirmation is next to the button pressed, not below the whole handout.
    const button = (await page.getByRole('button', { name: 'Kopioi linkki' }).boundingBox())!;
    const said = (await copied.boundingBox())!;
    expect(said.y - (button.y + button.height)).toBeLessThan(60);
    expect(said.y).toBeGreaterThanOrEqual(button.y);
    expect(await course.axe()).toEqual([]);

    // The printed participant handout: the form is gone, name, lessons, QR code and address stay.
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('group', { name: TALO })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Kopioi linkki' })).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Kouluttajalle' })).toBeHidden();
    await expect(handout).toBeVisible();
    await expect(qr).toBeVisible();
    await page.emulateMedia({ media: 'screen' });

    await page.reload();
    await hydrated(page, 'AssignmentBuilder');
    await expect(page.getByLabel('Tehtävän nimi')).toHaveValue('Osallisuustyöpaja 12.3.');
    await expect(lessonChoice(page, OIKEUDET)).toBeChecked();
    await expect(page.getByLabel('Linkki osallistujille')).toHaveValue(url);
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });

  test('without the Clipboard API the link is selected for copying by hand', async ({ course, page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await makeLink(course, page, { name: 'Ilman leikepöytää', lessons: [OIKEUDET] });
    await page.getByRole('button', { name: 'Kopioi linkki' }).click();
    await expect(page.getByRole('status').filter({ hasText: /Linkki on valittuna kentässä/ })).toBeVisible();
    const link = page.getByLabel('Linkki osallistujille');
    await expect(link).toBeFocused();
    const selection = await link.evaluate((el: HTMLInputElement) => [el.selectionStart, el.selectionEnd, el.value.length]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
  });

  test('the workshop handout shows objectives, questions, tasks and a time plan, and prints on A4', async ({ course, page }) => {
    const url = await makeLink(course, page, {
      name: 'Talotyöpaja',
      note: 'Tuo mukaan yksi esimerkki.',
      modules: [TALO],
      lessons: [OIKEUDET],
    });
    await page.getByRole('link', { name: 'Avaa työpajamoniste' }).click();
    await expect(page).toHaveURL(/kouluttajalle\/tyopaja\/#1\./);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Työpajamoniste');
    await expect(page.getByText('Talotyöpaja', { exact: true })).toBeVisible();
    await expect(page.getByText('Tuo mukaan yksi esimerkki.')).toBeVisible();

    const sections = page.locator('section.handout-lesson:visible');
    await expect(sections.getByRole('heading', { level: 3 })).toHaveText([...TALO_LESSONS, OIKEUDET]);
    for (const section of await sections.all()) {
      await expect(section.getByRole('heading', { name: 'Oppimistavoitteet' })).toBeVisible();
      await expect(section.getByRole('heading', { name: 'Keskustelukysymykset' })).toBeVisible();
      await expect(section.getByRole('heading', { name: 'Ryhmätehtävä' })).toBeVisible();
      expect(await section.locator('ul > li').count()).toBeGreaterThan(0);
      expect(await section.locator('ol > li').count()).toBeGreaterThanOrEqual(2);
    }

    const plan = page.getByRole('table');
    const rows = plan.locator('tbody tr');
    await expect(rows.first()).toContainText('9.00–9.10');
    await expect(rows.first()).toContainText('Avaus');
    await expect(rows.last()).toContainText('Lopetus');
    for (const title of [...TALO_LESSONS, OIKEUDET]) await expect(rows.filter({ hasText: title })).toHaveCount(1);
    // Lengths read as hours and minutes ("1 h 30 min"); the total is the sum of the steps, and
    // consecutive steps meet.
    const cells = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!)));
    const minutesOf = (text: string) => {
      const [, h, m] = /^(?:(\d+) h)? ?(?:(\d+) min)?$/.exec(text)!;
      return Number(h ?? 0) * 60 + Number(m ?? 0);
    };
    for (const [, , length] of cells) expect(length).toMatch(/^(\d+ h)? ?(\d+ min)?$/);
    const sum = cells.reduce((total, [, , length]) => total + minutesOf(length!), 0);
    expect(minutesOf((await plan.locator('tfoot td').textContent())!)).toBe(sum);
    // No stretch of work runs past an hour and a half without a pause.
    let since = 0;
    for (const [, step, length] of cells.slice(0, -1)) {
      since = /Tauko|Lounas/.test(step!) ? 0 : since + minutesOf(length!);
      expect(since).toBeLessThanOrEqual(90);
    }
    // The learners' own study is before the workshop, not in its time plan.
    await expect(page.getByText(/Ennen työpajaa osallistujat opiskelevat valitut oppitunnit itse verkossa/)).toBeVisible();
    for (let i = 1; i < cells.length; i++) expect(cells[i]![0]!.split('–')[0]).toBe(cells[i - 1]![0]!.split('–')[1]);

    await page.getByLabel('Työpaja alkaa kello').fill('13:15');
    await expect(rows.first()).toContainText('13.15–13.25');
    expect(await course.axe()).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Tulosta moniste' })).toBeHidden();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(plan).toBeVisible();
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });

    // "Edit" goes back to the trainer page with the same choice.
    await page.getByRole('link', { name: 'Muokkaa valintaa' }).click();
    await hydrated(page, 'AssignmentBuilder');
    await expect(page.getByLabel('Linkki osallistujille')).toHaveValue(url);
  });

  test('lessons marked as pre-reading stay out of the workshop plan and are marked for the learner', async ({ course, page }) => {
    await makeLink(course, page, { name: 'Talotyöpaja', modules: [TALO], lessons: [OIKEUDET] });
    const preReading = () => page.getByRole('group', { name: /Ennakkolukeminen/ });
    // Only chosen lessons can be pre-reading.
    await expect(preReading().getByRole('checkbox')).toHaveCount(TALO_LESSONS.length + 1);
    await preReading().getByRole('checkbox', { name: OIKEUDET }).check();
    const link = page.getByLabel('Linkki osallistujille');
    await expect(link).toHaveValue(/\/tehtava\/#2\.[\w-]+$/);
    const url = await link.inputValue();
    await expect(page.locator('.participant-handout li', { hasText: OIKEUDET })).toContainText('luetaan ennen työpajaa');
    expect(await course.axe()).toEqual([]);
    // The choice lives in the link: a reload brings it back.
    await page.reload();
    await hydrated(page, 'AssignmentBuilder');
    await expect(preReading().getByRole('checkbox', { name: OIKEUDET })).toBeChecked();
    await expect(link).toHaveValue(url);
    // A lesson no longer chosen is no longer pre-reading either.
    await page
      .getByRole('checkbox', { name: new RegExp(`^${OIKEUDET}`) })
      .first()
      .uncheck();
    await expect(link).toHaveValue(/\/tehtava\/#1\./);
    await page
      .getByRole('checkbox', { name: new RegExp(`^${OIKEUDET}`) })
      .first()
      .check();
    await expect(preReading().getByRole('checkbox', { name: OIKEUDET })).not.toBeChecked();
    await preReading().getByRole('checkbox', { name: OIKEUDET }).check();
    await expect(link).toHaveValue(url);

    await page.getByRole('link', { name: 'Avaa työpajamoniste' }).click();
    await expect(page).toHaveURL(/kouluttajalle\/tyopaja\/#2\./);
    const rows = page.getByRole('table').locator('tbody tr');
    for (const title of TALO_LESSONS) await expect(rows.filter({ hasText: title })).toHaveCount(1);
    await expect(rows.filter({ hasText: OIKEUDET })).toHaveCount(0);
    await expect(page.getByText(`Luetaan vain ennen työpajaa, ei käsitellä työpajassa: ${OIKEUDET}.`)).toBeVisible();
    await expect(page.locator('section.handout-lesson:visible').getByRole('heading', { level: 3 })).toHaveText(TALO_LESSONS);
    expect(await course.axe()).toEqual([]);

    await course.goto(pathOf(url));
    await hydrated(page, 'AssignmentView');
    const rowOf = (title: string) => page.locator('.assignment-lessons > li', { hasText: title });
    await expect(rowOf(OIKEUDET)).toContainText('Luetaan ennen työpajaa');
    await expect(rowOf(TALO_LESSONS[0]!)).not.toContainText('ennen työpajaa');
    const stored = Object.values(await storedData(page)).map((v) => JSON.parse(v as string));
    expect(stored).toContainEqual(expect.objectContaining({ name: 'Talotyöpaja', preReading: ['etiikka-asiakkaan-oikeudet'] }));
    expect(await course.axe()).toEqual([]);
  });

  test('the workshop handout without a choice, or with a broken one, says so', async ({ course, page }) => {
    await course.goto('kouluttajalle/tyopaja/');
    await expect(page.getByRole('status').filter({ hasText: /Tällä sivulla ei ole valittuja oppitunteja/ })).toBeVisible();
    await expect(page.getByRole('table')).toBeHidden();
    // Only the fragment changes: the page reads the new one without a reload.
    await page.goto('kouluttajalle/tyopaja/#1.AAAAAAAAAAAA');
    await expect(page.getByRole('status').filter({ hasText: /Linkki on vahingoittunut/ })).toBeVisible();
    await page.goto('kouluttajalle/tyopaja/#7.AAAAAAAAAAAA');
    await expect(page.getByRole('status').filter({ hasText: /toisella versiolla/ })).toBeVisible();
    expect(await course.axe()).toEqual([]);
  });
});

test.describe('learner', () => {
  test('opens an assignment link and sees the lessons with their progress and a start button', async ({ course, page }) => {
    const url = await makeLink(course, page, { name: 'Talo tutuksi', note: 'Lue ennen torstaita.', due: '2027-03-12', modules: [TALO] });
    await course.goto(pathOf(url));
    await hydrated(page, 'AssignmentView');
    const assignment = page.getByRole('article', { name: 'Talo tutuksi' });
    await expect(assignment).toContainText('Lue ennen torstaita.');
    await expect(assignment).toContainText('Tee viimeistään 12.3.2027.');
    await expect(assignment).toContainText('0/3 oppituntia tehty');
    await expect(assignment.getByRole('listitem')).toHaveText(TALO_LESSONS.map((title) => new RegExp(`^${title}.*Ei aloitettu$`)));
    await expect(page.getByRole('status').filter({ hasText: 'Tehtävä on tallennettu tähän selaimeen.' })).toBeVisible();
    const start = assignment.getByRole('link', { name: `Aloita: ${TALO_LESSONS[0]}` });
    await expect(start).toHaveAttribute('href', /\/koulutus\/osallisuus\/talo\/talon-rakenne\/$/);
    expect(await course.axe()).toEqual([]);

    // Progress from the learner store: the first lesson done, the second opened.
    await page.evaluate((prefix) => {
      localStorage.setItem(
        `${prefix}lesson:talon-rakenne`,
        JSON.stringify({ visitedAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T10:20:00.000Z' }),
      );
      localStorage.setItem(`${prefix}lesson:talo-palveluissa`, JSON.stringify({ visitedAt: '2026-11-21T10:00:00.000Z' }));
    }, STORAGE_PREFIX);
    await page.reload();
    await expect(assignment).toContainText('1/3 oppituntia tehty');
    await expect(assignment.getByRole('listitem')).toHaveText([/Tehty$/, /Aloitettu$/, /Ei aloitettu$/]);
    await expect(assignment.getByRole('link', { name: `Jatka: ${TALO_LESSONS[1]}` })).toBeVisible();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await course.axe()).toEqual([]);
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });

  test('remembers assignments on the front page after a reload; two coexist and one can be removed', async ({ course, page }) => {
    const first = await makeLink(course, page, { name: 'Ensimmäinen tehtävä', modules: [TALO] });
    const second = await makeLink(course, page, { name: 'Toinen tehtävä', lessons: [OIKEUDET], due: '2027-05-02' });
    await course.goto(pathOf(first));
    await expect(page.getByRole('article', { name: 'Ensimmäinen tehtävä' })).toBeVisible();
    // A second link opened in the same tab changes only the fragment.
    await page.goto(second);
    await expect(page.getByRole('article', { name: 'Toinen tehtävä' })).toBeVisible();

    await course.goto('');
    await page.reload();
    await hydrated(page, 'AssignmentList');
    const block = page.getByRole('region', { name: 'Kouluttajan tehtävät' });
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(['Toinen tehtävä', 'Ensimmäinen tehtävä']);
    const card = block.getByRole('listitem').filter({ hasText: 'Toinen tehtävä' });
    await expect(card).toContainText('Tee viimeistään 2.5.2027.');
    await expect(card).toContainText('0/1 oppituntia tehty');
    await expect(card.getByRole('link', { name: `Aloita: ${OIKEUDET}` })).toBeVisible();
    expect(await course.axe()).toEqual([]);

    // The name links back to the full view of the same assignment.
    await block.getByRole('link', { name: 'Ensimmäinen tehtävä' }).click();
    await expect(page.getByRole('article', { name: 'Ensimmäinen tehtävä' })).toContainText('0/3 oppituntia tehty');
    await course.goto('');
    await hydrated(page, 'AssignmentList');

    const remove = block.getByRole('button', { name: 'Poista tehtävä Ensimmäinen tehtävä' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Tehtävä Ensimmäinen tehtävä poistettiin.' })).toBeAttached();
    await expect(block.getByRole('heading', { level: 2 })).toBeFocused();
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(['Toinen tehtävä']);
    await page.reload();
    await hydrated(page, 'AssignmentList');
    await expect(block.getByRole('heading', { level: 3 })).toHaveText(['Toinen tehtävä']);
    expect(course.consoleErrors).toEqual([]);
  });

  test('a tampered, cut or foreign link gives a clear message and changes nothing', async ({ course, page }) => {
    const url = await makeLink(course, page, { name: 'Oikea tehtävä', lessons: [OIKEUDET] });
    await course.goto(pathOf(url));
    await expect(page.getByRole('article', { name: 'Oikea tehtävä' })).toBeVisible();
    const before = await storedData(page);

    const code = url.slice(url.indexOf('#') + 1);
    const at = code.length - 8;
    const tampered = code.slice(0, at) + (code[at] === 'x' ? 'y' : 'x') + code.slice(at + 1);
    // Each refusal says what is wrong: damage, version, length or no code at all (issue 17.10).
    const cases: [string, RegExp][] = [
      [tampered, /Linkki on vahingoittunut/],
      [code.slice(0, -5), /Linkki on vahingoittunut/],
      [code.replace(/^1\./, '9.'), /toisella versiolla/],
      [`1.${'A'.repeat(2100)}`, /liian pitkä \(yli 2\s?000 merkkiä\)/],
      ['roskaa', /ei ole tehtävän koodi/],
    ];
    for (const [bad, message] of cases) {
      await page.goto('about:blank');
      await course.goto(`tehtava/#${bad}`);
      await hydrated(page, 'AssignmentView');
      await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Mitään ei tallennettu.' })).toBeVisible();
      await expect(page.getByRole('article')).toHaveCount(0);
      expect(await storedData(page)).toEqual(before);
    }
    expect(await course.axe()).toEqual([]);
  });
});

test.describe('presenter view', () => {
  test('shows a module’s prompts and scenarios one at a time and works by keyboard alone', async ({ course, page }) => {
    await course.goto('kouluttajalle/');
    await page.getByRole('link', { name: 'Moduuli 4: Viisi vuorovaikutuksen tapaa' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Esitys: Viisi vuorovaikutuksen tapaa');
    await hydrated(page, 'PresenterSlides');
    const position = page.locator('.presenter__position [aria-hidden]');
    await expect(position).toHaveText(/^1\/\d+$/);
    const total = Number((await position.textContent())!.split('/')[1]);
    expect(total).toBeGreaterThan(5);
    await expect(page.locator('.slide')).toContainText('Pohdittavaksi');
    expect(await course.axe()).toEqual([]);

    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`2/${total}`);
    await page.keyboard.press(' ');
    await expect(position).toHaveText(`3/${total}`);
    await page.keyboard.press('ArrowLeft');
    await expect(position).toHaveText(`2/${total}`);
    await page.keyboard.press('PageDown');
    await expect(position).toHaveText(`3/${total}`);
    await page.keyboard.press('End');
    await expect(position).toHaveText(`${total}/${total}`);
    await page.keyboard.press('ArrowRight');
    await expect(position).toHaveText(`${total}/${total}`);
    await page.keyboard.press('Home');
    await expect(position).toHaveText(`1/${total}`);

    // Forward to the first scenario; its explanations wait behind a button.
    const reveal = page.getByRole('button', { name: 'Näytä selitykset' });
    // One slide at a time, each shown before the next key: a busy machine renders late, not wrongly.
    for (let n = 2; n <= total && !(await reveal.isVisible()); n++) {
      await page.keyboard.press('ArrowRight');
      await expect(position).toHaveText(`${n}/${total}`);
    }
    await expect(page.locator('.slide')).toContainText('Tapaus');
    const explanations = page.locator('.slide__explanation');
    await expect(explanations).toHaveCount(0);
    for (let i = 0; i < 30 && !(await reveal.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(reveal).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => explanations.count()).toBeGreaterThan(1);
    await expect(page.getByRole('button', { name: 'Piilota selitykset' })).toBeFocused();
    expect(await course.axe()).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await course.axe()).toEqual([]);

    // Space on the focused button presses it; arrows still move on, and focus is not lost.
    await page.keyboard.press(' ');
    await expect(explanations).toHaveCount(0);
    const here = await position.textContent();
    await page.keyboard.press('ArrowLeft');
    await expect(position).not.toHaveText(here!);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.presenter'))).toBe(true);
    expect(course.consoleErrors).toEqual([]);
  });

  test('the slide buttons work and fit a phone', async ({ course, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('kouluttajalle/esitys/etiikka/');
    await hydrated(page, 'PresenterSlides');
    const position = page.locator('.presenter__position [aria-hidden]');
    await page.getByRole('button', { name: 'Seuraava' }).click();
    await expect(position).toHaveText(/^2\//);
    await page.getByRole('button', { name: 'Edellinen' }).click();
    await expect(position).toHaveText(/^1\//);
    await expect(page.getByRole('button', { name: 'Edellinen' })).toBeDisabled();
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
  });
});

test.describe('completion summary', () => {
  test('shows modules done, quiz scores and dates, and prints or downloads without sending anything', async ({ course, page }) => {
    await course.goto('');
    await page.evaluate((prefix) => {
      localStorage.setItem(
        `${prefix}lesson:aloitus`,
        JSON.stringify({ visitedAt: '2026-11-20T10:00:00.000Z', completedAt: '2026-11-20T12:00:00.000Z' }),
      );
      localStorage.setItem(
        `${prefix}quiz:aloitus`,
        JSON.stringify({
          correct: 6,
          total: 6,
          percent: 100,
          passed: true,
          at: '2026-11-20T12:00:00.000Z',
          attempts: 2,
          bestPercent: 100,
          answers: {},
        }),
      );
    }, STORAGE_PREFIX);
    await course.goto('suoritukset/');
    await hydrated(page, 'CompletionSummary');
    const first = page.locator('[data-module-id="aloitus"]');
    await expect(first).toContainText('1/1 oppituntia tehty, suoritettu 20.11.2026');
    await expect(first).toContainText(/paras tulos 100 % \(hyväksytty\), 20\.11\.2026, 2 yritystä/);
    await expect(page.locator('[data-module-id="talo"]')).toContainText(/0\/3 oppituntia tehty/);
    await expect(page.getByText(/^Oppitunteja tehty 1\/\d+\. Moduuleja suoritettu 1\/11\.$/)).toBeVisible();

    await page.getByLabel(/Nimesi yhteenvetoon/).fill('Maija Meikäläinen');
    await page.getByLabel(/Nimesi yhteenvetoon/).press('Tab');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa tekstitiedostona' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^suoritukset-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync(await download.path(), 'utf8');
    expect(text).toContain('Nimi: Maija Meikäläinen');
    expect(text).toContain('Moduuli 0: Aloitus – näin opiskelet\n  1/1 oppituntia tehty, suoritettu 20.11.2026');
    await expect(page.getByRole('status').filter({ hasText: /Yhteenveto on ladattu tiedostoon suoritukset-/ })).toBeVisible();
    expect(await course.axe()).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Tulosta tai tallenna PDF' })).toBeHidden();
    await expect(page.getByLabel(/Nimesi yhteenvetoon/)).toBeHidden();
    await expect(page.locator('.completion-sheet')).toContainText('Maija Meikäläinen');
    await expect(first).toBeVisible();

    // The name is kept for next time, like the certificate's.
    await page.emulateMedia({ media: 'screen' });
    await page.reload();
    await hydrated(page, 'CompletionSummary');
    await expect(page.getByLabel(/Nimesi yhteenvetoon/)).toHaveValue('Maija Meikäläinen');
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });
});
