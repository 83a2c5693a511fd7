import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { BuildError } from '../../src/schema/build-error.ts';
import { normaliseCorpus, type CorrectionSource, type RawSource } from '../../scripts/corpus/normalise-corpus.ts';
import { rawDir, registries, seedCorpus } from '../support/corpus.ts';

const seed = (name: string, as = name): RawSource => ({
  path: `content/raw/${as}`,
  name: as,
  bytes: readFileSync(join(rawDir, name)),
});
const reply = '000_a53c656e4978de6c';
const correction = (text: string, name = reply): CorrectionSource => ({ path: `content/corrections/${name}.yaml`, name, text });

/** The formatted messages of a failed run. */
function failures(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof AggregateError) return e.errors.map((x) => (x instanceof BuildError ? x.format() : String(x)));
    throw e;
  }
  throw new Error('the run succeeded');
}

it('a correction sets only the fields it names; extracted ones stay', () => {
  const [doc] = normaliseCorpus([seed(`${reply}.txt`)], registries, [correction('docType: notice\ndateWritten: 2020-09-15\n')]);
  const original = seedCorpus()[0]!.data;
  assert.deepEqual(
    { ...doc!.data },
    { ...original, docType: 'notice', dateWritten: '2020-09-15', citations: doc!.data.citations },
  );
  assert.deepEqual(doc!.data.cc, ['吉林省人民政府办公厅']);
});

it('a correction can set the slug', () => {
  const [doc] = normaliseCorpus([seed(`${reply}.txt`)], registries, [correction('slug: liu-xiaofeng-reply\n')]);
  assert.equal(doc!.data.slug, 'liu-xiaofeng-reply');
});

it('an unknown key and a bad value are errors naming the file, the line and the key', () => {
  assert.deepEqual(
    failures(() =>
      normaliseCorpus([seed(`${reply}.txt`)], registries, [correction('title: 答复\ntitel: 答复\ndocType: memo\n')]),
    ),
    [
      `content/corrections/${reply}.yaml:2:1  unknown key "titel" [correction-unknown-key]\n  a correction sets frontmatter fields: title, slug, docType, docNumber, issuer, coIssuers, region, indexNumber, categories, subjectCategory, dateWritten, datePublished, addressee, proposal, interprets, attachments, signature, contact, cc, departmentsMentioned, mentions, topics, citations, sections`,
      `content/corrections/${reply}.yaml:3:1  docType: Invalid option: expected one of "resolution"|"decision"|"order"|"communique"|"announcement"|"public-notice"|"opinion"|"notice"|"bulletin"|"report"|"request"|"approval"|"motion"|"letter"|"minutes"|"reply"|"interpretation"|"plan"|"measures"|"other" [correction-bad-value]\n  correct the value of docType (see src/schema/document.ts)`,
    ],
  );
});

it('a date that is not a calendar date names its key', () => {
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`)], registries, [correction('dateWritten: 2020-02-30\n')])),
    [
      `content/corrections/${reply}.yaml:1:1  dateWritten: not a real calendar date [correction-bad-value]\n  correct the value of dateWritten (see src/schema/document.ts)`,
    ],
  );
});

it('a YAML bomb is refused at its first alias, naming the file, not with a stack', () => {
  const lol = '["lol","lol","lol","lol","lol","lol","lol","lol","lol"]';
  const bomb = `a: &a ${lol}\n${'bcdefgh'
    .split('')
    .map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefg'[i]!}`).join(',')}]`)
    .join('\n')}\n`;
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`)], registries, [correction(bomb)])),
    [
      `content/corrections/${reply}.yaml:2:8  the YAML cannot be read: Excessive alias count indicates a resource exhaustion attack [correction-yaml]\n  write each value out in full; a correction needs no anchors (&) or aliases (*)`,
    ],
  );
});

it('a topic slug that content/topics.yaml does not list is refused, naming the key and the allowed slugs', () => {
  // 卫生、体育\医药管理 is wsty-yygl; the taxonomy has 22 categories and 121 subcategories.
  const fix = correction('topics:\n  - slug: wsty-yygl\n    sections: []\n  - slug: ../../etc\n    sections: []\n');
  const allowed = registries.topics.map((t) => t.slug).sort();
  assert.ok(allowed.includes('wsty-yygl') && allowed.length === 22 + 121);
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`)], registries, [fix])),
    [
      `content/corrections/${reply}.yaml:4:11  topics.1.slug: "../../etc" is not a topic of content/topics.yaml [correction-unknown-topic]\n  use one of: ${allowed.join(', ')}`,
    ],
  );
});

it('a correction file without a source is an error', () => {
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`)], registries, [correction('title: x\n', 'missing')])),
    [
      'content/corrections/missing.yaml:1:1  no source missing.txt to correct [correction-without-source]\n  rename the file after the source it corrects, or remove it',
    ],
  );
});

it('two sources with one slug and one 发文字号 are refused, naming both', () => {
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`), seed(`${reply}.txt`, 'copy.txt')], registries)),
    [
      `content/raw/copy.txt:1:1  slug "jl-wfyz-2020-49" is also claimed by ${reply}.txt [duplicate-slug]\n  set a different slug in the correction file of one of them`,
      `content/raw/copy.txt:1:1  发文字号 "吉卫复议字〔2020〕49号" is also claimed by ${reply}.txt [duplicate-doc-number]\n  remove the duplicate source, or correct docNumber in the correction file of the wrong one`,
    ],
  );
});

it('two 发文字号 that differ only in brackets, spaces and 第 are one number, refused even under different slugs', () => {
  const bytes = Buffer.from(readFileSync(join(rawDir, `${reply}.txt`), 'utf8').replaceAll('〔2020〕49号', '[2020]第 49号'));
  const copy: RawSource = { path: 'content/raw/copy.txt', name: 'copy.txt', bytes };
  assert.deepEqual(
    failures(() => normaliseCorpus([seed(`${reply}.txt`), copy], registries, [correction('slug: another-slug\n', 'copy')])),
    [
      `content/raw/copy.txt:1:1  发文字号 "吉卫复议字[2020]第49号" is also claimed by ${reply}.txt as "吉卫复议字〔2020〕49号" [duplicate-doc-number]\n  remove the duplicate source, or correct docNumber in the correction file of the wrong one`,
    ],
  );
});

it('a slug set by a correction that collides with another document is refused', () => {
  const other = '001_a13787c58483bbcf';
  assert.deepEqual(
    failures(() =>
      normaliseCorpus([seed(`${reply}.txt`), seed(`${other}.txt`)], registries, [correction('slug: jl-wfyz-2020-49\n', other)]),
    ),
    [
      `content/raw/${other}.txt:1:1  slug "jl-wfyz-2020-49" is also claimed by ${reply}.txt [duplicate-slug]\n  set a different slug in the correction file of one of them`,
    ],
  );
});
