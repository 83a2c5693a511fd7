/** The host check: a built site's size, files and largest file against each host's documented limits. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { hostFromEnv, hostNamed, hostTable, limitsExceeded } from '../../src/site/host-limits.ts';
import { outputStats, type OutputStats } from '../../src/site/output-stats.ts';

const site = (o: Partial<OutputStats>): OutputStats => ({
  totalBytes: 1_000,
  files: 10,
  largestFile: { path: 'index.html', bytes: 500 },
  fullestFolder: { path: '', files: 10 },
  ...o,
});

it('counts the bytes, files, largest file and fullest folder of a site folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'output-stats-'));
  try {
    mkdirSync(join(dir, 'data/documents'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), 'abc');
    writeFileSync(join(dir, 'data/documents/a.json'), '1234567');
    writeFileSync(join(dir, 'data/documents/b.json'), '12');
    assert.deepEqual(outputStats(dir), {
      totalBytes: 12,
      files: 3,
      largestFile: { path: 'data/documents/a.json', bytes: 7 },
      fullestFolder: { path: 'data/documents', files: 2 },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

it('finds a small site within every limit of GitHub Pages', () => {
  assert.deepEqual(limitsExceeded(site({}), hostNamed('github-pages')), []);
});

it('says which of Cloudflare Pages’ free limits a site passes: files and the size of one file', () => {
  const big = site({ files: 20_001, largestFile: { path: 'data/documents.json', bytes: 30 * 1024 * 1024 } });
  assert.deepEqual(limitsExceeded(big, hostNamed('cloudflare-pages')), [
    '20,001 files > 20,000',
    'data/documents.json is 30.0 MiB > 25.0 MiB per file',
  ]);
  assert.deepEqual(limitsExceeded(big, hostNamed('cloudflare-pages-paid')), [
    'data/documents.json is 30.0 MiB > 25.0 MiB per file',
  ]);
});

it('holds GitHub Pages to 10^9 bytes and GitLab Pages to 1,024 MiB', () => {
  const gigabyte = site({ totalBytes: 1_000_000_001 });
  assert.deepEqual(limitsExceeded(gigabyte, hostNamed('github-pages')), ['1000.0 MB > 1000.0 MB in all']);
  assert.deepEqual(limitsExceeded(gigabyte, hostNamed('gitlab-pages')), []);
});

it('holds Netlify to 54,000 files in one folder, not in all', () => {
  assert.deepEqual(
    limitsExceeded(site({ files: 200_000, fullestFolder: { path: 'd', files: 54_000 } }), hostNamed('netlify')),
    [],
  );
  assert.deepEqual(limitsExceeded(site({ fullestFolder: { path: 'data/documents', files: 54_001 } }), hostNamed('netlify')), [
    'data/documents/ holds 54,001 files > 54,000 per folder',
  ]);
});

it('refuses an unknown STATIC_HOST, listing the known ones', () => {
  assert.throws(() => hostNamed('pages'), {
    message:
      'STATIC_HOST=pages is not a host this build knows; use one of github-pages, gitlab-pages, cloudflare-pages, cloudflare-pages-paid, netlify',
  });
});

it('prints the figures, then one line per host with fits or what does not', () => {
  const lines = hostTable(site({ files: 25_000 }));
  assert.equal(lines.length, 6);
  assert.equal(
    lines[0],
    'output: 0.0 MB (0.0 MiB) in 25,000 files; largest index.html 0.0 MiB; most files in one folder 10 (./)',
  );
  assert.match(lines[1]!, /^ {2}GitHub Pages\s+fits {2}\(STATIC_HOST=github-pages: 1000\.0 MB in all\)$/);
  assert.match(
    lines[3]!,
    /^ {2}Cloudflare Pages \(free\)\s+does not fit: 25,000 files > 20,000 {2}\(STATIC_HOST=cloudflare-pages:/,
  );
});

it('fails the build at once on an unknown STATIC_HOST, before anything is built', () => {
  const root = join(import.meta.dirname, '../..');
  const outDir = mkdtempSync(join(tmpdir(), 'host-build-'));
  try {
    writeFileSync(join(outDir, 'index.html'), 'previous site');
    const run = spawnSync(process.execPath, ['scripts/run/build.ts'], {
      cwd: root,
      env: { ...process.env, OUT_DIR: outDir, STATIC_HOST: 'geocities', SITE_URL: 'https://archive.example.org' },
      encoding: 'utf8',
    });
    assert.equal(run.status, 2);
    assert.equal(
      run.stderr.trim(),
      'build: STATIC_HOST=geocities is not a host this build knows; use one of github-pages, gitlab-pages, cloudflare-pages, cloudflare-pages-paid, netlify',
    );
    assert.deepEqual(readdirSync(outDir), ['index.html']);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
});

it('takes the host to fit from STATIC_HOST, never from HOST, the address a server listens on', () => {
  assert.equal(hostFromEnv({ HOST: '0.0.0.0' }), undefined);
  assert.equal(hostFromEnv({ HOST: 'github-pages' }), undefined);
  assert.equal(hostFromEnv({ STATIC_HOST: 'netlify', HOST: '0.0.0.0' })?.name, 'Netlify');
  assert.equal(hostFromEnv({}), undefined);
});
