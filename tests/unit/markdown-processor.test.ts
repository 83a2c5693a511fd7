/** Astro's default processor runs no remark plugins: the config must select unified with remark-gfm. */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isUnifiedProcessor, markdownConfigDefaults } from '@astrojs/markdown-remark';
import config from '../../astro.config.mjs';

it('astro.config.mjs selects the unified processor', () => {
  const processor = config.markdown?.processor;
  assert.ok(processor && isUnifiedProcessor(processor), `processor is ${processor?.name ?? 'the default (Sätteri)'}`);
});

it('a GFM table renders as a table through the configured processor', async () => {
  const processor = config.markdown!.processor!;
  const renderer = await processor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  const { code } = await renderer.render('| 字段 | 值 |\n| --- | --- |\n| 发文字号 | 吉科发医〔2022〕97号 |\n');
  assert.match(code, /<table>[\s\S]*<td>发文字号<\/td>[\s\S]*<\/table>/);
});

it('smart punctuation is off: straight quotes stay as printed', async () => {
  const renderer = await config.markdown!.processor!.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: false });
  const { code } = await renderer.render('他说 "好" -- 对\n');
  assert.match(code, /"好" -- 对/);
});
