import assert from 'node:assert/strict';
import { it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detached } from '../../src/archive/detached-string.ts';
import { frontmatterOf } from '../../src/archive/document-record.ts';
import { pageFacts } from '../../src/open-data/sitemap.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Bytes of heap still in use after `make` ran and only its result is kept. */
function retained<T>(make: () => T): { kept: T; bytes: number } {
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const kept = make();
  gc();
  gc();
  return { kept, bytes: process.memoryUsage().heapUsed - before };
}
// 20 texts of a million two-byte characters each: 40 MB if they stayed in memory.
const BIG = 1_000_000;
const MB = 1024 * 1024;

it('copies a string into one of its own, equal to it', () => {
  const source = `${'前'.repeat(50)}关于印发《某某办法》的通知（试行）${'后'.repeat(50)}`;
  const part = source.slice(50, 67);
  assert.equal(detached(part), part);
  assert.equal(detached('短'), '短');
  assert.equal(detached('\ud800 lone surrogate and text'), '\ud800 lone surrogate and text');
});

it("a record's section headings do not keep its body in memory", () => {
  const heading = '第一章 关于加强中医药产业协同创新的若干意见';
  const { kept, bytes } = retained(() =>
    Array.from({ length: 20 }, (_, i) => {
      const body = [`${heading}${i}`, `${'正文'.repeat(BIG / 2)}${i}`].join('\n');
      const record = {
        title: `t${i}`,
        sections: [{ id: 's1', children: [] }],
        body,
        blocks: [{ kind: 'heading', id: 's1', level: 1, label: '第一章' }, { section: 's1' }],
      };
      return frontmatterOf(record) as { sections: { heading: string }[] };
    }),
  );
  assert.equal(kept[3]!.sections[0]!.heading, `${heading}3`);
  assert.ok(bytes < 8 * MB, `${(bytes / MB).toFixed(1)} MB kept for 20 headings`);
});

it("a page's facts do not keep its HTML in memory", () => {
  const { kept, bytes } = retained(() =>
    Array.from({ length: 20 }, (_, i) =>
      pageFacts(
        {
          path: `/a/p${i}/`,
          html: `<html><body><a href="/a/documents/doc-number-${i}/#s1">x</a><p>${'字'.repeat(BIG)}</p></body></html>`,
        },
        '/a/',
      ),
    ),
  );
  assert.deepEqual(kept[5]!.links, ['/a/documents/doc-number-5/']);
  assert.ok(bytes < 8 * MB, `${(bytes / MB).toFixed(1)} MB kept for 20 pages' facts`);
});
