import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import {
  buildSearchIndex as buildIndex,
  previousIndex,
  type IndexFiles,
  type IndexedDocument,
  type SearchMeta,
} from '../../src/search/build/build-search-index.ts';
import { bucketPlaces, type MemberPlace } from '../../src/search/format/packs.ts';

/** A fresh build of the index: every file compressed. */
async function buildSearchIndex(docs: IndexedDocument[]): Promise<Map<string, Uint8Array>> {
  const { files } = await buildIndex(docs);
  return new Map([...files].map(([path, bytes]) => [path, bytes!]));
}
import { codePoints, coverOffsets, matchPhrase, type PhraseMatch } from '../../src/search/client/match-phrase.ts';
import { identifierBucket, identifierKey, parseQuery } from '../../src/search/format/parse-query.ts';
import {
  bigramKey,
  bucketOf,
  ByteReader,
  ByteWriter,
  decodePostings,
  readBucket,
  type Postings,
} from '../../src/search/format/postings.ts';
import { rankMatches } from '../../src/search/client/rank-matches.ts';
import { collectPostings } from '../../src/search/build/collect-postings.ts';

const doc = (slug: string, text: string, extra: Partial<IndexedDocument> = {}): IndexedDocument => ({
  slug,
  title: slug,
  docNumber: '',
  indexNumber: '',
  date: '',
  text,
  headLength: 0,
  filters: {},
  ...extra,
});

const metaOf = (files: Map<string, Uint8Array>) =>
  JSON.parse(gunzipSync(files.get('search-index/meta.bin')!).toString()) as SearchMeta;
const jsonOf = (files: Map<string, Uint8Array>, path: string): unknown => JSON.parse(gunzipSync(files.get(path)!).toString());
/** One member of a pack, uncompressed, read as the search page reads it: its bytes alone. */
const memberOf = (files: Map<string, Uint8Array>, { pack, offset, length }: MemberPlace): Buffer =>
  gunzipSync(files.get(`search-index/${pack}`)!.subarray(offset, offset + length));

/** The documents where one folded form stands, found in built index files as the search page finds them. */
function matchForm(files: Map<string, Uint8Array>, meta: SearchMeta, form: string): Map<number, PhraseMatch> {
  const cps = codePoints(form);
  const lookup = (a: number, b: number) => {
    const place = bucketPlaces(meta.bucketSizes, meta.packs)[bucketOf(a, b, meta.buckets)]!;
    const bucket = readBucket(memberOf(files, place));
    const entry = bucket.get(bigramKey(a, b));
    return entry ? decodePostings(entry) : new Map<number, Int32Array>();
  };
  if (cps.length === 1) return matchPhrase([[0, lookup(cps[0]!, 0)]]);
  return matchPhrase(coverOffsets(cps.length).map((o): [number, Postings] => [o, lookup(cps[o]!, cps[o + 1]!)]));
}

/** Searches built index files with a query of the search language, without a browser (no exclusions). */
function search(files: Map<string, Uint8Array>, query: string): string[] {
  const meta = metaOf(files);
  const found = parseQuery(query).include.map((t) => {
    const all = new Map<number, PhraseMatch>();
    for (const f of t.forms) for (const [d, m] of matchForm(files, meta, f)) all.set(d, m);
    return all;
  });
  const both = found.reduce((a, b) => new Map([...a].filter(([d]) => b.has(d))));
  return rankMatches(both, meta, 'relevance').map((d) => meta.slugs[d]!);
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

test('a filter column gives each document the indices of its values, and meta counts them', async () => {
  const files = await buildSearchIndex([
    doc('x', '甲乙', { filters: { region: ['四川省'] } }),
    doc('y', '丙丁', { filters: { region: ['吉林省', '四川省'] } }),
    doc('z', '戊己'),
  ]);
  assert.deepEqual(metaOf(files).filters['region'], { values: ['吉林省', '四川省'], counts: [1, 2] });
  assert.deepEqual(jsonOf(files, 'search-index/c/region.bin'), [[1], [0, 1], []]);
});

test('words separated by a space must all occur, each anywhere in the text', async () => {
  const files = await buildSearchIndex([
    doc('both', '吉林省推进中医药发展'),
    doc('one', '吉林省人才工作'),
    doc('other', '中医药产业在四川'),
  ]);
  assert.deepEqual(search(files, '吉林 中医药'), ['both']);
  assert.deepEqual(search(files, '中医药　吉林').sort(), ['both']);
  assert.deepEqual(search(files, '中医药').sort(), ['both', 'other']);
});

test('full-width letters and digits match their half-width forms, both ways', async () => {
  const files = await buildSearchIndex([doc('wide', '第ＡＢ１２条２０２０年'), doc('narrow', '第AB12条2020年')]);
  assert.deepEqual(search(files, 'AB12').sort(), ['narrow', 'wide']);
  assert.deepEqual(search(files, 'ＡＢ１２').sort(), ['narrow', 'wide']);
  assert.deepEqual(search(files, '２０２０年').sort(), ['narrow', 'wide']);
});

test('a 发文字号 is found in any bracket, with or without 第 and spaces', async () => {
  const files = await buildSearchIndex([
    doc('n49', '答复吉卫复议字〔2020〕49号', { docNumber: '吉卫复议字〔2020〕49号' }),
    doc('n491', '吉卫复议字〔2020〕491号'),
    doc('n4', '吉卫复议字〔2020〕第4号'),
  ]);
  for (const q of [
    '吉卫复议字[2020]49号',
    '吉卫复议字(2020)49号',
    '吉卫复议字（2020）49号',
    '吉卫复议字【2020】49号',
    '吉卫复议字〔2020〕第49号',
    '吉卫复议字 〔2020〕 第 49 号',
  ])
    assert.deepEqual(search(files, q), ['n49'], q);
  assert.deepEqual(search(files, '吉卫复议字(2020)4号'), ['n4']);
});

test('one character finds the documents whose title or 发文字号 holds it, not their body', async () => {
  const files = await buildSearchIndex([
    doc('title', '医药答复正文', { headLength: 4 }),
    doc('body', '答复正文有医字', { headLength: 2 }),
  ]);
  assert.deepEqual(search(files, '医'), ['title']);
  assert.deepEqual(search(files, '答').sort(), ['body', 'title']);
});

test('a 发文字号 and a 索引号 are looked up whole, in the file their key hashes to', async () => {
  const files = await buildSearchIndex([
    doc('a', '答复', { docNumber: '吉卫复议字〔2020〕49号', indexNumber: '11220000MB1519656C/2020-11206' }),
    doc('b', '通知', { docNumber: '吉卫发〔2021〕1号' }),
  ]);
  const meta = metaOf(files);
  const lookup = (q: string) => {
    const key = identifierKey(q);
    return (jsonOf(files, `search-index/i/${identifierBucket(key, meta.ids)}.bin`) as Record<string, number[]>)[key] ?? [];
  };
  assert.deepEqual(lookup('吉卫复议字[2020]第49号'), [0]);
  assert.deepEqual(lookup('11220000MB1519656C/2020-11206'), [0]);
  assert.deepEqual(lookup('吉卫发（2021）1号'), [1]);
  assert.deepEqual(lookup('吉卫发〔2021〕2号'), []);
});

/** The previous build as a rebuild sees it: every file's hash, every pack's members, read from its bytes. */
const previousOf = (before: IndexFiles) =>
  previousIndex(
    (path) => before.hashes.get(path),
    before.members,
    (pack, offset, length) => before.files.get(pack)!.subarray(offset, offset + length),
  );

test('a rebuild compresses only members whose content changed; unchanged files are marked to keep', async () => {
  // Enough distinct bigrams for dozens of buckets: 2,000 runs of 20 characters.
  const varied = Array.from({ length: 2000 }, (_, i) =>
    doc(`d${i}`, String.fromCodePoint(...Array.from({ length: 20 }, (_, k) => 0x4e00 + ((i * 13 + k) % 20000)))),
  );
  const before = await buildIndex(varied);
  const edited = varied.map((d) => (d.slug === 'd1' ? { ...d, text: d.text + '新增一句' } : d));
  let compressed = 0;
  const previous = previousOf(before);
  const counting = {
    ...previous,
    member: (h: string) => {
      const found = previous.member(h);
      if (!found) compressed++;
      return found;
    },
  };
  const after = await buildIndex(edited, counting);
  const fresh = await buildIndex(edited);
  assert.deepEqual([...after.files.keys()], [...fresh.files.keys()]);
  assert.deepEqual(after.hashes, fresh.hashes);
  assert.deepEqual(after.members, fresh.members);
  const kept = [...after.files].filter(([, bytes]) => bytes === null).map(([path]) => path);
  // A kept file's content is the previous build's, byte for byte; a written one is the fresh build's.
  for (const path of kept) assert.deepEqual(before.files.get(path), fresh.files.get(path), path);
  for (const [path, bytes] of after.files) if (bytes !== null) assert.deepEqual(bytes, fresh.files.get(path), path);
  assert.ok(!kept.includes('search-index/meta.bin'));
  // The buckets of the edited document's new bigrams (at most its 4 new ones), not every member.
  const members = [...fresh.members.values()].flat().length;
  assert.ok(compressed >= 1 && compressed <= 4 && members > 16, `compressed ${compressed} of ${members}`);
});

test('buckets are members of packs, each read by its place alone, and the index holds no text to show', async () => {
  const many = Array.from({ length: 1500 }, (_, i) => doc(`d${i}`, `第${i}号文件正文${'甲乙丙丁'[i % 4]}`));
  const { files } = await buildIndex(many);
  const all = new Map([...files].map(([path, bytes]) => [path, bytes!]));
  const meta = metaOf(all);
  const places = bucketPlaces(meta.bucketSizes, meta.packs);
  assert.ok(places.length > 1);
  // Every pack is its members and nothing else.
  const ends = new Map<string, number>();
  for (const p of places) ends.set(p.pack, Math.max(ends.get(p.pack) ?? 0, p.offset + p.length));
  for (const [pack, end] of ends) assert.equal(all.get(`search-index/${pack}`)!.length, end, pack);
  assert.deepEqual(search(all, '第1499号'), ['d1499']);
  // What a result shows is read from the published record (result-data.ts), not the index.
  assert.deepEqual(
    [...all.keys()].filter((p) => !/^search-index\/(meta\.bin|buckets-\d+\.bin|c\/\w+\.bin|i\/\d+\.bin)$/.test(p)),
    [],
  );
});

test('postings collected a run of packs at a time give the files of one pass', async () => {
  // Random text over 3,000 characters: about as many distinct bigrams as characters, enough
  // postings for more than one pack of buckets.
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed >>> 8;
  };
  const many = Array.from({ length: 400 }, (_, i) =>
    doc(`r${i}`, String.fromCodePoint(...Array.from({ length: 1000 }, () => 0x4e00 + (next() % 3000))), { headLength: 5 }),
  );
  const whole = await buildSearchIndex(many);
  const meta = metaOf(whole);
  assert.ok(meta.buckets / meta.packs.buckets >= 2, `${meta.buckets} buckets in packs of ${meta.packs.buckets}`);
  // One byte a run: every pack is collected in a pass of its own.
  const { files } = await buildIndex(many, undefined, { rangeBytes: 1 });
  assert.deepEqual([...files.keys()], [...whole.keys()]);
  for (const [path, bytes] of whole) assert.ok(Buffer.from(bytes).equals(Buffer.from(files.get(path)!)), path);
  const text = many[123]!.text;
  assert.deepEqual(search(whole, text.slice(500, 506)), ['r123']);
});

test('collecting only some bigrams, or only their sizes, leaves the others as one pass has them', () => {
  const texts = ['通知通知正文', '正文附件', '附件通知', '𠀀𠀁正文'];
  const heads = [2, 0, 1, 2];
  const all = collectPostings(texts, heads).postings;
  const sizes = collectPostings(texts, heads, { sizesOnly: true }).postings;
  const odd = collectPostings(texts, heads, { keep: (a, b) => (a + b) % 2 === 1 }).postings;
  assert.equal(sizes.count, all.count);
  for (let s = 0; s < all.count; s++) {
    assert.equal(sizes.byteLengths[s], all.byteLengths[s]);
    assert.equal(sizes.documents[s], all.documents[s]);
    const kept = (all.first[s]! + all.second[s]!) % 2 === 1;
    assert.equal(odd.documents[s], kept ? all.documents[s] : 0);
    assert.deepEqual([...odd.bytes(s)], kept ? [...all.bytes(s)] : []);
  }
});
