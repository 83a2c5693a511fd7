/** Shared by the whole-site tests: run scripts/run/build.ts as a user would, and read what it wrote. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './corpus.ts';

/** sha256 of every file of a folder, by relative path. */
export function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length + 1)] = createHash('sha256')
        .update(readFileSync(join(e.parentPath, e.name)))
        .digest('hex');
  }
  return out;
}

/** Builds the whole site (normalise, Astro, search index) with scripts/run/build.ts; fails the test when it fails. Returns its stdout. */
export function buildSite(env: Record<string, string>): string {
  const run = spawnSync(process.execPath, ['scripts/run/build.ts'], {
    cwd: root,
    env: { ...process.env, BASE_PATH: '/archive/', SITE_URL: 'https://archive.example.org', ...env },
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/**
 * Writes the five seeds of content/raw and `copies` variants of each into `dir`, for tests
 * that need more documents than the seeds: variant k renumbers the seed's own document number
 * (吉科发医〔2022〕97号 → 吉科发医〔2022〕97k号), so it is a document of its own; a seed without a
 * number differs by its file name, which its slug carries.
 */
export function writeVariantCorpus(dir: string, copies: number): void {
  mkdirSync(dir, { recursive: true });
  const seeds = join(root, 'content/raw');
  for (const name of readdirSync(seeds)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    copyFileSync(join(seeds, name), join(dir, name));
    const text = readFileSync(join(seeds, name), 'utf8');
    const own = /[\u4e00-\u9fff]+〔\d{4}〕(\d+)号/.exec(text.split('\n').slice(0, 30).join('\n'))?.[0];
    for (let k = 1; k <= copies; k++) {
      const variant = own ? text.replaceAll(own, own.replace(/(\d+)号$/, `$1${k}号`)) : text;
      writeFileSync(join(dir, name.replace(/\.txt$/, `-v${k}.txt`)), variant);
    }
  }
}
