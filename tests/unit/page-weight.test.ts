import assert from 'node:assert/strict';
import { it } from 'node:test';
import { inlineScripts, missingText, pageText, staticImports, stylesheets } from '../../scripts/bench/page-weight.ts';

it('a minified static import and a re-export are followed, a dynamic import is not', () => {
  const js = 'import{i as e,n as t}from"./hits.P5.js";import"./side.js";export*from"./more.js";const m=()=>import("./lazy.js");';
  assert.deepEqual(staticImports(js), ['./hits.P5.js', './side.js', './more.js']);
});

it('a word ending in import is no import statement', () => {
  assert.deepEqual(staticImports('reimport"./x.js";a.import"./y.js"'), []);
});

it('every linked stylesheet counts, a print one and one whose href comes first too; other links do not', () => {
  const html =
    '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/p.css" media="print"><link media="print" href="/q.css" rel="stylesheet"><link rel="icon" href="/f.svg"><link rel="alternate" type="application/atom+xml" href="/feed.xml">';
  assert.deepEqual(stylesheets(html), ['/a.css', '/p.css', '/q.css']);
});

it('inline scripts that run are module and classic scripts; JSON, JSON-LD and external scripts are not', () => {
  const html =
    '<script type="module">a()</script><script>b()</script><script type="application/json">{}</script><script type="application/ld+json">{}</script><script type="module" src="/x.js"></script>';
  assert.deepEqual(inlineScripts(html), [
    { module: true, code: 'a()' },
    { module: false, code: 'b()' },
  ]);
});

it('the page text leaves out tags, scripts and styles and decodes character references', () => {
  assert.equal(
    pageText(
      '<head><title>t</title></head><body><p id="p1">甲&amp;乙&#x4e19;<a href="#p1">¶</a></p><script>x</script><style>p{}</style></body>',
    ),
    '甲&乙丙¶',
  );
});

it('text the page does not show, or shows out of order, is reported', () => {
  const html = '<body><h1>标题</h1><p>第一段</p><p>第二段</p></body>';
  assert.equal(missingText(html, ['标题', '第一段', '第二段']), null);
  assert.equal(missingText(html, ['标题', '第二段', '第一段']), '第一段');
  assert.equal(missingText(html, ['标题', '第三段']), '第三段');
});
