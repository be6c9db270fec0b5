import { expect, type Locator, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { STORAGE_PREFIX } from './fixtures';

// Reading the course's content files and answering its quizzes as a learner would, by keyboard,
// for the widget tests and the whole-course walkthroughs.

export interface QuizFile {
  title: string;
  questions: {
    id: string;
    type: string;
    answer?: boolean;
    ifFalse?: string;
    options?: { text: string; correct?: boolean }[];
    items?: { text: string; category?: string }[];
    categories?: { id: string; label: string }[];
  }[];
}
export const quizFile = (id: string): QuizFile => parse(readFileSync(join('content', 'quizzes', `${id}.yaml`), 'utf8'));
export const question = (quiz: QuizFile, id: string) => quiz.questions.find((q) => q.id === id)!;
export const correctTexts = (q: QuizFile['questions'][number]) => q.options!.filter((o) => o.correct).map((o) => o.text);
export const wrongTexts = (q: QuizFile['questions'][number]) => q.options!.filter((o) => !o.correct).map((o) => o.text);

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
        const quizzes = [...body!.matchAll(/<Quiz id="([^"]+)"/g)].map((q) => q[1]!);
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
    await expect(q.locator('.ordering + [role=status]')).toHaveText(`${items[target]}: nyt kohdassa ${target + 1}/${items.length}.`);
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

/** Answers every question of a quiz right from its YAML file (a dilemma with its first option) and checks it. */
export async function answerRight(page: Page, quiz: Locator, data: QuizFile) {
  const items = quiz.locator('.quiz__question');
  for (const [i, q] of data.questions.entries()) {
    const item = items.nth(i);
    if (q.type === 'truefalse') await chooseRadio(page, item, q.answer ? 'Tosi' : 'Epätosi');
    else if (q.type === 'single' || q.type === 'scenario') await chooseRadio(page, item, correctTexts(q)[0] ?? q.options![0]!.text);
    else if (q.type === 'multiple') await tickBoxes(page, item, correctTexts(q));
    else if (q.type === 'ordering') await orderItems(page, item, q.items!.map((it) => it.text));
    else if (q.type === 'categorize') {
      const label = (text: string) => q.categories!.find((c) => c.id === q.items!.find((it) => it.text === text)!.category)!.label;
      await categorize(page, item, label);
    } else throw new Error(`unknown question type ${q.type}`);
  }
  await check(page, quiz);
}
