/** A document of hostile text (tests/fixtures/e2e/hostile-text.txt) shows it literally and runs nothing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtRecords, rawDir } from './support.ts';

const source = 'hostile-text.txt';
/** The hostile lines of the fixture, without the sentence end some carry to stay one line. */
const hostileLines = readFileSync(join(rawDir, source), 'utf8')
  .split('\n')
  .map((l) => l.replace(/。$/, ''))
  .filter((l) => /[{}<>`$*_#&[\]]|^import |^export /.test(l));

test('the fixture holds the hostile strings the page must show', () => {
  expect(hostileLines).toEqual([
    '{1+1}',
    '<script>alert(1)</script>',
    "import x from 'y'",
    'export const a = 1',
    '`code` and ``` fences',
    '<!-- comment',
    '&lt;b&gt; and &amp;',
    '[x](javascript:alert(1))',
    '${x}',
    '* not a list',
    '_not emphasis_ and *not* **strong**',
    '# not a heading',
    '> not a quote',
    '<附件1>',
    '{年度}',
    'import 措施如下',
  ]);
});

test('the hostile document shows each string literally and runs no script', async ({ page }) => {
  const record = builtRecords().find((r) => r.source === source)!;
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(record.url);
  await expect(page.locator('h1')).toHaveText(record.title);
  const text = await page.locator('main').innerText();
  for (const line of hostileLines) expect(text, line).toContain(line);
  // Nothing of the text became markup: no script carrying it, no link, no emphasis or code.
  const markup = await page.evaluate(() => [
    // JSON-LD is data, never run: it may carry the text, escaped (checked below).
    ...[...document.querySelectorAll('script:not([type="application/ld+json"])')]
      .filter((s) => s.textContent.includes('alert(1)'))
      .map((s) => s.outerHTML),
    ...[
      ...document.querySelectorAll(
        'a[href^="javascript:"], main em, main strong, main code, main blockquote, main del, main h1 ~ * li',
      ),
    ]
      .filter((e) => /not|code|javascript/.test(e.outerHTML))
      .map((e) => e.outerHTML),
  ]);
  expect(markup).toEqual([]);
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
  for (const data of jsonLd) {
    expect(data).not.toContain('</script');
    expect(() => JSON.parse(data) as unknown).not.toThrow();
  }
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
