import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { recordDocuments } from '../../src/archive/record-loader.ts';

/** Runs the loader over `dir` with an in-memory store and meta store; returns the ids it parsed. */
async function load(
  dir: string,
  store: Map<string, { digest: string; filePath: string; data: unknown }>,
  meta: Map<string, string>,
): Promise<string[]> {
  const parsed: string[] = [];
  const context = {
    collection: 'documents',
    store: {
      get: (id: string) => store.get(id),
      set: (e: { id: string; digest: string; filePath: string; data: unknown }) => store.set(e.id, e),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => meta.set(k, v),
      delete: (k: string) => meta.delete(k),
    },
    parseData: ({ id, data }: { id: string; data: unknown }) => (parsed.push(id), Promise.resolve(data)),
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    config: { root: pathToFileURL(`${dir}/`) },
    logger: { info: () => undefined },
  };
  await (recordDocuments({ base: 'docs' }).load as (c: unknown) => Promise<void>)(context);
  return parsed.sort();
}

it('takes the frontmatter of each record, and names the record as the entry file', async () => {
  const root = mkdtempSync(join(tmpdir(), 'record-loader-'));
  mkdirSync(join(root, 'docs/records'), { recursive: true });
  const record = {
    title: '标题',
    slug: 'x',
    url: '/documents/x/',
    sourceText: '/data/documents/x.txt',
    body: '正文',
    blocks: [],
  };
  writeFileSync(join(root, 'docs/records/x.json'), JSON.stringify(record));
  const store = new Map<string, { digest: string; filePath: string; data: unknown }>();
  try {
    assert.deepEqual(await load(root, store, new Map()), ['x']);
    assert.deepEqual(store.get('x')?.data, { title: '标题', slug: 'x' });
    assert.equal(store.get('x')?.filePath, join('docs', 'records', 'x.json'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

it('reads again only the records the build script wrote anew, and drops entries whose record is gone', async () => {
  const root = mkdtempSync(join(tmpdir(), 'record-loader-'));
  const docs = join(root, 'docs/records');
  mkdirSync(docs, { recursive: true });
  const write = (name: string, title: string) => {
    // As the build script does: a changed file is a new file, never written through.
    rmSync(join(docs, name), { force: true });
    writeFileSync(join(docs, name), JSON.stringify({ title, body: '正文', blocks: [] }));
  };
  for (const n of ['a', 'b', 'c']) write(`${n}.json`, n);
  const store = new Map<string, { digest: string; filePath: string; data: unknown }>();
  const meta = new Map<string, string>();
  try {
    assert.deepEqual(await load(root, store, meta), ['a', 'b', 'c']);
    assert.deepEqual(await load(root, store, meta), []);
    write('b.json', 'b2');
    rmSync(join(docs, 'c.json'));
    assert.deepEqual(await load(root, store, meta), ['b']);
    assert.deepEqual(store.get('b')?.data, { title: 'b2' });
    assert.deepEqual([...store.keys()].sort(), ['a', 'b']);
    assert.deepEqual([...meta.keys()].sort(), ['stamp:a', 'stamp:b']);
    // A file rewritten with the same bytes is read (its stamp changed) but keeps its entry.
    write('a.json', 'a');
    assert.deepEqual(await load(root, store, meta), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
