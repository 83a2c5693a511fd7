/** The seed corpus against expected.json, the ground truth a careful reader states. */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normaliseDocument } from '../../scripts/pipeline/normalise-document.ts';
import { readSource } from '../../scripts/pipeline/read-source.ts';
import type { SectionNode } from '../../src/schema/document.ts';

const root = join(import.meta.dirname, '../..');
const rawDir = join(root, 'content/raw');
interface Expected {
  file: string;
  [field: string]: unknown;
}
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/expected.json'), 'utf8')) as Expected[];
/** Comparisons ignore whitespace, as expected.json's README says. */
const compact = (v: unknown): unknown => JSON.parse(JSON.stringify(v ?? null, (_k, x: unknown) => (typeof x === 'string' ? x.replace(/\s/g, '') : x)));
const normalise = (file: string) => normaliseDocument(file, readSource(file, readFileSync(join(rawDir, file))).text);
const flatten = (nodes: SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

it('content/raw holds byte-identical copies of the seed corpus', () => {
  const names = readdirSync(rawDir).filter((n) => n.endsWith('.txt')).sort();
  assert.deepEqual(names, expected.map((e) => e.file).sort());
});

for (const exp of expected) {
  describe(exp.file, () => {
    const doc = normalise(exp.file);
    for (const field of ['title', 'docNumber', 'issuer', 'dateWritten'] as const) {
      it(`${field} is ${JSON.stringify(exp[field])}`, () => {
        assert.deepEqual(compact(doc.data[field]), compact(exp[field]));
      });
    }
    it('level-1 headings are the ones printed, with ids s1, s2, …', () => {
      const top = doc.data.sections;
      assert.deepEqual(compact(top.map((s) => s.heading)), compact(exp['level1']));
      assert.deepEqual(top.map((s) => s.id), top.map((_s, i) => `s${i + 1}`));
    });
    it('every level-1 heading is a heading block with its id', () => {
      const headings = doc.blocks.filter((b) => b.role === 'heading' && b.level === 1);
      assert.deepEqual(headings.map((b) => b.id), doc.data.sections.map((s) => s.id));
    });
    it('paragraphs have unique ids', () => {
      const ids = doc.blocks.filter((b) => b.id).map((b) => b.id);
      assert.equal(new Set(ids).size, ids.length);
      assert.ok(doc.blocks.filter((b) => b.role === 'para').length > 0);
    });
    if (typeof exp['level2Count'] === 'number') {
      it(`has ${String(exp['level2Count'])} sections at level 2`, () => {
        assert.equal(flatten(doc.data.sections).filter((s) => s.level === 2).length, exp['level2Count']);
      });
    }
  });
}
