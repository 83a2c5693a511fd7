/**
 * axe-core (WCAG 2.1 A and AA rules) on every page type, light and dark, at phone and desktop
 * widths; each run also saves a screenshot into screenshots/ for people to look at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { pageTypes } from './page-types.ts';
import { root, watchRequests } from './support.ts';

const widths = [375, 1280] as const;
const schemes = ['light', 'dark'] as const;

for (const { name, path } of pageTypes()) {
  for (const width of widths) {
    for (const colorScheme of schemes) {
      test(`${name} page at ${width}px in ${colorScheme} mode has no axe violations`, async ({ page }) => {
        const watch = watchRequests(page);
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        if (name.startsWith('search')) await expect(page.locator('#search-status')).toHaveAttribute('data-state', 'done');
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(found, `${path} (${width}px, ${colorScheme})`).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${path} scrolls sideways at ${width}px`).toBeLessThanOrEqual(width);
        await page.screenshot({ path: join(root, 'screenshots', `${name}-${width}-${colorScheme}.png`), fullPage: true });
        expect(watch.failures).toEqual([]);
        expect(watch.foreign).toEqual([]);
      });
    }
  }
}

test('no page type scrolls sideways on a 320 px phone', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 320, height: 640 });
  for (const { path } of pageTypes()) {
    await page.goto(path);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, path).toBeLessThanOrEqual(320);
  }
});
