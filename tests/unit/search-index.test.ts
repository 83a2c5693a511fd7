import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  buildSearchIndex as buildIndex,
  type IndexedDocument,
  type SearchMeta,
} from '../../src/lib/search-index/build-search-index.ts';

/** A fresh build of the index: every file compressed. */
async function buildSearchIndex(docs: IndexedDocument[]): Promise<Map<string, Uint8Array>> {
  const { files } = await buildIndex(docs);
  return new Map([...files].map(([path, bytes]) => [path, bytes!]));
}
import { codePoints, coverOffsets, matchPhrase } from '../../src/lib/search-index/match-phrase.ts';
import {
  bigramKey,
  bucketOf,
  ByteReader,
  ByteWriter,
  decodePostings,
  readBucket,
  type Postings,
} from '../../src/lib/search-index/postings.ts';
import { rankMatches } from '../../src/lib/search-index/rank-matches.ts';

const doc = (slug: string, text: string, extra: Partial<IndexedDocument> = {}): IndexedDocument => ({
  slug,
  title: slug,
  docNumber: '',
  issuer: '',
  date: '',
  text,
  headLength: 0,
  sections: [],
  filters: {},
  ...extra,
});

/** Searches built index files the way the search page does, without a browser. */
function search(files: Map<string, Uint8Array>, query: string): string[] {
  const meta = JSON.parse(gunzipSync(files.get('search-index/meta.bin')!).toString()) as SearchMeta;
  const cps = codePoints(query);
  const terms = coverOffsets(cps.length).map((o): [number, Postings] => {
    const [a, b] = [cps[o]!, cps[o + 1]!];
    const bucket = readBucket(gunzipSync(files.get(`search-index/b/${bucketOf(a, b, meta.buckets)}.bin`)!));
    const entry = bucket.get(bigramKey(a, b));
    return [o, entry ? decodePostings(entry) : new Map<number, Int32Array>()];
  });
  return rankMatches(matchPhrase(terms), meta, 'relevance').map((d) => meta.slugs[d]!);
}

test('varints round-trip, small and past 2^32', () => {
  const w = new ByteWriter();
  const values = [0, 1, 127, 128, 300, 2 ** 21, 2 ** 31 - 1, 2 ** 31, 2 ** 32 + 5, 2 ** 40];
  for (const v of values) w.varint(v);
  const r = new ByteReader(w.result());
  assert.deepEqual(
    values.map(() => r.varint()),
    values,
  );
  assert.equal(r.done, true);
});

test('code points count a character outside the BMP once', () => {
  assert.deepEqual(codePoints('a𠀋中'), [0x61, 0x2000b, 0x4e2d]);
  assert.deepEqual(codePoints('\ud800x'), [0xd800, 0x78]);
});

test('the cover of a query spans every character with about half its bigrams', () => {
  assert.deepEqual(coverOffsets(2), [0]);
  assert.deepEqual(coverOffsets(3), [0, 1]);
  assert.deepEqual(coverOffsets(4), [0, 2]);
  assert.deepEqual(coverOffsets(5), [0, 2, 3]);
  for (let k = 2; k < 30; k++) {
    const covered = new Set(coverOffsets(k).flatMap((o) => [o, o + 1]));
    assert.equal(covered.size, k, `length ${k}`);
  }
});

test('a phrase matches only where its bigrams stand at their offsets from one start', () => {
  const postings = (entries: [number, number[]][]): Postings => new Map(entries.map(([d, p]) => [d, Int32Array.from(p)]));
  // "abcd": ab at 0, cd at 2. Document 1 has ab at 5 and cd at 9 only: no match.
  const found = matchPhrase([
    [
      0,
      postings([
        [0, [3, 10]],
        [1, [5]],
        [2, [0, 4]],
      ]),
    ],
    [
      2,
      postings([
        [0, [12]],
        [1, [9]],
        [2, [2, 6]],
      ]),
    ],
  ]);
  assert.deepEqual(
    [...found],
    [
      [0, { count: 1, first: 10 }],
      [2, { count: 2, first: 0 }],
    ],
  );
});

const corpus = [
  doc('a', '关于中医药产业发展的答复吉科发〔2022〕97号中医药人才'),
  doc('b', '医药企业与医疗机构合作；医药、医药'),
  doc('c', '医 疗药品'.replace(' ', '')),
  doc('d', '吉科发〔2021〕97号关于产学研合作'),
  doc('e', 'aaaa<script>{1+1}𠀋𠀋中'),
];

test('every document that contains a query is found, and no other (substring oracle)', async () => {
  const files = await buildSearchIndex(corpus);
  const queries = new Set<string>();
  for (const d of corpus) {
    const cps = [...d.text];
    for (let i = 0; i < cps.length; i++)
      for (let k = 2; k <= 8 && i + k <= cps.length; k++) queries.add(cps.slice(i, i + k).join(''));
  }
  queries.add('医药产业').add('〔2022〕97号').add('不存在的词');
  for (const q of queries) {
    const expected = corpus
      .filter((d) => d.text.includes(q))
      .map((d) => d.slug)
      .sort();
    assert.deepEqual(search(files, q).sort(), expected, q);
  }
});

test('past 32,768 distinct characters, bigrams of rare characters are still found exactly', async () => {
  // 40,000 distinct code points (CJK Extension B): the later ones no longer fit the key table.
  const rare = Array.from({ length: 40_000 }, (_, i) => String.fromCodePoint(0x20000 + i)).join('');
  const late = String.fromCodePoint(0x20000 + 39_000, 0x20000 + 39_001, 0x20000 + 39_002);
  const mixed = `中${String.fromCodePoint(0x20000 + 39_500)}文`;
  const files = await buildSearchIndex([doc('rare', rare + mixed), doc('other', `甲${late}乙`), doc('none', '中文')]);
  assert.deepEqual(search(files, late).sort(), ['other', 'rare']);
  assert.deepEqual(search(files, mixed), ['rare']);
  assert.deepEqual(search(files, '中文'), ['none']);
  assert.deepEqual(search(files, String.fromCodePoint(0x20000 + 39_002, 0x20000 + 39_001)), []);
});

test('a title hit ranks first, then more matches in a shorter text', async () => {
  const files = await buildSearchIndex([
    doc('once', '前言医药后记'.repeat(3)),
    doc('twice', '医药医药前言'),
    doc('title', '医药答复正文', { headLength: 2 }),
  ]);
  assert.deepEqual(search(files, '医药'), ['title', 'twice', 'once']);
});

test('the same documents in any order give byte-identical files', async () => {
  const a = await buildSearchIndex(corpus);
  const b = await buildSearchIndex([...corpus].reverse());
  assert.deepEqual([...a.keys()].sort(), [...b.keys()].sort());
  for (const [path, bytes] of a) assert.ok(Buffer.from(bytes).equals(Buffer.from(b.get(path)!)), path);
});

test('filter values list their documents by ordinal and count them', async () => {
  const files = await buildSearchIndex([
    doc('x', '甲乙', { filters: { region: ['四川省'] } }),
    doc('y', '丙丁', { filters: { region: ['吉林省', '四川省'] } }),
  ]);
  const meta = JSON.parse(gunzipSync(files.get('search-index/meta.bin')!).toString()) as SearchMeta;
  assert.deepEqual(meta.filters['region'], { values: ['吉林省', '四川省'], counts: [1, 2] });
  assert.deepEqual(JSON.parse(gunzipSync(files.get('search-index/f/region/1.bin')!).toString()), [0, 1]);
});

test('a rebuild compresses only files whose content changed; the others are marked to keep', async () => {
  const before = await buildIndex(corpus);
  const edited = corpus.map((d) => (d.slug === 'b' ? { ...d, text: d.text + '新增一句' } : d));
  const after = await buildIndex(edited, (path) => before.hashes.get(path));
  const fresh = await buildIndex(edited);
  assert.deepEqual([...after.files.keys()], [...fresh.files.keys()]);
  assert.deepEqual(after.hashes, fresh.hashes);
  const kept = [...after.files].filter(([, bytes]) => bytes === null).map(([path]) => path);
  // A kept file's content is the previous build's, byte for byte; a compressed one is the fresh build's.
  for (const path of kept) assert.deepEqual(gunzipSync(before.files.get(path)!), gunzipSync(fresh.files.get(path)!), path);
  for (const [path, bytes] of after.files) if (bytes !== null) assert.deepEqual(bytes, fresh.files.get(path), path);
  assert.ok(kept.includes('search-index/d/a.bin'));
  assert.ok(!kept.includes('search-index/d/b.bin') && !kept.includes('search-index/meta.bin'));
  assert.ok(kept.length > 0 && kept.length < after.files.size - 1, `kept ${kept.length} of ${after.files.size}`);
});
