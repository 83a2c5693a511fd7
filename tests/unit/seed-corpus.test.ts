/**
 * The seed corpus against expected.json (tests/fixtures/expected.json, a copy of the shared
 * ground truth), field by field. Comparisons ignore whitespace, as its README says;
 * citationsInclude, docNumbersCited and departmentsMentioned are lists that must be included.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SectionNode } from '../../src/schema/document.ts';
import { rawDir, root, seedCorpus } from '../support/corpus.ts';

interface Expected {
  file: string;
  [field: string]: unknown;
}
const expected = JSON.parse(readFileSync(join(root, 'tests/fixtures/expected.json'), 'utf8')) as Expected[];
const compact = (v: unknown): unknown =>
  JSON.parse(JSON.stringify(v ?? null, (_k, x: unknown) => (typeof x === 'string' ? x.replace(/\s/g, '') : x)));
const squeeze = (s: string) => s.replace(/\s/g, '');
const flatten = (nodes: SectionNode[]): SectionNode[] => nodes.flatMap((n) => [n, ...flatten(n.children)]);

/** Fields compared as exact values. */
const exactFields = [
  'docType',
  'region',
  'title',
  'docNumber',
  'issuer',
  'indexNumber',
  'categories',
  'dateWritten',
  'datePublished',
  'addressee',
  'interprets',
  'attachments',
  'signature',
  'contact',
  'cc',
] as const;

it('content/raw holds the seed corpus, one source per record of expected.json', () => {
  const names = readdirSync(rawDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  assert.deepEqual(names, expected.map((e) => e.file).sort());
});

it('expected.json states every field the test compares', () => {
  const stated = new Set(expected.flatMap((e) => Object.keys(e)));
  const compared = new Set<string>([
    'file',
    ...exactFields,
    'proposal',
    'level1',
    'level2Count',
    'level3Count',
    'departmentsMentioned',
    'citationsInclude',
    'docNumbersCited',
    'joins',
    'boilerplateRemoved',
  ]);
  assert.deepEqual(
    [...stated].filter((k) => !compared.has(k)),
    [],
  );
});

for (const exp of expected) {
  describe(exp.file, () => {
    const doc = seedCorpus().find((d) => d.data.source === exp.file)!;
    const sections = flatten(doc.data.sections);
    const blockTexts = doc.blocks.map((b) => squeeze(b.text));
    for (const field of exactFields) {
      if (!(field in exp)) continue;
      it(`${field} is ${JSON.stringify(exp[field])}`, () => {
        assert.deepEqual(compact(doc.data[field]), compact(exp[field]));
      });
    }
    if ('proposal' in exp) {
      // Only the keys the reader stated: the record may carry more (its kind).
      it(`proposal is ${JSON.stringify(exp['proposal'])}`, () => {
        const stated = exp['proposal'] as Record<string, unknown> | null;
        const found = doc.data.proposal as Record<string, unknown> | null;
        assert.deepEqual(
          compact(found && stated ? Object.fromEntries(Object.keys(stated).map((k) => [k, found[k]])) : found),
          compact(stated),
        );
        // Every seed reply answers a CPPCC member's proposal (委员 in its addressee).
        if (stated) assert.equal(found?.['kind'], 'proposal');
      });
    }
    it('level-1 headings are the ones printed, with ids s1, s2, …', () => {
      const top = doc.data.sections;
      assert.deepEqual(compact(top.map((s) => s.heading)), compact(exp['level1']));
      assert.deepEqual(
        top.map((s) => s.id),
        top.map((_s, i) => `s${i + 1}`),
      );
    });
    for (const [field, level] of [
      ['level2Count', 2],
      ['level3Count', 3],
    ] as const) {
      if (typeof exp[field] !== 'number') continue;
      it(`has ${String(exp[field])} sections at level ${level}`, () => {
        assert.equal(sections.filter((s) => s.level === level).length, exp[field]);
      });
    }
    it('every level-1 heading is a heading block with its id', () => {
      const headings = doc.blocks.filter((b) => b.role === 'heading' && b.level === 1);
      assert.deepEqual(
        headings.map((b) => b.id),
        doc.data.sections.map((s) => s.id),
      );
    });
    it('blocks have unique ids', () => {
      const ids = doc.blocks.filter((b) => b.id).map((b) => b.id);
      assert.equal(new Set(ids).size, ids.length);
    });
    it('departmentsMentioned includes every body expected', () => {
      const missing = ((exp['departmentsMentioned'] as string[] | undefined) ?? []).filter(
        (d) => !doc.data.departmentsMentioned.includes(d),
      );
      assert.deepEqual(missing, []);
    });
    for (const [field, kind] of [
      ['citationsInclude', 'title'],
      ['docNumbersCited', 'docNumber'],
    ] as const) {
      it(`citations include every ${field}`, () => {
        const found = new Set(doc.data.citations.filter((c) => c.kind === kind).map((c) => squeeze(c.text)));
        const missing = ((exp[field] as string[] | undefined) ?? []).map(squeeze).filter((t) => !found.has(t));
        assert.deepEqual(missing, []);
      });
    }
    it('each pair of joined lines ends up inside one block', () => {
      const apart = (exp['joins'] as [string, string][]).filter(
        ([a, b]) => !blockTexts.some((t) => t.includes(squeeze(a) + squeeze(b))),
      );
      assert.deepEqual(apart, []);
    });
    it('boilerplate lines are in the report, not in the text', () => {
      const lines = (exp['boilerplateRemoved'] as string[] | undefined) ?? [];
      assert.deepEqual(
        lines.filter((l) => !doc.removed.some((r) => squeeze(r.text) === squeeze(l))),
        [],
      );
      assert.deepEqual(
        lines.filter((l) => blockTexts.some((t) => t.includes(squeeze(l)))),
        [],
      );
    });
  });
}
