/** The preview server (scripts/run/serve.ts) tells browsers the charset of the TXT copies. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, it } from 'node:test';
import { siteServer } from '../../scripts/run/serve.ts';

const dir = mkdtempSync(join(tmpdir(), 'serve-'));
mkdirSync(join(dir, 'data/documents'), { recursive: true });
writeFileSync(join(dir, 'data/documents/utf8.txt'), '关于印发通知的通知\n');
// 关于通知 in GB18030 (not valid UTF-8).
writeFileSync(join(dir, 'data/documents/gbk.txt'), Buffer.from([0xb9, 0xd8, 0xd3, 0xda, 0xcd, 0xa8, 0xd6, 0xaa, 0x0a]));
const server = siteServer(dir, '/archive/');
let origin = '';
before(async () => {
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => new Promise<void>((ok) => server.close(() => ok())));

it('serves a UTF-8 TXT copy as text/plain; charset=utf-8', async () => {
  const res = await fetch(`${origin}/archive/data/documents/utf8.txt`);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=utf-8');
  assert.equal(await res.text(), '关于印发通知的通知\n');
});

it('serves a GB18030 TXT copy as text/plain; charset=gb18030', async () => {
  const res = await fetch(`${origin}/archive/data/documents/gbk.txt`);
  assert.equal(res.headers.get('content-type'), 'text/plain; charset=gb18030');
  assert.equal(new TextDecoder('gb18030').decode(await res.arrayBuffer()), '关于通知\n');
});
