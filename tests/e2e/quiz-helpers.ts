import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lessonRefs } from '../../src/lib/references';
import { quizSchema, type Question, type QuizData } from '../../src/schemas/quiz';
import { STORAGE_PREFIX } from './fixtures';

// Reading the course's content files and answering its quizzes as a learner would, by keyboard,
// for the widget tests and the whole-course walkthroughs.

/** A quiz file as the course reads it: parsed through the content schema, so the tests never restate its shape. */
export type QuizFile = QuizData;
export const quizFile = (id: string): QuizFile => {
  const dir = join('content', 'quizzes');
  const file = readdirSync(dir).find((name) => parse(readFileSync(join(dir, name), 'utf8')).id === id);
  if (!file) throw new Error(`no quiz with id ${id} in ${dir}`);
  return quizSchema.parse(parse(readFileSync(join(dir, file), 'utf8')));
};
export const question = (quiz: QuizFile, id: string) => quiz.questions.find((q) => q.id === id)!;
type WithOptions = Extract<Question, { options: unknown }>;
export const hasOptions = (q: Question): q is WithOptions => 'options' in q;
export const correctTexts = (q: WithOptions) => q.options.filter((o) => o.correct).map((o) => o.text);
export const wrongTexts = (q: WithOptions) => q.options.filter((o) => !o.correct).map((o) => o.text);

export interface LessonFile {
  id: string;
  module: string;
  order: number;
  title: string;
  minutes: number;
  reflections: { id: string; prompt: string }[];
  /** Ids of the quizzes the lesson shows, in page order. */
  quizzes: string[];
}
/** The published lessons' frontmatter. */
export function courseLessons(): LessonFile[] {
  const out: LessonFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.mdx')) {
        const [, frontmatter, body] = readFileSync(path, 'utf8').split(/^---$/m);
        const front = parse(frontmatter!);
        const { quizzes } = lessonRefs(body!);
        if (!front.draft) out.push({ reflections: [], ...front, quizzes });
      }
    }
  };
  walk(join('content', 'lessons'));
  return out;
}

/** Holds back an island's code until `release` is called, to act before it hydrates. */
export async function holdIsland(page: Page, component: string) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/_astro/${component}.*.js`, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

/** The island around a widget, once Preact has hydrated it (Astro then drops `ssr`). */
export async function hydrated(widget: Locator) {
  await expect(widget.locator('xpath=ancestor::astro-island[1]')).not.toHaveAttribute('ssr');
}

/** Presses Tab until the target (or something inside it) has focus. */
export async function tabTo(page: Page, target: Locator, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab did not reach ${target}`);
}

const labelOf = (input: Locator) => input.evaluate((el) => el.closest('label')!.textContent!.trim());

/** Picks a radio option by keyboard: Tab into the group, Space, then arrows down to it. */
export async function chooseRadio(page: Page, q: Locator, text: string) {
  const radios = q.getByRole('radio');
  const labels = await radios.evaluateAll((els) => els.map((el) => el.closest('label')!.textContent!.trim()));
  const index = labels.indexOf(text);
  expect(index, text).toBeGreaterThanOrEqual(0);
  await tabTo(page, radios.first());
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(radios.nth(index)).toBeChecked();
}

/** Ticks the given checkboxes by keyboard: Tab through them, Space on the wanted ones. */
export async function tickBoxes(page: Page, q: Locator, texts: string[]) {
  const boxes = q.getByRole('checkbox');
  for (let i = 0; i < (await boxes.count()); i++) {
    await tabTo(page, boxes.nth(i));
    if (texts.includes(await labelOf(boxes.nth(i)))) await page.keyboard.press('Space');
  }
  for (const text of texts) await expect(q.getByRole('checkbox', { name: text, exact: true })).toBeChecked();
}

/** Puts ordering items in the given order with the Ylös buttons and Enter. */
export async function orderItems(page: Page, q: Locator, items: string[]) {
  for (let target = 0; target < items.length; target++) {
    const shown = await q.locator('.ordering__text').allTextContents();
    const from = shown.indexOf(items[target]!);
    if (from === target) continue;
    await tabTo(page, q.getByRole('button', { name: `Ylös: ${items[target]}`, exact: true }));
    for (let i = from; i > target; i--) await page.keyboard.press('Enter');
    await expect(q.locator('.ordering ~ [role=status]')).toHaveText(`${items[target]}: nyt kohdassa ${target + 1}/${items.length}.`);
  }
  await expect(q.locator('.ordering__text')).toHaveText(items);
}

/** Gives each item a category with the arrow keys on its select. */
export async function categorize(page: Page, q: Locator, labelOfItem: (item: string) => string) {
  const selects = q.getByRole('combobox');
  for (let i = 0; i < (await selects.count()); i++) {
    const select = selects.nth(i);
    await tabTo(page, select);
    const item = await select.evaluate((el) => (el as HTMLSelectElement).labels![0]!.textContent!.trim());
    const options = await select.locator('option').allTextContents();
    const index = options.indexOf(labelOfItem(item));
    for (let k = 0; k < index; k++) await page.keyboard.press('ArrowDown');
    await expect(select.locator('option:checked')).toHaveText(labelOfItem(item));
  }
}

/** Presses Tarkista by keyboard; focus moves to the announced result. */
export async function check(page: Page, quiz: Locator) {
  await tabTo(page, quiz.getByRole('button', { name: 'Tarkista' }));
  await page.keyboard.press('Enter');
  await expect(quiz.locator('.quiz__result[role=status]')).toBeFocused();
}

export const quizNamed = (page: Page, title: RegExp | string) => page.getByRole('region', { name: title });
export const stored = (page: Page, key: string) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null'), STORAGE_PREFIX + key);

/** Gives every question of a quiz some answer by pointer, fast: for tests about what happens after Tarkista. */
export async function answerAnyByPointer(quiz: Locator) {
  for (const item of await quiz.locator('.quiz__question').all()) {
    const choice = item.locator('input').first();
    if (await choice.count()) await choice.check();
    for (const select of await item.getByRole('combobox').all()) await select.selectOption({ index: 1 });
    const down = item.locator('.move-button:enabled').first();
    if (await down.count()) await down.click();
  }
}

/** Answers one question right, from its content (a dilemma with its first option). */
export async function answerQuestionRight(page: Page, item: Locator, q: Question) {
  switch (q.type) {
    case 'truefalse':
      return chooseRadio(page, item, q.answer ? 'Tosi' : 'Epätosi');
    case 'single':
    case 'scenario':
      return chooseRadio(page, item, (q.options.find((o) => o.correct) ?? q.options[0]!).text);
    case 'multiple':
      return tickBoxes(page, item, correctTexts(q));
    case 'ordering':
      return orderItems(
        page,
        item,
        q.items.map((it) => it.text),
      );
    case 'categorize': {
      const label = (text: string) => q.categories.find((c) => c.id === q.items.find((it) => it.text === text)!.category)!.label;
      return categorize(page, item, label);
    }
  }
}

/** Answers every question of a quiz right from its content file and checks it. */
export async function answerRight(page: Page, quiz: Locator, data: QuizFile) {
  const items = quiz.locator('.quiz__question');
  for (const [i, q] of data.questions.entries()) await answerQuestionRight(page, items.nth(i), q);
  await check(page, quiz);
}
