import { expect, test } from './fixtures';

test.describe('keyboard-only use', () => {
  test('skip link moves past the header to the content', async ({ course, page }) => {
    await course.goto('');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#sisalto$/);
  });

  test('on a phone, the lesson menu opens and a lesson is reached by keyboard', async ({ course, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto('');
    await page.getByRole('link', { name: 'Aloita kurssi' }).first().focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toBeVisible();
    const firstTitle = await page.locator('main h1').textContent();

    const menu = page.locator('details.lesson-menu > summary');
    let found = false;
    for (let i = 0; i < 20 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await menu.evaluate((el) => el === document.activeElement);
    }
    expect(found, 'the menu is reachable with Tab').toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.locator('details.lesson-menu')).toHaveAttribute('open', '');

    // Tab to a closed module in the menu, open it with Enter, and follow its first lesson.
    let opened = '';
    for (let i = 0; i < 40 && !opened; i++) {
      await page.keyboard.press('Tab');
      opened = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.tagName === 'SUMMARY' && el.closest('.lesson-menu nav') && !el.parentElement!.hasAttribute('open') ? el.id : '';
      });
    }
    expect(opened, 'a closed module is reachable with Tab').not.toBe('');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // innerText, not textContent: the link's hidden done mark is not part of what a person reads.
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).innerText.trim());
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).toHaveText(target);
    expect(target).not.toBe(firstTitle);
  });

  test('on a desktop, the sidebar marks the current lesson and links onward', async ({ course, page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await course.goto('');
    await page.getByRole('link', { name: 'Aloita kurssi' }).first().click();
    const sidebar = page.locator('.lesson-sidebar');
    await expect(sidebar).toBeVisible();
    await expect(page.locator('.lesson-menu')).toBeHidden();
    const current = sidebar.locator('a[aria-current="page"]');
    const title = (await page.locator('main h1').textContent())!.trim();
    await expect(current).toHaveText(title, { useInnerText: true });
    await page.getByRole('link', { name: /^Seuraava/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main h1')).not.toHaveText(title);
    await expect(current).toHaveText((await page.locator('main h1').textContent())!.trim(), { useInnerText: true });
  });

  test('focus is visible', async ({ course, page }) => {
    await course.goto('');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
  });
});

test('every internal link works under the sub-path', async ({ course, page, baseURL }) => {
  await course.goto('');
  const base = new URL(baseURL!).pathname;
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs.filter((h) => h.startsWith('/'))) expect(href.startsWith(base), href).toBe(true);
  for (const href of new Set(hrefs.filter((h) => h.startsWith('/')))) {
    const response = await page.request.get(href);
    expect(response.status(), href).toBe(200);
  }
});

test('a lesson prints without navigation', async ({ course, page }) => {
  await course.goto('');
  await page.getByRole('link', { name: 'Aloita kurssi' }).first().click();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.lesson-sidebar')).toBeHidden();
  await expect(page.locator('.pager')).toBeHidden();
  await expect(page.locator('main h1')).toBeVisible();
});

test('dark mode keeps contrast', async ({ course, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await course.goto('');
  expect(await course.axe()).toEqual([]);
  await page.getByRole('link', { name: 'Aloita kurssi' }).first().click();
  expect(await course.axe()).toEqual([]);
});
