import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, STORAGE_PREFIX, test, type CoursePage } from './fixtures';
import {
  answerAnyByPointer,
  answerQuestionRight,
  answerRight,
  categorize,
  check,
  chooseRadio,
  correctTexts,
  hasOptions,
  courseLessons,
  holdIsland,
  hydrated,
  orderItems,
  question,
  quizFile,
  quizNamed,
  stored,
  tabTo,
  tickBoxes,
  wrongTexts,
} from './quiz-helpers';

// The widgets used as a learner would: every quiz type answered with the keyboard only (Tab,
// Space, arrows, Enter), feedback and the announced result checked, and everything found again
// after a reload.

async function clean(course: CoursePage) {
  expect(course.consoleErrors).toEqual([]);
  expect(course.externalRequests).toEqual([]);
}

test.describe('quizzes by keyboard', () => {
  test('true/false, single, multiple and scenario: per-option feedback, announced result, kept after reload, retry', async ({
    course,
    page,
  }) => {
    // Three attempts by keyboard and axe in two colour schemes: more than the default minute on a shared CPU.
    test.slow();
    const data = quizFile('aloitus');
    await page.setViewportSize({ width: 360, height: 740 });
    const release = await holdIsland(page, 'QuizForm');
    await course.goto('aloitus/aloitus/');
    const quiz = quizNamed(page, 'Tarkista: näin kurssi toimii');
    const items = quiz.locator('.quiz__question');
    // Nothing can be answered before the island works.
    await expect(quiz.getByRole('button', { name: 'Tarkista' })).toBeDisabled();
    for (const input of await quiz.locator('input').all()) await expect(input).toBeDisabled();
    // The live region is in the server HTML, so screen readers track it before anything is announced.
    await expect(quiz.getByRole('status')).toHaveText('');
    release();
    await hydrated(quiz);
    await expect(quiz.getByRole('button', { name: 'Tarkista' })).toBeEnabled();

    const ids = data.questions.map((q) => q.id);
    const at = (id: string) => items.nth(ids.indexOf(id));
    // A deliberately wrong true/false answer and a partly right multiple choice; the rest right.
    await chooseRadio(page, at('aloitus-palvelin'), 'Tosi');
    for (const q of data.questions.filter((q) => q.type === 'single' || q.type === 'scenario').filter(hasOptions)) {
      await chooseRadio(page, at(q.id), correctTexts(q)[0]!);
    }
    const multiple = data.questions.find((q) => q.type === 'multiple')!;
    if (multiple.type !== 'multiple') throw new Error('aloitus has a multiple-choice question');
    await tickBoxes(page, at(multiple.id), correctTexts(multiple).slice(0, 1));
    await check(page, quiz);

    const total = data.questions.length;
    const right = total - 2;
    const percent = Math.round((right / total) * 100);
    const result = `Tulos: ${right}/${total} pistettä (${percent} %). Ei vielä hyväksytty: raja on 80 %. Lue palaute ja yritä uudelleen.`;
    const statement = question(data, 'aloitus-palvelin');
    if (statement.type !== 'truefalse') throw new Error('aloitus-palvelin is a true/false statement');
    const verifyFeedback = async () => {
      await expect(quiz.locator('.quiz__result')).toHaveText(result);
      const tf = at('aloitus-palvelin');
      await expect(tf.locator('.verdict')).toHaveText('✗Väärin.');
      await expect(tf.getByRole('radio', { name: 'Tosi', exact: true })).toBeChecked();
      // The verdict says wrong; the option only says whose it is (no "Väärä vaihtoehto. Väärin.").
      await expect(
        tf
          .locator('.option')
          .filter({ has: page.getByRole('radio', { name: 'Tosi', exact: true }) })
          .locator('.feedback strong'),
      ).toHaveText('Valitsit tämän.');
      await expect(
        tf
          .locator('.option')
          .filter({ has: page.getByRole('radio', { name: 'Epätosi' }) })
          .locator('.feedback'),
        // Without the "Oikein." the explanation opens with: "Oikea vastaus. Oikein." read twice.
      ).toHaveText(`✓Oikea vastaus. ${statement.ifFalse.replace(/^Oikein\.\s*/, '')}`);
      const m = at(multiple.id);
      await expect(m.locator('.verdict')).toContainText('Osittain oikein');
      await expect(m.locator('.option', { hasText: correctTexts(multiple)[0]! }).locator('.feedback strong')).toHaveText(
        'Valitsit tämän, ja se on oikein.',
      );
      for (const text of correctTexts(multiple).slice(1)) {
        await expect(m.locator('.option', { hasText: text }).locator('.feedback strong')).toHaveText(
          'Tämäkin on oikein, mutta et valinnut sitä.',
        );
      }
      // Options neither chosen nor right explain themselves behind a closed disclosure, so the
      // feedback stays short on a phone.
      const more = m.locator('details', { hasText: `Muut vaihtoehdot (${wrongTexts(multiple).length})` });
      for (const text of wrongTexts(multiple)) {
        // The option itself waits there too: the checked question keeps only what concerns this learner.
        await expect(m.locator('.option', { hasText: text })).toHaveCount(0);
        await expect(more.getByText(multiple.options.find((o) => o.text === text)!.explanation)).toBeHidden();
      }
      await more.locator('summary').click();
      for (const text of wrongTexts(multiple))
        await expect(more.getByText(multiple.options.find((o) => o.text === text)!.explanation)).toBeVisible();
      await more.locator('summary').click();
      const single = data.questions.find((q) => q.type === 'single')!;
      await expect(at(single.id).locator('.verdict')).toHaveText('✓Oikein.');
      await expect(at(single.id).locator('.feedback')).toHaveCount(1);
      await expect(quiz.locator('.feedback', { hasText: /Väärä vaihtoehto|Oikea vaihtoehto\./ })).toHaveCount(0);
    };
    await verifyFeedback();
    // Checked feedback, a disclosure open, in both colour schemes.
    await at(multiple.id).locator('details summary').click();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await course.axe(), scheme).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await at(multiple.id).locator('details summary').click();
    expect(await stored(page, 'quiz:aloitus')).toMatchObject({ correct: right, total, percent, passed: false, attempts: 1 });
    expect((await stored(page, 'lesson:aloitus'))?.completedAt).toBeUndefined();

    // After a reload the last result and the answers are shown again.
    await page.reload();
    await hydrated(quiz);
    await verifyFeedback();

    // Yritä uudelleen clears the answers and leads back to the first question.
    await tabTo(page, quiz.getByRole('button', { name: 'Yritä uudelleen' }));
    await page.keyboard.press('Enter');
    await expect(quiz.locator('.feedback')).toHaveCount(0);
    await expect(quiz.locator('.quiz__result')).toHaveText('');
    await expect(quiz.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(quiz.getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(items.first().getByRole('radio').first()).toBeFocused();

    await chooseRadio(page, at('aloitus-palvelin'), 'Epätosi');
    for (const q of data.questions.filter((q) => q.type === 'single' || q.type === 'scenario').filter(hasOptions)) {
      await chooseRadio(page, at(q.id), correctTexts(q)[0]!);
    }
    await tickBoxes(page, at(multiple.id), correctTexts(multiple));
    await check(page, quiz);
    await expect(quiz.locator('.quiz__result')).toHaveText(`Tulos: ${total}/${total} pistettä (100 %). Hyväksytty: raja on 80 %.`);
    expect(await stored(page, 'quiz:aloitus')).toMatchObject({ passed: true, attempts: 2, bestPercent: 100 });
    // The lesson's only quiz is passed, so the lesson is done.
    expect((await stored(page, 'lesson:aloitus'))?.completedAt).toBeTruthy();

    // A weaker retry does not take the pass away: the best result counts in the lesson box too.
    await tabTo(page, quiz.getByRole('button', { name: 'Yritä uudelleen' }));
    await page.keyboard.press('Enter');
    for (const [i, q] of data.questions.entries()) {
      if (q.type === 'multiple') await tickBoxes(page, items.nth(i), wrongTexts(q).slice(0, 1));
      else if (q.type === 'truefalse') await chooseRadio(page, items.nth(i), q.answer ? 'Epätosi' : 'Tosi');
      else if (q.type === 'single' || q.type === 'scenario') await chooseRadio(page, items.nth(i), wrongTexts(q)[0]!);
    }
    await check(page, quiz);
    expect(await stored(page, 'quiz:aloitus')).toMatchObject({ passed: false, attempts: 3, bestPercent: 100 });
    const box = page.getByRole('region', { name: 'Oppitunnin suoritus' });
    await expect(box).toContainText('Olet suorittanut tämän oppitunnin.');
    await expect(box.getByRole('listitem').getByText('läpäisty', { exact: true })).toBeVisible();
    await expect(box.getByRole('listitem').getByText('ei vielä läpäisty')).toBeHidden();
    await clean(course);
  });

  test('Tarkista with questions unanswered records nothing, reveals nothing, names them and moves focus to the first', async ({
    course,
    page,
  }) => {
    const data = quizFile('aloitus');
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('aloitus/aloitus/');
    const quiz = quizNamed(page, 'Tarkista: näin kurssi toimii');
    await hydrated(quiz);
    const items = quiz.locator('.quiz__question');
    // Only the second question answered.
    await answerQuestionRight(page, items.nth(1), data.questions[1]!);
    await tabTo(page, quiz.getByRole('button', { name: 'Tarkista' }));
    await page.keyboard.press('Enter');
    const status = quiz.getByRole('status').first();
    await expect(status).toContainText('Vastaa ensin kaikkiin kysymyksiin. Mitään ei vielä tallennettu.');
    const missing = data.questions.flatMap((q, i) => (i === 1 ? [] : [`Kysymys ${i + 1}: ${q.prompt}`]));
    await expect(status.getByRole('listitem')).toHaveText(missing);
    await expect(items.first().locator('input').first()).toBeFocused();
    await expect(quiz.locator('.feedback, .verdict')).toHaveCount(0);
    expect(await stored(page, 'quiz:aloitus')).toBeNull();
    await expect(quiz.getByRole('button', { name: 'Tarkista' })).toBeEnabled();
    await clean(course);
  });

  test('checked feedback on a phone stays close to the quiz height, with the number beside each question', async ({ course, page }) => {
    // Every kind of question, answered wrong where it can be (the first option of each): the
    // longest feedback a learner can get. Shown in full it grew a 6-question quiz from 3,155 to 5,709 px.
    await page.setViewportSize({ width: 360, height: 740 });
    for (const [path, title] of [
      ['aloitus/aloitus/', 'Tarkista: näin kurssi toimii'],
      ['talo/talo-palveluissa/', /mihin talon osaan esimerkki kuuluu/],
      ['talo/talon-rakenne/', /rakenna asiakasosallisuuden talo/],
    ] as const) {
      await course.goto(path);
      const quiz = quizNamed(page, title);
      await hydrated(quiz);
      const before = (await quiz.boundingBox())!.height;
      await answerAnyByPointer(quiz);
      await check(page, quiz);
      const after = (await quiz.boundingBox())!.height;
      // The chosen and the right options with their explanations: at most 1.7 times the unanswered
      // quiz when everything is wrong (it was 1.8, with every option and explanation shown).
      expect(after, `${path}: ${Math.round(before)} px unchecked`).toBeLessThanOrEqual(1.7 * before);
      // Each question's number stands at its first line (the prompt or the case), not beside the verdict.
      for (const [i, item] of (await quiz.locator('.quiz__question').all()).entries()) {
        await expect(item.locator('.quiz__number')).toHaveText(`${i + 1}.`);
        // Read in one go: the page may still be scrolling to the result. A case box opens with
        // padding, so the number may stand that much lower than the box's edge.
        const gap = await item.evaluate(
          (li) =>
            li.querySelector('.quiz__number')!.getBoundingClientRect().top -
            li.querySelector('.question__case, .question__prompt')!.getBoundingClientRect().top,
        );
        expect(gap).toBeGreaterThanOrEqual(-2);
        expect(gap).toBeLessThan(12);
      }
    }
    // All right, a question shows one option and its explanation: hardly longer than unanswered.
    await course.goto('aloitus/aloitus/');
    const quiz = quizNamed(page, 'Tarkista: näin kurssi toimii');
    await hydrated(quiz);
    await quiz.getByRole('button', { name: 'Yritä uudelleen' }).click();
    await expect(quiz.locator('.verdict')).toHaveCount(0);
    const before = (await quiz.boundingBox())!.height;
    await answerRight(page, quiz, quizFile('aloitus'));
    expect((await quiz.boundingBox())!.height).toBeLessThanOrEqual(1.25 * before);
    await clean(course);
  });

  test('ordering: moved with Ylös by keyboard, announced, every item placed with its explanation', async ({ course, page }) => {
    const ordering = quizFile('talo-rakenna').questions[0]!;
    if (ordering.type !== 'ordering') throw new Error('talo-rakenna is an ordering task');
    const items = ordering.items.map((i) => i.text);
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('talo/talon-rakenne/');
    const quiz = quizNamed(page, /rakenna asiakasosallisuuden talo/);
    await hydrated(quiz);
    const shown = await quiz.locator('.ordering__text').allTextContents();
    expect(shown).not.toEqual(items);
    expect([...shown].sort()).toEqual([...items].sort());
    // The task says plainly which end of the list is the foundation.
    await expect(quiz.getByText('Kohtaan 1, listan ylimmäksi: talon alin osa, perusta')).toBeVisible();
    await expect(quiz.getByText(`Kohtaan ${items.length}, listan alimmaksi: talon ylin osa, katto`)).toBeVisible();
    // Positions are badges of their own, so "1. kerros" never reads "1. 1. kerros".
    await expect(quiz.locator('.ordering__position')).toHaveText(items.map((_, i) => String(i + 1)));
    expect(
      await quiz
        .locator('.ordering__text')
        .first()
        .evaluate((el) => getComputedStyle(el, '::before').content),
    ).toBe('none');

    // First a wrong order: swap the two bottom items of the right order.
    await orderItems(page, quiz, [items[1]!, items[0]!, ...items.slice(2)]);
    await check(page, quiz);
    // Partial credit per pair of neighbours: two swapped items cost two of five pairs, not the whole task.
    await expect(quiz.locator('.verdict')).toHaveText(
      '✗Osittain oikein, saat osan pisteestä. 3/5 vierekkäistä paria oikeassa järjestyksessä.',
    );
    await expect(quiz.locator('.ordering__item').first().locator('.feedback strong')).toHaveText('Oikea paikka on 2.');
    await expect(quiz.locator('.ordering__item').nth(2).locator('.feedback strong')).toHaveText('Oikealla paikalla.');
    // Only the misplaced items explain themselves at once; the rest wait behind a disclosure.
    await expect(quiz.locator('.ordering__item').nth(2).locator('.feedback')).toHaveText('✓Oikealla paikalla.');
    await expect(quiz.locator('details', { hasText: `Oikein menneet kohdat (${items.length - 2})` })).toBeVisible();
    await expect(quiz.locator('.quiz__result')).toHaveText(
      'Tulos: 0,6/1 pistettä (60 %). Ei vielä hyväksytty: raja on 80 %. Lue palaute ja yritä uudelleen.',
    );
    await expect(quiz.locator('.move-button:enabled')).toHaveCount(0);

    await tabTo(page, quiz.getByRole('button', { name: 'Yritä uudelleen' }));
    await page.keyboard.press('Enter');
    await expect(quiz.locator('.ordering__text')).toHaveText(shown);
    await orderItems(page, quiz, items);
    await check(page, quiz);
    await expect(quiz.locator('.verdict')).toHaveText('✓Oikein.');
    await expect(quiz.locator('.feedback strong')).toHaveText(items.map(() => 'Oikealla paikalla.'));
    await expect(quiz.locator('.quiz__result')).toHaveText('Tulos: 1/1 pistettä (100 %). Hyväksytty: raja on 80 %.');
    expect((await stored(page, 'lesson:talon-rakenne'))?.completedAt).toBeTruthy();

    await page.reload();
    await hydrated(quiz);
    await expect(quiz.locator('.ordering__text')).toHaveText(items);
    await expect(quiz.locator('.verdict')).toHaveText('✓Oikein.');
    await clean(course);
  });

  test('categorize: a select per item by arrow keys, the right category shown for each', async ({ course, page }) => {
    const q = quizFile('talo-kerrokset').questions[0]!;
    if (q.type !== 'categorize') throw new Error('talo-kerrokset is a categorize task');
    const label = (id: string) => q.categories.find((c) => c.id === id)!.label;
    const rightLabel = (text: string) => label(q.items.find((i) => i.text === text)!.category);
    const [missed] = q.items;
    const wrongCategory = q.categories.find((c) => c.id !== missed!.category)!;
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('talo/talo-palveluissa/');
    const quiz = quizNamed(page, /mihin talon osaan esimerkki kuuluu/);
    await hydrated(quiz);

    await categorize(page, quiz, (text) => (text === missed!.text ? wrongCategory.label : rightLabel(text)));
    await check(page, quiz);
    const n = q.items.length;
    const verdict = `✗Osittain oikein, saat osan pisteestä. ${n - 1}/${n} sijoitettu oikein.`;
    await expect(quiz.locator('.verdict')).toHaveText(verdict);
    const row = (text: string) => quiz.locator('.categorize__item', { hasText: text });
    // The wrong item says where it belongs and why; the right ones only that they are right.
    // The answer in words (a phone would cut a disabled select short), and the explanation without
    // the category name it opens with, which the label gives already.
    const short = `${label(missed!.category).split(':')[0]}.`;
    const why = missed!.explanation.startsWith(short) ? missed!.explanation.slice(short.length).trimStart() : missed!.explanation;
    const wrongFeedback = `✗Oikea vastaus: ${label(missed!.category)}. Valitsit: ${wrongCategory.label.split(':')[0]}. ${why}`;
    await expect(row(missed!.text).locator('.feedback')).toHaveText(wrongFeedback);
    await expect(quiz.getByRole('combobox')).toHaveCount(0);
    await expect(row(q.items[1]!.text).locator('.feedback')).toHaveText(`✓Oikein: ${rightLabel(q.items[1]!.text)}.`);
    await expect(quiz.locator('.categorize__item.is-wrong')).toHaveCount(1);
    // 9 of 10 right is 90 %, not "0/1 oikein (0 %)": the pass mark applies to the quiz as a whole.
    const percent = Math.round(((n - 1) / n) * 100);
    const points = String(Math.round(((n - 1) / n) * 10) / 10).replace('.', ',');
    await expect(quiz.getByRole('status')).toHaveText(
      new RegExp(`^Tulos: ${points}/1 pistettä \\(${percent} %\\)\\. ${percent >= 80 ? 'Hyväksytty' : 'Ei vielä hyväksytty'}`),
    );

    await page.reload();
    await hydrated(quiz);
    await expect(row(missed!.text).locator('.feedback')).toHaveText(wrongFeedback);
    await expect(quiz.locator('.verdict')).toHaveText(verdict);
    await clean(course);
  });

  test('dilemmas are not scored: answering counts, and each option names its tension', async ({ course, page }) => {
    const data = quizFile('etiikka-dilemmat');
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('etiikka/etiikka-suunnitelma-ja-vastuu/');
    const quiz = quizNamed(page, /Eettiset dilemmat/);
    await hydrated(quiz);
    await expect(quiz.locator('.question__note').first()).toHaveText('Dilemma: tähän ei ole yhtä oikeaa vastausta. Vastaaminen riittää.');
    const items = quiz.locator('.quiz__question');
    for (const [i, q] of data.questions.entries()) {
      if (q.type !== 'scenario') throw new Error('etiikka-dilemmat holds scenarios');
      await chooseRadio(page, items.nth(i), q.options[i % q.options.length]!.text);
    }
    await check(page, quiz);
    // No score: a dilemma has no right answer, so its result says it was answered, not "5/5 oikein (100 %)".
    await expect(quiz.locator('.quiz__result')).toHaveText(
      'Vastasit kaikkiin. Näissä tilanteissa ei ole yhtä oikeaa vastausta: lue kunkin kysymyksen kohdalta, mitä jännitteitä valintaasi liittyy.',
    );
    await expect(quiz.locator('.verdict').first()).toContainText('Vastauksesi on kirjattu.');
    // The chosen option's tension is shown; the others' wait behind a disclosure in each question.
    await expect(quiz.locator('.feedback')).toHaveCount(data.questions.length);
    await expect(quiz.locator('.feedback', { hasText: /Oikea vastaus|oikein/ })).toHaveCount(0);
    await expect(quiz.locator('.feedback strong')).toHaveText(data.questions.map(() => 'Valitsit tämän.'));
    await expect(quiz.locator('details', { hasText: /^Muut vaihtoehdot \(\d+\)/ })).toHaveCount(data.questions.length);
    // The lesson has another quiz (etiikka) still to pass: it is not done yet.
    expect((await stored(page, 'lesson:etiikka-suunnitelma-ja-vastuu'))?.completedAt).toBeFalsy();
    await clean(course);
  });

  test('the final quiz reshuffles on each attempt; other quizzes keep one order, the same in server HTML', async ({ course, page }) => {
    const order = (quiz: Locator) => quiz.locator('.option__label, .ordering__text, .categorize__item label').allTextContents();
    await course.goto('yhteenveto/loppukoe/');
    const final = quizNamed(page, /Loppukoe/);
    const serverOrder = await order(final);
    await hydrated(final);
    expect(await order(final)).toEqual(serverOrder);
    await answerAnyByPointer(final);
    await final.getByRole('button', { name: 'Tarkista' }).press('Enter');
    await final.getByRole('button', { name: 'Yritä uudelleen' }).press('Enter');
    const second = await order(final);
    expect(second).not.toEqual(serverOrder);
    expect([...second].sort()).toEqual([...serverOrder].sort());

    await course.goto('talo/talo-organisaatiossa/');
    const talo = quizNamed(page, /asiakasosallisuuden talo/i);
    const taloOrder = await order(talo);
    await hydrated(talo);
    await answerAnyByPointer(talo);
    await talo.getByRole('button', { name: 'Tarkista' }).press('Enter');
    await talo.getByRole('button', { name: 'Yritä uudelleen' }).press('Enter');
    await expect(talo.getByRole('button', { name: 'Tarkista' })).toBeVisible();
    await expect.poll(() => order(talo)).toEqual(taloOrder);
    await clean(course);
  });
});

test.describe('reflections and the learning diary', () => {
  test('a reflection saves as the learner types, is kept after a reload and shows in the diary', async ({ course, page }) => {
    await course.goto('talo/talon-rakenne/');
    const field = page.getByRole('textbox', { name: /Missä talon osassa asiakkaiden osallisuus näkyy selvimmin/ });
    await hydrated(field);
    await expect(
      page.getByText('Älä kirjoita mitään, mistä asiakkaan tai muun ihmisen voi tunnistaa.', { exact: false }).first(),
    ).toBeVisible();
    await tabTo(page, field);
    await page.keyboard.type('Palautetta kerätään, mutta vuoropuhelu jää ohueksi.');
    const status = page.locator('.reflection__status').first();
    await expect(status).toHaveText(/^Tallennettu klo \d{1,2}\.\d{2}$/);
    expect(await stored(page, 'reflection:talo-oma-yksikko')).toMatchObject({
      text: 'Palautetta kerätään, mutta vuoropuhelu jää ohueksi.',
    });

    await page.reload();
    await hydrated(field);
    await expect(field).toHaveValue('Palautetta kerätään, mutta vuoropuhelu jää ohueksi.');

    await tabTo(page, page.getByRole('link', { name: 'Kaikki vastauksesi ovat oppimispäiväkirjassa' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oppimispäiväkirja');
    const inDiary = page.getByRole('textbox', { name: /Missä talon osassa asiakkaiden osallisuus näkyy selvimmin/ });
    await hydrated(inDiary);
    await expect(inDiary).toHaveValue('Palautetta kerätään, mutta vuoropuhelu jää ohueksi.');
    // Edited in the diary, saved on leaving the field (before the pause has passed).
    await inDiary.press('End');
    await page.keyboard.type(' Katto puuttuu.');
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await stored(page, 'reflection:talo-oma-yksikko')).text)
      .toBe('Palautetta kerätään, mutta vuoropuhelu jää ohueksi. Katto puuttuu.');
    await clean(course);
  });

  test('text typed just before leaving the page is saved on the way out', async ({ course, page }) => {
    await course.goto('aloitus/aloitus/');
    const field = page.getByRole('textbox', { name: /Mitä asiakasosallisuus tarkoittaa sinulle/ });
    await hydrated(field);
    await field.focus();
    // The page's timers stop, so the save after a pause in typing cannot happen: only pagehide can save.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 60_000);
    await page.keyboard.type('Lähden heti.');
    await expect(page.locator('.reflection__status').first()).not.toHaveText(/Tallennettu/);
    await course.goto('kasitteet/');
    expect(await stored(page, 'reflection:aloitus-odotukset')).toMatchObject({ text: 'Lähden heti.' });
    await clean(course);
  });

  test('text typed before the reflection hydrates is kept, after any saved answer', async ({ course, page }) => {
    await course.goto('aloitus/aloitus/');
    await page.evaluate(
      (prefix) =>
        localStorage.setItem(
          `${prefix}reflection:aloitus-odotukset`,
          JSON.stringify({ text: 'Aiempi vastaus.', updatedAt: '2026-11-01T10:00:00.000Z' }),
        ),
      STORAGE_PREFIX,
    );
    // Hold the island's code back until the learner has typed.
    const release = await holdIsland(page, 'ReflectionField');
    await page.reload();
    const field = page.getByRole('textbox', { name: /Mitä asiakasosallisuus tarkoittaa sinulle/ });
    await expect(field.locator('xpath=ancestor::astro-island[1]')).toHaveAttribute('ssr', '');
    await field.focus();
    await page.keyboard.type('Kirjoitettu ennen latautumista.');
    release();
    await hydrated(field);
    await expect(field).toHaveValue('Aiempi vastaus.\n\nKirjoitettu ennen latautumista.');
    await expect
      .poll(async () => (await stored(page, 'reflection:aloitus-odotukset')).text)
      .toBe('Aiempi vastaus.\n\nKirjoitettu ennen latautumista.');
    await clean(course);
  });

  test('the diary shows answered prompts first, all on request, downloads the answers as Markdown and prints', async ({
    course,
    page,
    baseURL,
  }) => {
    const lessons = courseLessons();
    const prompts = lessons.flatMap((l) => l.reflections);
    const talo = lessons.find((l) => l.id === 'talon-rakenne')!;
    await course.goto('aloitus/aloitus/');
    await page.evaluate(
      (prefix) =>
        localStorage.setItem(
          `${prefix}reflection:aloitus-odotukset`,
          JSON.stringify({ text: 'Haluan oppia kuuntelemaan.\n# Ei otsikko', updatedAt: new Date().toISOString() }),
        ),
      STORAGE_PREFIX,
    );
    await tabTo(page, page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Oppimispäiväkirja' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Oppimispäiväkirja');
    await expect(page.getByRole('link', { name: 'Oppimispäiväkirja' })).toHaveAttribute('aria-current', 'page');

    const fields = page.locator('.reflection__field');
    await expect(fields).toHaveCount(prompts.length);
    expect([...(await page.locator('.reflection__prompt').allTextContents())].sort()).toEqual(prompts.map((p) => p.prompt).sort());
    const tools = page.locator('.diary-tools');
    await hydrated(tools);
    await expect(tools).toContainText(`Olet vastannut 1/${prompts.length} pohdintakysymykseen.`);
    // With an answer given, only answered prompts show (issue 13); all of them on request.
    await expect(page.getByRole('radio', { name: /vain kysymykset, joihin olet vastannut \(1\)/ })).toBeChecked();
    await expect(fields.filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: /^Moduuli 3: / })).toBeHidden();
    await page.getByRole('radio', { name: `kaikki kysymykset (${prompts.length})` }).check();
    await expect(page.getByRole('heading', { level: 2, name: /^Moduuli 3: / })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 }).getByRole('link', { name: talo.title })).toHaveAttribute(
      'href',
      new URL('talo/talon-rakenne/', baseURL).pathname,
    );
    const first = page.locator('.reflection').first();
    await hydrated(first);
    await expect(first.locator('textarea')).toHaveValue('Haluan oppia kuuntelemaan.\n# Ei otsikko');
    const second = page.locator('.reflection').nth(1);
    await second.scrollIntoViewIfNeeded();
    await expect(second.locator('.reflection__status')).toHaveText('Ei vielä vastausta.');

    const download = page.waitForEvent('download');
    await tabTo(page, page.getByRole('button', { name: 'Lataa vastauksesi Markdown-tiedostona' }));
    await page.keyboard.press('Enter');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^oppimispaivakirja-\d{4}-\d{2}-\d{2}\.md$/);
    const md = readFileSync((await file.path())!, 'utf8');
    expect(md).toMatch(/^# Oppimispäiväkirja – Asiakasosallisuus – verkkokurssi\n/);
    expect(md).toContain(
      `#### ${prompts.find((p) => p.id === 'aloitus-odotukset')!.prompt}\n\n> Haluan oppia kuuntelemaan.\n> # Ei otsikko`,
    );
    // Unanswered prompts are left out of the file.
    expect(md).not.toContain('_Ei vielä vastausta._');
    expect(md).not.toContain(talo.title);
    expect(md.match(/^#### /gm)).toHaveLength(1);

    // The print view: course title and date, prompts and answers, no navigation or buttons.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Tulosta' })).toBeHidden();
    await expect(page.locator('.diary__course')).toHaveText('Asiakasosallisuus – verkkokurssi');
    await expect(tools.locator('.diary-tools__date')).toHaveText(/^Tulostettu \d{1,2}\.\d{1,2}\.\d{4}$/);
    await expect(first.locator('textarea')).toBeHidden();
    await expect(first.locator('.reflection__answer')).toHaveText('Haluan oppia kuuntelemaan.\n# Ei otsikko');
    await expect(second.locator('.reflection__answer')).toHaveText('Ei vielä vastausta.');
    await clean(course);
  });
});

test.describe('the participation house', () => {
  test('six buttons from the foundation up open their explanations by keyboard, one at a time', async ({ course, page }) => {
    const parts = parse(readFileSync(join('content', 'house.yaml'), 'utf8')) as { name: string; title: string; order: number }[];
    parts.sort((a, b) => a.order - b.order);
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('talo/talon-rakenne/');
    const house = page.getByRole('figure', { name: /Asiakasosallisuuden talo/ });
    await hydrated(house);
    const list = house.getByRole('list', { name: 'Talon osat alimmasta ylimpään' });
    const buttons = list.getByRole('button');
    await expect(buttons).toHaveText(parts.map((p) => p.name));
    for (let i = 0; i < 6; i++) await expect(buttons.nth(i)).toHaveAttribute('aria-expanded', 'false');
    // The roof is drawn on top, the foundation at the bottom.
    const top = async (i: number) => (await buttons.nth(i).boundingBox())!.y;
    expect(await top(5)).toBeLessThan(await top(4));
    expect(await top(1)).toBeLessThan(await top(0));

    await tabTo(page, buttons.first());
    await page.keyboard.press('Enter');
    await expect(buttons.first()).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`#${await buttons.first().getAttribute('aria-controls')}`);
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading')).toHaveText(parts[0]!.title);

    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(buttons.nth(1)).toHaveAttribute('aria-expanded', 'true');
    await expect(buttons.first()).toHaveAttribute('aria-expanded', 'false');
    await expect(panel).toBeHidden();
    await expect(page.locator('.house__panel:visible')).toHaveCount(1);
    await expect(page.locator('.house__panel:visible')).toContainText('Esimerkkejä');
    await page.keyboard.press('Space');
    await expect(page.locator('.house__panel:visible')).toHaveCount(0);
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
    await clean(course);
  });

  test('without JavaScript every explanation can be read', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('talo/talon-rakenne/');
    await expect(page.locator('.house__panel:visible')).toHaveCount(6);
    await context.close();
  });
});

test.describe('accessibility with feedback shown and the house open', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing at 360 and 1280 px (${scheme})`, async ({ course, page }) => {
      // Four pages, each checked at two widths with every quiz answered: slow on a shared CPU.
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 360, height: 740 });
      for (const path of ['aloitus/aloitus/', 'talo/talo-palveluissa/', 'etiikka/etiikka-suunnitelma-ja-vastuu/', 'talo/talon-rakenne/']) {
        await course.goto(path);
        for (const quiz of await page.locator('section.quiz').all()) {
          await hydrated(quiz);
          await answerAnyByPointer(quiz);
          await quiz.getByRole('button', { name: 'Tarkista' }).click();
          await expect(quiz.locator('.quiz__result')).toHaveClass(/quiz__result--(passed|failed)/);
          // Feedback with its disclosures open, so axe sees all of it.
          for (const more of await quiz.locator('details.more-explanations > summary').all()) await more.click();
        }
        const house = page.locator('.house');
        if (await house.count()) {
          await hydrated(house);
          await house.getByRole('button').nth(3).click();
        }
        await page.locator('.reflection textarea').first().fill('Vastaus.');
        expect(await course.horizontalOverflow(), path).toBeLessThanOrEqual(0);
        expect(await course.axe(), `${path} at 360 px`).toEqual([]);
        await page.setViewportSize({ width: 1280, height: 900 });
        expect(await course.axe(), `${path} at 1280 px`).toEqual([]);
        await page.setViewportSize({ width: 360, height: 740 });
      }
      await course.goto('oppimispaivakirja/');
      expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
      expect(await course.axe()).toEqual([]);
      await clean(course);
    });
  }
});
