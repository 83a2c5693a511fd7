/**
 * The build script's documents.json (beside the MDX files it writes) when it is, byte for byte,
 * the file data/documents.json would be: the build script writes every record as the route
 * does (the frontmatter plus the page URL, JSON.stringify with a two-space indent, in source
 * order), and keeps the entries of unchanged documents from its cache, so publishing its file
 * spares the site serialising 90 MB again at 10,000 documents.
 *
 * It is used only when cheap checks say it describes this collection: no MDX file of the folder
 * is newer than it (a file written or edited after the build script ran makes the route write
 * the records itself), it lists exactly the collection's slugs in the route's order, and every
 * record's URL is the page URL of this build (base path included). The route falls back to
 * serialising the collection otherwise.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The values of a top-level field of every record, in order (records are objects at depth 1). */
function fieldValues(json: string, field: string): string[] {
  const key = `\n    "${field}": "`;
  const out: string[] = [];
  for (let at = json.indexOf(key); at >= 0; at = json.indexOf(key, at + key.length)) {
    const start = at + key.length;
    out.push(json.slice(start, json.indexOf('"', start)));
  }
  return out;
}

/** The bytes of `dir`/documents.json when it is the file for these documents (slug and page URL each, in order); else null. */
export function normalisedDocumentsJson(dir: string, docs: readonly { slug: string; url: string }[]): Buffer | null {
  const file = join(dir, 'documents.json');
  const written = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (written === undefined) return null;
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.mdx') && statSync(join(dir, name)).mtimeMs > written) return null;
  }
  const bytes = readFileSync(file);
  const json = bytes.toString('utf8');
  const slugs = fieldValues(json, 'slug');
  const urls = fieldValues(json, 'url');
  if (slugs.length !== docs.length || urls.length !== docs.length) return null;
  for (let i = 0; i < docs.length; i++) if (slugs[i] !== docs[i]!.slug || urls[i] !== docs[i]!.url) return null;
  return bytes;
}
