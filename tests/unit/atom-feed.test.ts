import assert from 'node:assert/strict';
import { it } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import { atomFeed, xmlEscape, type AtomFeed } from '../../src/views/atom-feed.ts';

const feed: AtomFeed = {
  selfUrl: 'https://example.org/a/feeds/documents.xml',
  pageUrl: 'https://example.org/a/',
  title: '政策文库',
  subtitle: '全部文件',
  updated: '2023-05-26',
  author: '政策文库',
  entries: [
    {
      url: 'https://example.org/a/documents/x/',
      title: "关于“A & <B>”的'通知'</title>",
      updated: '2023-05-26',
      published: null,
      summary: '第一段 <script>',
      authors: ['吉林省科学技术厅', '吉林省财政厅'],
      categories: [{ term: 'talent', label: '人才' }],
    },
  ],
};
/** The entries of a feed as fast-xml-parser reads them (attributes as `@name`). */
interface ParsedFeed {
  feed: {
    entry: {
      title: string;
      summary: string;
      updated: string;
      published?: string;
      author: { name: string }[];
      link: unknown;
      category: unknown;
    }[];
  };
}
const parse = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    isArray: (n) => ['entry', 'author', 'link', 'category'].includes(n),
  }).parse(xml) as ParsedFeed;

it('escapes the five XML special characters', () => {
  assert.equal(xmlEscape(`A & <B> "C" 'D'`), 'A &amp; &lt;B&gt; &quot;C&quot; &apos;D&apos;');
});

it('drops characters XML 1.0 cannot carry', () => {
  assert.equal(xmlEscape('a\u0001b\u000Bc\uFFFEd'), 'abcd');
});

it('gives a title holding & < > and quotes back unchanged through an XML parser', () => {
  const entry = parse(atomFeed(feed)).feed.entry[0]!;
  assert.equal(entry.title, "关于“A & <B>”的'通知'</title>");
  assert.equal(entry.summary, '第一段 <script>');
});

it('writes day dates as midnight UTC and leaves out an unknown published date', () => {
  const entry = parse(atomFeed(feed)).feed.entry[0]!;
  assert.equal(entry.updated, '2023-05-26T00:00:00Z');
  assert.equal(entry.published, undefined);
});

it('names every issuer as an author and links the entry to its page', () => {
  const entry = parse(atomFeed(feed)).feed.entry[0]!;
  assert.deepEqual(
    entry.author.map((a) => a.name),
    ['吉林省科学技术厅', '吉林省财政厅'],
  );
  assert.deepEqual(entry.link, [{ '@rel': 'alternate', '@href': 'https://example.org/a/documents/x/', '@type': 'text/html' }]);
  assert.deepEqual(entry.category, [{ '@term': 'talent', '@label': '人才' }]);
});
