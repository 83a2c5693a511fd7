/**
 * How well the normaliser reads documents whose fields a careful reader stated:
 *
 *   npm run bench:extract                   # the seeds and the real development set
 *   npm run bench:extract -- DIR [DIR …]    # any folder with an expected.json beside its .txt files
 *
 * For each folder it prints the accuracy of every stated field and overall, the documents it
 * could not read (an error) or read only with a fallback (needs attention), and each wrong
 * field with what was found. The seeds' ground truth is tests/fixtures/expected.json (its
 * files are in content/raw); a folder's own expected.json names its files relative to the
 * folder or, as ../shared/corpus/real does, as `real/NNN.txt`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { BuildError } from '../../src/schema/build-error.ts';
import { contextOf, normaliseSource } from '../corpus/normalise-corpus.ts';
import { readRegistries } from '../../src/registry/read-registries.ts';
import { scoreDocument, type ExpectedRecord, type FieldScore } from './extract-score.ts';

const root = resolve(import.meta.dirname, '../..');
const context = contextOf(readRegistries(join(root, 'content')));

interface Folder {
  name: string;
  expectedFile: string;
  sourceDir: string;
}

const args = process.argv.slice(2).filter((a) => a !== '--');
const folders: Folder[] = args.length
  ? args.map((d) => ({ name: d, expectedFile: join(resolve(d), 'expected.json'), sourceDir: resolve(d) }))
  : [
      { name: 'seeds', expectedFile: join(root, 'tests/fixtures/expected.json'), sourceDir: join(root, 'content/raw') },
      {
        name: 'real',
        expectedFile: join(root, 'tests/fixtures/real/expected.json'),
        sourceDir: join(root, 'tests/fixtures/real'),
      },
    ];

const pct = (ok: number, all: number) => (all ? `${((100 * ok) / all).toFixed(1)}%` : '–');
const short = (v: unknown) => {
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
};

let failed = false;
for (const folder of folders) {
  if (!existsSync(folder.expectedFile)) {
    console.error(`${folder.expectedFile}: no expected.json here; give a folder that has one`);
    failed = true;
    continue;
  }
  const expected = JSON.parse(readFileSync(folder.expectedFile, 'utf8')) as ExpectedRecord[];
  const scores: { file: string; fields: FieldScore[] }[] = [];
  const unread: string[] = [];
  const attention: string[] = [];
  for (const exp of expected) {
    const path = [join(folder.sourceDir, exp.file), join(folder.sourceDir, basename(exp.file))].find((p) => existsSync(p));
    if (!path) {
      unread.push(`${exp.file}: source not found in ${folder.sourceDir}`);
      continue;
    }
    try {
      const doc = normaliseSource(
        { path: relative(root, path), name: basename(path), bytes: readFileSync(path) },
        undefined,
        context,
      );
      for (const w of doc.attention) attention.push(`${relative(root, path)}:${w.line}  ${w.message}`);
      scores.push({ file: exp.file, fields: scoreDocument(exp, doc) });
    } catch (e) {
      if (!(e instanceof BuildError)) throw e;
      unread.push(e.format());
      scores.push({
        file: exp.file,
        fields: Object.keys(exp)
          .filter((k) => k !== 'file')
          .map((field) => ({ field, ok: false, found: null, expected: exp[field] })),
      });
    }
  }
  const all = scores.flatMap((s) => s.fields);
  const byField = new Map<string, FieldScore[]>();
  for (const f of all) byField.set(f.field, [...(byField.get(f.field) ?? []), f]);
  const right = all.filter((f) => f.ok).length;
  console.log(`\n## ${folder.name}: ${scores.length} documents, ${all.length} stated fields`);
  console.log(`${'field'.padEnd(22)} ${'right'.padStart(9)}  accuracy`);
  for (const [field, fs] of byField) {
    const ok = fs.filter((f) => f.ok).length;
    console.log(`${field.padEnd(22)} ${`${ok}/${fs.length}`.padStart(9)}  ${pct(ok, fs.length)}`);
  }
  console.log(`${'overall'.padEnd(22)} ${`${right}/${all.length}`.padStart(9)}  ${pct(right, all.length)}`);
  console.log(`could not read: ${unread.length}${unread.map((u) => `\n  ${u.replace(/\n/g, '\n  ')}`).join('')}`);
  console.log(`read with a fallback (needs attention): ${attention.length}${attention.map((a) => `\n  ${a}`).join('')}`);
  const wrong = scores.flatMap((s) => s.fields.filter((f) => !f.ok).map((f) => ({ file: s.file, ...f })));
  if (wrong.length) {
    console.log('wrong fields:');
    for (const w of wrong) console.log(`  ${w.file} ${w.field}: found ${short(w.found)}, expected ${short(w.expected)}`);
  }
}
if (failed) process.exitCode = 1;
