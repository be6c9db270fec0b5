import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { e2eBase } from '../../scripts/e2e-base.mjs';

/** The base path the e2e build is served under (written once, in scripts/e2e-base.mjs). */
export const BASE_PATH = e2eBase();
/** Prefix of every storage key of the course under BASE_PATH (src/lib/learner-data.ts `storagePrefix`). */
export const STORAGE_PREFIX = `asiakasosallisuus@${BASE_PATH}:`;

/** WCAG 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every page of the built site, as a path inside the site (`''` is the front page). */
export function builtPages(dist = process.env.ASTRO_OUT_DIR ?? 'dist'): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(path);
      } else if (name === 'index.html') {
        out.push(
          relative(dist, dir)
            .split(sep)
            .join('/')
            .replace(/^$/, '')
            .replace(/([^/])$/, '$1/'),
        );
      }
    }
  };
  walk(dist);
  return out.sort();
}

/**
 * A page of the course with the checks every test wants: console errors are collected, and any
 * request to another origin is blocked and recorded (no request may leave the site).
 */
export class CoursePage {
  readonly consoleErrors: string[] = [];
  readonly externalRequests: string[] = [];

  constructor(
    readonly page: Page,
    readonly origin: string,
  ) {
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => this.consoleErrors.push(err.message));
  }

  async init() {
    await this.page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(this.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      this.externalRequests.push(url);
      return route.abort();
    });
  }

  /** Opens a page by its path inside the site (no leading slash). */
  async goto(path = '') {
    const response = await this.page.goto(path);
    expect(response?.status(), `status of ${path}`).toBeLessThan(400);
  }

  async axe() {
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }

  /** Width the document overflows the viewport by, in CSS pixels. */
  horizontalOverflow() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
}

export const test = base.extend<{ course: CoursePage }>({
  course: async ({ page, baseURL }, use) => {
    const course = new CoursePage(page, new URL(baseURL!).origin);
    await course.init();
    await use(course);
  },
});

export { expect };
