import assert from 'node:assert/strict';
import { it } from 'node:test';
import { splitFrontmatter } from '../../src/loaders/mdx-documents.ts';

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
