/**
 * Assembles the e2e sources (content/raw/*.txt plus tests/fixtures/e2e/*.txt, e.g. a
 * document of hostile text) into .test-build/raw, builds the site from them once with
 * BASE_PATH=/archive/ into .test-build/root/archive and serves
 * .test-build/root with sirv, a static file server that knows nothing of the site, on a
 * free port of 127.0.0.1. The origin is handed to the tests as E2E_ORIGIN.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveStatic } from '../support/serve-static.ts';

export const BASE = '/archive/';
const root = resolve(import.meta.dirname, '../..');
const serveRoot = join(root, '.test-build/root');
const rawDir = join(root, '.test-build/raw');

/**
 * Copies the sources of the e2e build into .test-build/raw (a fixture may not shadow a seed),
 * and content/corrections beside them, where the build looks for corrections.
 */
function assembleSources(): void {
  const correctionsDir = join(root, '.test-build/corrections');
  for (const dir of [rawDir, correctionsDir]) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }
  for (const dir of [join(root, 'content/raw'), join(root, 'tests/fixtures/e2e')]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) copyFileSync(join(dir, name), join(rawDir, name), 1);
  }
  const corrections = join(root, 'content/corrections');
  for (const name of readdirSync(corrections).filter((n) => n.endsWith('.yaml')))
    copyFileSync(join(corrections, name), join(correctionsDir, name));
}

export default async function globalSetup(): Promise<() => void> {
  if (!process.env['E2E_SKIP_BUILD']) {
    assembleSources();
    const built = spawnSync(process.execPath, ['scripts/run/build.ts'], {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        RAW_DIR: rawDir,
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
