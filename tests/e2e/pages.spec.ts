import { builtPages, expect, test } from './fixtures';

const pages = builtPages();

test('the site has its pages', () => {
  expect(pages).toEqual(expect.arrayContaining(['', 'kasitteet/', 'lahteet/', 'tietosuoja/', 'saavutettavuusseloste/', 'haku/']));
  expect(pages.length).toBeGreaterThan(10);
});

for (const path of pages) {
  test(`/${path} loads cleanly, passes axe and fits 360 px`, async ({ course, page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await course.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.locator('main#sisalto')).toHaveCount(1);
    await expect(page.locator('h1')).toHaveCount(1);
    expect(await course.horizontalOverflow()).toBeLessThanOrEqual(0);
    expect(await course.axe()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await course.axe()).toEqual([]);
    expect(course.consoleErrors).toEqual([]);
    expect(course.externalRequests).toEqual([]);
  });
}
