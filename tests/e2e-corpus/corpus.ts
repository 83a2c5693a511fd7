/**
 * The generated corpus of the 1,000-document browser tests and their oracle: each document's
 * published text (title, 发文字号, body blocks read back from its MDX file, whitespace removed),
 * folded as the search page documents it. Written apart from the search code on purpose.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readRecord, RECORDS_FOLDER } from '../../src/archive/document-record.ts';

export const BASE = '/archive/';
export const COUNT = 1000;
const root = resolve(import.meta.dirname, '../..');
export const corpusDir = join(root, '.build/e2e-corpus');
export const documentsDir = join(corpusDir, 'documents');
export const serveRoot = join(corpusDir, 'root');

export interface CorpusRecord {
  url: string;
  slug: string;
  title: string;
  docNumber: string | null;
  region: string | null;
  docType: string;
  dateWritten: string | null;
  datePublished: string | null;
  signature: { date: string | null } | null;
}

export function corpusRecords(): CorpusRecord[] {
  return JSON.parse(readFileSync(join(serveRoot, 'archive/data/documents.json'), 'utf8')) as CorpusRecord[];
}

const fold = (text: string) =>
  text
    .replace(/\s+/gu, '')
    .replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[([【〖]/gu, '〔')
    .replace(/[)\]】〗]/gu, '〕');

let texts: Map<string, string> | null = null;
/** Each document's folded published text, by URL. */
export function publishedTexts(): Map<string, string> {
  texts ??= new Map(
    corpusRecords().map((r) => {
      const { body } = readRecord(join(documentsDir, RECORDS_FOLDER, `${r.slug}.json`));
      return [r.url, fold(r.title + (r.docNumber ?? '') + body)];
    }),
  );
  return texts;
}

/** The URLs of the documents whose text holds every word, each in any of its forms; sorted. */
export function urlsWithAll(words: string[][]): string[] {
  return [...publishedTexts()]
    .filter(([, t]) => words.every((forms) => forms.some((f) => t.includes(fold(f)))))
    .map(([u]) => u)
    .sort();
}
