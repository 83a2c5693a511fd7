/**
 * Generates 1,000 synthetic documents with make-corpus.mjs (../shared/bench/, or MAKE_CORPUS)
 * from the seeds, builds the site from them under /archive/ into .build/e2e-corpus/root/archive
 * (collection in .build/e2e-corpus/documents, which the tests read as their oracle) and serves
 * it with sirv on a free port of 127.0.0.1, handed to the tests as E2E_ORIGIN.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../support/serve-static.ts';
import { BASE, corpusDir, COUNT, documentsDir, serveRoot } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');

export default async function globalSetup(): Promise<() => void> {
  const rawDir = join(corpusDir, 'raw');
  if (!process.env['E2E_SKIP_BUILD']) {
    const makeCorpus =
      process.env['MAKE_CORPUS'] ??
      [resolve(root, '../shared/bench/make-corpus.mjs'), '/work/shared/bench/make-corpus.mjs'].find((p) => existsSync(p));
    if (!makeCorpus) throw new Error('make-corpus.mjs not found: set MAKE_CORPUS to its path');
    if (!existsSync(rawDir) || readdirSync(rawDir).length !== COUNT) {
      rmSync(rawDir, { recursive: true, force: true });
      mkdirSync(rawDir, { recursive: true });
      const made = spawnSync(
        process.execPath,
        [makeCorpus, '--seeds', join(root, 'content/raw'), '--count', String(COUNT), '--out', rawDir],
        {
          stdio: 'inherit',
        },
      );
      if (made.status !== 0) throw new Error('make-corpus failed');
    }
    const built = spawnSync(process.execPath, ['scripts/run/build.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        RAW_DIR: rawDir,
        DOCUMENTS_DIR: documentsDir,
        BASE_PATH: BASE,
        SITE_URL: 'https://archive.example.org',
        OUT_DIR: join(serveRoot, 'archive'),
      },
    });
    if (built.status !== 0) throw new Error('the site build failed');
  }
  const { origin, stop } = await serveStatic(serveRoot, BASE);
  process.env['E2E_ORIGIN'] = origin;
  return stop;
}
