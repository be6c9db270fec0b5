import { builtPages, expect, test } from './fixtures';

const pages = builtPages();

test('the site has its pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'kasitteet/', 'lahteet/', 'tietosuoja/', 'saavutettavuusseloste/', 'haku/']));
  expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
  test(`/${path} loads cleanly, passes axe in light and dark and fits 360 px`, async ({ course, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.locator('main#sisalto')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await course.axe(), `${colorScheme} at 360 px`).toEqual([]);
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await course.axe(), `${colorScheme} at 1280 px`).toEqual([]);
    }
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });
}
