/**
 * Publishing (scripts/run/publish-site.ts, scripts/run/build.ts): a reader or a later build always finds
 * a whole site, the last good one is never deleted before a new one is in place, a site built
 * from fewer documents than were normalised is never published, and what killed builds left is
 * cleared.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { incompleteSiteError } from '../../scripts/run/check-site-complete.ts';
import { buildContent } from '../../scripts/run/build-content.ts';
import { staleTemporaries } from '../../scripts/run/stale-temporaries.ts';
import { publishSite, restoreInterruptedPublish } from '../../scripts/run/publish-site.ts';
import { rawDir, root } from '../support/corpus.ts';
import { deadPid, says, site } from '../support/stand-in-sites.ts';

const work = mkdtempSync(join(tmpdir(), 'publish-site-'));
after(() => rmSync(work, { recursive: true, force: true }));

describe('publishSite', () => {
  it('keeps the replaced site beside the new one, and moves only the one before it to the trash', async () => {
    const dir = join(work, 'rotate');
    const out = join(dir, 'dist');
    const trash = join(dir, 'trash');
    await publishSite(site(join(dir, 'one'), 'one'), out, trash, 'a');
    await publishSite(site(join(dir, 'two'), 'two'), out, trash, 'b');
    assert.deepEqual(
      [says(out), says(join(dir, '.dist.previous')), existsSync(trash), existsSync(join(dir, '.dist.publishing'))],
      ['two', 'one', false, false],
    );
    await publishSite(site(join(dir, 'three'), 'three'), out, trash, 'c');
    assert.deepEqual(
      [says(out), says(join(dir, '.dist.previous')), readdirSync(trash), says(join(trash, 'site-c'))],
      ['three', 'two', ['site-c'], 'one'],
    );
  });

  it('a publish stopped between its two renames is undone: the previous site goes back in place', async () => {
    const dir = join(work, 'stopped');
    site(join(dir, '.dist.previous'), 'last good');
    writeFileSync(join(dir, '.dist.publishing'), '123\n');
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), true);
    assert.deepEqual(
      [says(join(dir, 'dist')), existsSync(join(dir, '.dist.previous')), existsSync(join(dir, '.dist.publishing'))],
      ['last good', false, false],
    );
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), false);
  });

  it('a dist/ deleted on purpose (no publish under way) is not brought back', async () => {
    const dir = join(work, 'deleted');
    site(join(dir, '.dist.previous'), 'older');
    assert.equal(await restoreInterruptedPublish(join(dir, 'dist')), false);
    assert.equal(existsSync(join(dir, 'dist')), false);
  });
});

it('a site that lacks the page, record or text of a normalised document is refused, naming the files', () => {
  const staging = site(join(work, 'staging', 'documents', 'a-2020-1'), 'a');
  mkdirSync(join(work, 'staging', 'data', 'documents'), { recursive: true });
  for (const f of ['a-2020-1.json', 'a-2020-1.txt', 'b-2021-2.txt'])
    writeFileSync(join(work, 'staging', 'data', 'documents', f), 'x');
  assert.equal(incompleteSiteError(join(work, 'staging'), ['a-2020-1']), null);
  assert.equal(
    incompleteSiteError(join(work, 'staging'), ['a-2020-1', 'b-2021-2'])?.message,
    'the new site lacks 2 of the files of the 2 documents the build script normalised (documents/b-2021-2/index.html, data/documents/b-2021-2.json): the collection changed while Astro read it, or a file could not be written. Run the build again, and let no other process change the collection meanwhile.',
  );
  assert.ok(existsSync(staging));
});

it('the folders of a killed build are found by their ended process, never a running one', () => {
  const dir = join(work, 'stale');
  const dead = deadPid();
  for (const n of [
    `.documents.tmp-${dead}`,
    `.documents.tmp-${dead}-spill`,
    `.documents.tmp-${process.pid}`,
    `.documents.tmp-${process.ppid}`,
    'documents',
  ])
    mkdirSync(join(dir, n), { recursive: true });
  assert.deepEqual(staleTemporaries(dir, /^\.documents\.tmp-(\d+)(?:-spill|-old)?$/), [
    join(dir, `.documents.tmp-${dead}`),
    join(dir, `.documents.tmp-${dead}-spill`),
  ]);
});

it('the next content build clears the temporary folders a killed one left beside its output', async () => {
  const dir = join(work, 'killed');
  const dead = deadPid();
  for (const n of [`.documents.tmp-${dead}`, `.documents.tmp-${dead}-spill`, `.documents.tmp-${process.ppid}`])
    site(join(dir, n), 'left behind');
  await buildContent({ inDir: rawDir, outDir: join(dir, 'documents'), contentDir: join(root, 'content'), cacheDir: false });
  assert.deepEqual(readdirSync(dir).sort(), [`.documents.tmp-${process.ppid}`, 'documents']);
});
