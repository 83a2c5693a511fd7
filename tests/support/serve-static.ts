/**
 * Shared by the browser suites' global setups: serves a folder with sirv, a static file server
 * that knows nothing of the site, on a free port of 127.0.0.1, once it answers at `path`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { root } from './corpus.ts';

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

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

/** Serves `folder`; resolves to its origin (`http://127.0.0.1:PORT`) and a way to stop the server. */
export async function serveStatic(folder: string, path: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const sirv = join(root, 'node_modules/sirv-cli/bin.js');
  const server = spawn(process.execPath, [sirv, folder, '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${origin}${path}`);
  } catch (e) {
    server.kill();
    throw e;
  }
  return { origin, stop: () => server.kill() };
}
