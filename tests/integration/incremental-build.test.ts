/**
 * Incremental rendering (src/build-cache/page-plan.ts and scripts/emit/reuse-pages.ts): a rebuild after an
 * edit renders only the pages the edit changes and reuses the others from the previous output,
 * and writes exactly the site a full build of the edited sources writes with no caches at all.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSite, digests, writeVariantCorpus } from '../support/site-build.ts';

const work = mkdtempSync(join(tmpdir(), 'incremental-build-'));
after(() => rmSync(work, { recursive: true, force: true }));
const raw = join(work, 'raw');
const site = join(work, 'site');

/** Counts from the build log's `build: pages: 9 rendered, 68 reused …` line. */
function reuseCounts(log: string): { rendered: number; reused: number } {
  const m = /^build: pages: ([\d,]+) rendered, ([\d,]+) reused/m.exec(log);
  assert.ok(m, `no page counts in the build log:\n${log}`);
  return { rendered: Number(m[1]!.replace(/,/g, '')), reused: Number(m[2]!.replace(/,/g, '')) };
}

/** Rebuilds the incremental site (same output, documents and cache folders every time). */
const rebuild = () =>
  reuseCounts(
    buildSite({
      RAW_DIR: raw,
      OUT_DIR: site,
      DOCUMENTS_DIR: join(work, 'site-documents'),
      ASTRO_CACHE_DIR: join(work, 'site-cache'),
    }),
  );

/** A full build of the current sources into a fresh folder, with no caches. */
function fullBuild(name: string): Record<string, string> {
  const out = join(work, name);
  buildSite({
    RAW_DIR: raw,
    OUT_DIR: out,
    DOCUMENTS_DIR: join(work, `${name}-documents`),
    ASTRO_CACHE_DIR: join(work, `${name}-cache`),
  });
  return digests(out);
}

/** When a page was written, in ms: a restored page keeps the time of its copy in Astro's cache, written with it. */
const written = (file: string) => statSync(join(site, file)).mtimeMs;
/** Whether two write times are one build's: builds are seconds apart, a page and its cached copy milliseconds. */
const sameWrite = (a: number, b: number) => Math.abs(a - b) < 1000;
/** Every HTML page of the site, relative to it. */
const htmlPages = () =>
  readdirSync(site, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.html'));

/** Replaces the first occurrence of `from` in a source. */
function editSource(name: string, from: string, to: string): void {
  const text = readFileSync(join(raw, name), 'utf8');
  assert.ok(text.includes(from), `${name} has no "${from}"`);
  writeFileSync(join(raw, name), text.replace(from, to));
}

describe('incremental rendering', () => {
  before(() => {
    writeVariantCorpus(raw, 8);
    const first = rebuild();
    assert.equal(first.reused, 0);
  });

  it('a rebuild after one sentence changed renders only that document, and equals a full build', () => {
    const edited = 'documents/jl-kfy-2022-97/index.html';
    const untouched = 'documents/jl-kfy-2023-102/index.html';
    const [editedBefore, untouchedBefore] = [written(edited), written(untouched)];
    editSource('001_a13787c58483bbcf.txt', '推进产业优化升级。', '推进产业优化升级，特此补充说明。');
    const counts = rebuild();
    assert.ok(
      counts.reused / (counts.rendered + counts.reused) > 0.9,
      `only ${counts.reused} of ${counts.rendered + counts.reused} pages reused`,
    );
    assert.ok(!sameWrite(written(edited), editedBefore), 'the edited document was not rendered again');
    assert.ok(sameWrite(written(untouched), untouchedBefore), 'an untouched document was rendered again');
    assert.deepEqual(digests(site), fullBuild('full-1'));
  });

  it('a changed title renders again every page that shows it (cited-by, related, listings), and equals a full build', () => {
    // Variants share the title; the pages showing this document's are those linking it by its title.
    const linked = /href="\/archive\/documents\/jl-yyzf-2017-1\/"[^>]*>(?:<span>[^<]*<\/span>)?关于印发《/;
    const showing = htmlPages().filter(
      (f) => !f.startsWith('documents/jl-yyzf-2017-1/') && linked.test(readFileSync(join(site, f), 'utf8')),
    );
    assert.ok(showing.length >= 5, `only ${showing.length} pages show the title`);
    const before = new Map(showing.map((f) => [f, written(f)]));
    editSource('003_542f0bd385560952.txt', '“十三五” 发展规划》的通知', '“十三五” 发展规划（修订）》的通知');
    const counts = rebuild();
    assert.ok(counts.rendered > showing.length, `${counts.rendered} pages rendered, ${showing.length} show the title`);
    for (const [f, at] of before) assert.ok(!sameWrite(written(f), at), `${f} shows the title but was reused`);
    assert.deepEqual(digests(site), fullBuild('full-2'));
  });

  it('a published page or source copy changed after the build never reaches the next build: it equals a full build', () => {
    const page = join(site, 'documents/jl-kfy-2023-102/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('</body>', '<!-- edited --></body>'));
    const text = join(site, 'data/documents/jl-kfy-2023-102.txt');
    writeFileSync(text, `${readFileSync(text, 'utf8')}edited\n`);
    rebuild();
    assert.deepEqual(digests(site), fullBuild('full-3'));
  });
});
