import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage } from '../../scripts/page-weight.mjs';
import { BASE_PATH, builtPages, expect, test } from './fixtures';

// The JavaScript budget of the widgets (issue 4), read from the built files: a lesson with a quiz
// and a reflection loads at most 24 KB gzip of JavaScript files in all (Preact, the stores, the
// widgets, the progress island and the lesson-context island), and a page loads a widget's code
// only when it shows it. Raised from 20 KB: issue 13 (partial credit and shorter feedback in
// quizzes, the section read for "Jatka", the assignment banner) added about 2.3 KB, and issues 15
// and 17 (plural rules, two-tab conflicts, refusing writes over unreadable data) about 0.7 KB more;
// the heaviest lesson is at 22.4 KB (talo, with the house as well).

const DIST = process.env.ASTRO_OUT_DIR ?? 'dist';
const BASE = BASE_PATH;
const BUDGET = 24 * 1024;

const pages = builtPages(DIST).map((path) => ({ path, html: readFileSync(join(DIST, path, 'index.html'), 'utf8') }));
const lessons = pages.filter((p) => /<main\b[^>]*\bdata-lesson-id=/.test(p.html));

/** Each widget, how its server HTML is recognised and the island file it loads. */
const widgets = [
  { island: 'QuizForm', shown: /class="card quiz"/ },
  { island: 'ReflectionField', shown: /class="card reflection"/ },
  { island: 'HouseExplorer', shown: /class="house"/ },
  { island: 'DiaryTools', shown: /class="diary-tools"/ },
];
const loads = (files: string[], island: string) => files.some((f) => new RegExp(`/${island}\\.[\\w-]+\\.js$`).test(f));

test('a lesson with a quiz and a reflection stays within 24 KB gzip of JavaScript', () => {
  const withBoth = lessons.filter((p) => widgets[0]!.shown.test(p.html) && widgets[1]!.shown.test(p.html));
  expect(withBoth.length).toBeGreaterThan(5);
  for (const { path } of lessons) {
    const { js, inlineJs } = measurePage(DIST, path, BASE);
    test.info().annotations.push({ type: 'js', description: `/${path}: ${js.gzip} B gzip in files, ${inlineJs.gzip} B inline` });
    expect(js.gzip, `/${path}`).toBeLessThanOrEqual(BUDGET);
  }
});

test('a page loads the code of a widget only when it shows that widget', () => {
  for (const { path, html } of pages) {
    const { files } = measurePage(DIST, path, BASE);
    for (const { island, shown } of widgets) expect(loads(files, island), `/${path} and ${island}`).toBe(shown.test(html));
  }
  const plain = pages.filter((p) => !widgets.some((w) => w.shown.test(p.html)));
  expect(plain.map((p) => p.path)).toEqual(expect.arrayContaining(['', 'kasitteet/', 'lahteet/']));
});

// Pages that neither show a widget nor use the learner's data load no JavaScript at all until the
// learner opens search (the opener is a small inline script; search itself loads on demand).
test('pages without learner data load no JavaScript file', () => {
  const plain = ['kasitteet/', 'lahteet/', 'tietosuoja/', 'saavutettavuusseloste/', 'haku/', 'kouluttajalle/opas/'];
  for (const path of plain) {
    const { files, inlineJs } = measurePage(DIST, path, BASE);
    expect(
      files.filter((f) => f.endsWith('.js')),
      `/${path}`,
    ).toEqual([]);
    expect(inlineJs.gzip, `/${path}: only the search opener is inline`).toBeLessThan(1024);
  }
});
