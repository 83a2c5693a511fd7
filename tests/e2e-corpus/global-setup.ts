/**
 * Generates 1,000 synthetic documents with make-corpus.mjs (../shared/bench/, or MAKE_CORPUS)
 * from the seeds, builds the site from them under /archive/ into .build/e2e-corpus/root/archive
 * (collection in .build/e2e-corpus/documents, which the tests read as their oracle) and serves
 * it with sirv on a free port of 127.0.0.1, handed to the tests as E2E_ORIGIN.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { BASE, corpusDir, COUNT, documentsDir, serveRoot } from './corpus.ts';

const root = resolve(import.meta.dirname, '../..');

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

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
  const port = await freePort();
  const sirv = join(root, 'node_modules/sirv-cli/bin.js');
  const server = spawn(process.execPath, [sirv, serveRoot, '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${origin}${BASE}`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.env['E2E_ORIGIN'] = origin;
  return () => {
    server.kill();
  };
}
