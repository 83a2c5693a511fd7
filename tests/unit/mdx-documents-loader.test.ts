import assert from 'node:assert/strict';
import { it } from 'node:test';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { forgetSharedCollections, sharedCollections } from '../../src/lib/shared-collections.ts';
import { mdxDocuments, splitFrontmatter } from '../../src/loaders/mdx-documents.ts';

it('splits a generated MDX file into frontmatter and body', () => {
  const { frontmatter, body } = splitFrontmatter('---\ntitle: "标题"\nslug: "x"\n---\n\n<Para id="p1">\n  正文\n</Para>\n');
  assert.equal(frontmatter, 'title: "标题"\nslug: "x"');
  assert.equal(body, '<Para id="p1">\n  正文\n</Para>\n');
});

it('treats a file without frontmatter as all body', () => {
  assert.deepEqual(splitFrontmatter('<Para id="p1">\n  x\n</Para>\n'), {
    frontmatter: '',
    body: '<Para id="p1">\n  x\n</Para>\n',
  });
});

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
      entries: () => [...store.entries()],
      get: (id: string) => store.get(id),
      set: (e: { id: string; digest: string; filePath: string; data: unknown }) => store.set(e.id, e),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    meta: {
      get: (k: string) => meta.get(k),
      set: (k: string, v: string) => meta.set(k, v),
      has: (k: string) => meta.has(k),
      delete: (k: string) => meta.delete(k),
    },
    parseData: ({ id, data }: { id: string; data: unknown }) => (parsed.push(id), Promise.resolve(data)),
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex'),
    config: { root: pathToFileURL(`${dir}/`) },
    logger: { info: () => undefined },
  };
  await (mdxDocuments({ base: 'docs' }).load as (c: unknown) => Promise<void>)(context);
  return parsed.sort();
}

it('reads again only the files the build script wrote anew, and drops entries whose file is gone', async () => {
  const root = mkdtempSync(join(tmpdir(), 'mdx-loader-'));
  const docs = join(root, 'docs');
  mkdirSync(docs);
  const write = (name: string, title: string) => {
    // As the build script does: a changed file is a new file, never written through.
    rmSync(join(docs, name), { force: true });
    writeFileSync(join(docs, name), `---\ntitle: "${title}"\n---\n\n<Para id="p1">\n  正文\n</Para>\n`);
  };
  for (const n of ['a', 'b', 'c']) write(`${n}.mdx`, n);
  const store = new Map<string, { digest: string; filePath: string; data: unknown }>();
  const meta = new Map<string, string>();
  try {
    assert.equal(sharedCollections(), undefined, 'nothing shared before a sync');
    assert.deepEqual(await load(root, store, meta), ['a', 'b', 'c']);
    assert.deepEqual(await load(root, store, meta), []);
    write('b.mdx', 'b2');
    rmSync(join(docs, 'c.mdx'));
    assert.deepEqual(await load(root, store, meta), ['b']);
    assert.deepEqual(store.get('b')?.data, { title: 'b2' });
    assert.deepEqual([...store.keys()].sort(), ['a', 'b']);
    assert.deepEqual([...meta.keys()].sort(), ['stamp:a', 'stamp:b']);
    // The built pages of the process get the store's very entries, as of the last sync.
    const shared = sharedCollections();
    assert.deepEqual([...(shared?.keys() ?? [])], ['documents']);
    assert.deepEqual([...(shared?.get('documents')?.keys() ?? [])].sort(), ['a', 'b']);
    assert.equal(shared?.get('documents')?.get('b'), store.get('b'));
    // A new build of the process forgets them until its own sync shares its entries.
    forgetSharedCollections();
    assert.equal(sharedCollections(), undefined);
    // A file rewritten with the same bytes is read (its stamp changed) but keeps its entry.
    write('a.mdx', 'a');
    assert.deepEqual(await load(root, store, meta), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
